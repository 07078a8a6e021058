/**
 * The notice an office's reviewers get when its quarterly content is due soon or stale:
 * a GitHub issue, in Bengali, saying what to publish by when (./sync.ts keeps one open
 * issue per office in step with it). Pure: a freshness result and the office's reviewers
 * in, title, body, labels and assignees out.
 *
 * The text depends only on what the office must do (statuses, deadlines, the files), never
 * on the day it is computed, and `key` is a digest of it: an office whose situation did not
 * change has the same key tomorrow, so the nightly sync writes nothing for it.
 */
import crypto from 'node:crypto';
import { formatGregorianDateBn, toBengaliDigits } from '../domain/bengali-digits.ts';
import type { ObligationResult, OfficeResult } from '../domain/freshness/index.ts';
import { REMINDER_WORDS as W, t } from '../i18n/strings.ts';

/** Every reminder issue carries this label (the sync lists open issues by it). */
export const REMINDER_LABEL = 'freshness-reminder';
const STATUS_LABEL = { stale: 'freshness:stale', 'due-soon': 'freshness:due-soon' } as const;
/** GitHub assigns at most 10 people to an issue. */
const MAX_ASSIGNEES = 10;

export interface Notice {
  officeId: string;
  status: 'stale' | 'due-soon';
  title: string;
  /** The body, starting with the marker line the sync finds the office and key by. */
  body: string;
  labels: string[];
  /** Reviewers who are people (`@login`); teams are mentioned in the body instead (issues cannot be assigned to teams). */
  assignees: string[];
  /** Digest of title, body, labels and assignees. */
  key: string;
  /** The earliest deadline among the obligations to act on (ISO), for ordering. */
  dueBy: string;
}

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
const date = (iso: string | null) => (iso ? formatGregorianDateBn(iso) : '—');

/** `<!-- protishruti-reminder office=<id> key=<digest> -->`: how an issue is known as an office's reminder. */
export function markerOf(officeId: string, key: string): string {
  return `<!-- protishruti-reminder office=${officeId} key=${key} -->`;
}

export function parseMarker(body: string | null | undefined): { officeId: string; key: string } | undefined {
  const m = /<!-- protishruti-reminder office=([^\s>]+) key=([0-9a-f]*) -->/.exec(body ?? '');
  return m ? { officeId: m[1] as string, key: m[2] as string } : undefined;
}

function quarterBn(label: string): string {
  // "2023-24 Q2" -> "২০২৩-২৪ অর্থবছরের ২য় ত্রৈমাসিক"
  const m = /^(\d{4}-\d{2}) Q([1-4])$/.exec(label);
  if (!m) return label;
  const ordinal = ['১ম', '২য়', '৩য়', '৪র্থ'][Number(m[2]) - 1] ?? '';
  return `${toBengaliDigits(m[1] ?? '')} অর্থবছরের ${ordinal} ত্রৈমাসিক`;
}

function row(o: ObligationResult): string {
  const what = `${W[`action.${o.rule}`]}${o.missingQuarters?.length ? ` (${fill(W.missingQuarters, { quarters: o.missingQuarters.map(quarterBn).join(', ') })})` : ''}`;
  const by = o.status === 'stale' ? fill(W.passed, { date: date(o.dueBy) }) : date(o.dueBy);
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return `| ${cell(t(`freshness.rule.${o.rule}`))} | ${cell(what)} | ${cell(by)} | ${o.fix ? `\`${cell(o.fix.file)}\`` : '—'} |`;
}

/** The notice for an office that is stale or due soon; undefined for any other status. */
export function noticeFor(office: OfficeResult, reviewers: readonly string[]): Notice | undefined {
  if (office.status !== 'stale' && office.status !== 'due-soon') return undefined;
  const status = office.status;
  const acting = office.obligations.filter((o) => o.status === 'stale' || o.status === 'due-soon');
  const dueBy =
    acting
      .map((o) => o.dueBy)
      .filter((d): d is string => d !== null)
      .sort()[0] ?? '';
  const name = office.name || office.id;
  const title =
    status === 'stale'
      ? fill(W.titleStale, { office: name, since: date(office.staleSince) })
      : fill(W.titleDueSoon, { office: name, date: date(dueBy || null) });
  const unique = [...new Set(reviewers)];
  const people = unique.filter((r) => !r.includes('/')).map((r) => r.replace(/^@/, ''));
  const lines = [
    fill(W.statusLine, { office: name, id: office.id, status: status === 'stale' ? W.stale : W.dueSoon }),
    '',
    W.intro,
    '',
    `| ${W.colRule} | ${W.colWhat} | ${W.colBy} | ${W.colWhere} |`,
    '|---|---|---|---|',
    ...acting.map(row),
    '',
    unique.length ? fill(W.reviewers, { reviewers: unique.join(' ') }) : W.noReviewers,
    '',
    fill(W.howTo, { id: office.id }),
    '',
    `<sub>${W.footer}</sub>`,
  ];
  const labels = [REMINDER_LABEL, STATUS_LABEL[status]];
  const assignees = people.slice(0, MAX_ASSIGNEES);
  const text = lines.join('\n');
  const key = crypto
    .createHash('sha256')
    .update(JSON.stringify([title, text, labels, assignees]))
    .digest('hex')
    .slice(0, 16);
  return { officeId: office.id, status, title, body: `${markerOf(office.id, key)}\n${text}`, labels, assignees, key, dueBy };
}

/** The body an issue is closed with: the office's notice no longer applies. */
export function closingBody(officeId: string, why: 'fresh' | 'removed' | { duplicateOf: number }, asOf: string): string {
  const text = why === 'fresh' ? fill(W.closed, { date: date(asOf) }) : why === 'removed' ? W.removed : fill(W.duplicate, { number: String(why.duplicateOf) });
  return `${markerOf(officeId, '')}\n${text}\n\n<sub>${W.footer}</sub>`;
}

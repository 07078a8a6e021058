/**
 * The freshness report in the forms people read it: a terminal (grouped by office,
 * one line per problem naming the file to change and what to do), Markdown for a CI
 * job summary or PR comment, and the JSON contract of `npm run freshness`.
 */
import { FRESHNESS_RULES, type FreshnessReport, type FreshnessStatus, type ObligationResult, type OfficeResult } from './index.ts';
import type { ComplianceOffice } from './compliance.ts';

export interface ReportOptions {
  /** Where the as-of date came from, e.g. "as of 2024-05-01: PINNED by pinnedAsOf in policy/freshness.yaml". */
  asOfNote?: string;
  /** ANSI colours (only when writing to a terminal). */
  color?: boolean;
  /** Notes printed before the offices (e.g. files skipped because they fail their schema). */
  notes?: string[];
}

const WORD: Record<FreshnessStatus, string> = {
  stale: 'stale',
  'due-soon': 'due soon',
  fresh: 'fresh',
  exempt: 'exempt',
  'not-applicable-yet': 'not applicable yet',
};

const ANSI: Record<FreshnessStatus, string> = { stale: '31', 'due-soon': '33', fresh: '32', exempt: '36', 'not-applicable-yet': '90' };

/** A problem is something a maintainer must act on: a stale or due-soon obligation, or an exemption that ended. */
export interface Problem {
  office: OfficeResult;
  obligation: ObligationResult;
  file: string;
  line: string;
}

function problemsOf(office: OfficeResult, officeFile: (o: OfficeResult) => string): Problem[] {
  const out: Problem[] = [];
  for (const o of office.obligations) {
    if ((o.status === 'stale' || o.status === 'due-soon') && o.fix) {
      const when = o.status === 'stale' ? (o.staleSince ? ` since ${o.staleSince}` : '') : ` (due by ${o.dueBy ?? '?'})`;
      out.push({ office, obligation: o, file: o.fix.file, line: `${o.rule} ${WORD[o.status]}${when}: ${o.fix.action} — ${o.message}` });
    }
    if (o.expiredExemption) {
      out.push({
        office,
        obligation: o,
        file: officeFile(office),
        line: `${o.rule} exemption ended on ${o.expiredExemption.until}: remove it from exemptions, or extend until with a reason`,
      });
    }
  }
  return out;
}

/** The office.yaml of an office, derived from any path in its folder. */
function officeFileOf(office: OfficeResult): string {
  const somePath = office.obligations.map((o) => o.fix?.file ?? o.evidence).find((p): p is string => Boolean(p));
  const folder = somePath ? somePath.replace(/\/(charters|minutes|orders)\/.*$|\/office\.ya?ml$/, '') : `content/offices/${office.id}`;
  return `${folder}/office.yaml`;
}

export function reportProblems(report: FreshnessReport): Problem[] {
  return report.offices.flatMap((o) => problemsOf(o, officeFileOf));
}

function heading(report: FreshnessReport, options: ReportOptions): string {
  const note = options.asOfNote ? ` — ${options.asOfNote}` : '';
  return `Freshness as of ${report.asOf} (FY ${report.fiscalYear}, Q${report.quarter})${note}`;
}

function summaryLine(report: FreshnessReport): string {
  const s = report.summary;
  const n = report.offices.length;
  return `${n} office${n === 1 ? '' : 's'}: ${s.stale} stale, ${s.dueSoon} due soon, ${s.fresh} fresh, ${s.exempt} exempt, ${s.notApplicableYet} not applicable yet`;
}

/** For a terminal: grouped by office, one line per problem with the file to change first. */
export function formatFreshnessText(report: FreshnessReport, options: ReportOptions = {}): string {
  const paint = (status: FreshnessStatus, s: string) => (options.color ? `\u001b[${ANSI[status]}m${s}\u001b[0m` : s);
  const bold = (s: string) => (options.color ? `\u001b[1m${s}\u001b[0m` : s);
  const p = report.policy;
  const lines = [
    bold(heading(report, options)),
    `policy: grace ${p.graceDays} days, due soon within ${p.dueSoonDays} days${p.entry && p.entry !== report.fiscalYear ? ` (FY ${report.fiscalYear} is not in the policy; using FY ${p.entry})` : ''}${p.entry ? '' : ' (no fiscal year of the policy applies; using its defaults)'}`,
    ...(options.notes ?? []),
  ];
  for (const office of report.offices) {
    const since = office.status === 'stale' && office.staleSince ? ` since ${office.staleSince}` : '';
    lines.push('', `${bold(office.id)}  ${office.name}  ${paint(office.status, `${WORD[office.status].toUpperCase()}${since}`)}`);
    for (const problem of problemsOf(office, officeFileOf)) {
      lines.push(`  ${problem.file}  ${paint(problem.obligation.status === 'stale' ? 'stale' : 'due-soon', problem.line)}`);
    }
    const quiet = office.obligations.filter((o) => o.status !== 'stale' && o.status !== 'due-soon');
    if (quiet.length) {
      lines.push(
        `  ${quiet.map((o) => `${o.rule} ${paint(o.status, WORD[o.status])}${o.status === 'exempt' && o.exemption ? ` until ${o.exemption.until}` : ''}${o.status === 'not-applicable-yet' && o.appliesFrom ? ` (from ${o.appliesFrom})` : ''}`).join(', ')}`,
      );
    }
  }
  lines.push('', summaryLine(report));
  return lines.join('\n');
}

const ICON: Record<FreshnessStatus, string> = { stale: '❌', 'due-soon': '⚠️', fresh: '✅', exempt: '⏸️', 'not-applicable-yet': '➖' };

function mdEscape(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** For a CI job summary and a PR comment. */
export function formatFreshnessMarkdown(report: FreshnessReport, options: ReportOptions = {}): string {
  const s = report.summary;
  const verdict = s.stale > 0 ? `❌ **${s.stale} stale office${s.stale === 1 ? '' : 's'}**` : '✅ **nothing is stale**';
  const lines = [
    `## ${mdEscape(heading(report, options))}`,
    '',
    `${verdict} — ${summaryLine(report)}.`,
    '',
    `| office | status | ${FRESHNESS_RULES.join(' | ')} |`,
    `|---|---|${FRESHNESS_RULES.map(() => '---').join('|')}|`,
  ];
  for (const office of report.offices) {
    const cells = FRESHNESS_RULES.map((rule) => {
      const o = office.obligations.find((x) => x.rule === rule);
      return o
        ? `${ICON[o.status]} ${WORD[o.status]}${o.dueBy && o.status !== 'exempt' ? ` (${o.status === 'stale' ? 'was due' : 'due'} ${o.dueBy})` : ''}`
        : '';
    });
    lines.push(`| \`${office.id}\` ${mdEscape(office.name)} | ${ICON[office.status]} ${WORD[office.status]} | ${cells.join(' | ')} |`);
  }
  const problems = reportProblems(report);
  if (problems.length) {
    lines.push('', '### What to change', '');
    for (const p of problems) lines.push(`- \`${p.file}\` — ${mdEscape(p.line)}`);
  }
  if (options.notes?.length) lines.push('', ...options.notes.map((n) => `> ${mdEscape(n)}`));
  return lines.join('\n');
}

/** The JSON contract of `npm run freshness -- --format json` (extra fields are allowed by the contract). */
export function freshnessJson(report: FreshnessReport, extra: Record<string, unknown> = {}): unknown {
  return {
    asOf: report.asOf,
    fiscalYear: report.fiscalYear,
    quarter: report.quarter,
    ...extra,
    offices: report.offices,
    summary: report.summary,
    obligationSummary: report.obligationSummary,
    policy: report.policy,
  };
}

// ---------------------------------------------------------------- compliance data (dashboard, JSON, CSV)

export { complianceOffice, type ComplianceOffice } from './compliance.ts';

function csvCell(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per office and obligation, with a column per quarter of the fiscal year. */
export function complianceCsv(offices: ComplianceOffice[]): string {
  const header = [
    'office_id',
    'office_name',
    'parent',
    'office_status',
    'rule',
    'status',
    'last_satisfied',
    'due_by',
    'stale_since',
    'evidence',
    'q1',
    'q2',
    'q3',
    'q4',
    'message',
    'office_stale_since',
    'office_due_by',
    'office_reasons',
  ];
  const rows = [header.join(',')];
  for (const office of offices) {
    for (const o of office.obligations) {
      const q = (n: number) => o.quarters.find((c) => c.quarter === n)?.status ?? '';
      rows.push(
        [
          office.id,
          office.name,
          office.parent,
          office.status,
          o.rule,
          o.status,
          o.lastSatisfied,
          o.dueBy,
          o.staleSince,
          o.evidence,
          q(1),
          q(2),
          q(3),
          q(4),
          o.message,
          office.standing?.staleSince ?? null,
          office.standing?.dueBy ?? null,
          office.standing ? office.standing.reasons.map((r) => r.rule).join(' ') : null,
        ]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

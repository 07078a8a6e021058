/**
 * An office's standing (src/domain/freshness/standing.ts) in Bengali, as markup:
 * the status, its date and the reasons. One function for the build (the badge on
 * the office page and every document, the compliance dashboard's office column)
 * and the browser (the same places re-checked against today), so the words and
 * dates a citizen reads cannot differ between views. Runs in the browser: the
 * words come in as `StandingWords` (a page embeds the few it needs; built by
 * freshness-words.ts), never from the whole strings table.
 */
import type { OfficeStanding, StandingReason } from '../domain/freshness/standing.ts';
import { dualDateText } from './format.ts';

export interface StandingWords {
  status: Record<string, string>;
  /** "{date} থেকে হালনাগাদ নাও হতে পারে" and friends, by status. */
  headline: Record<string, string>;
  /** One sentence per rule and status ("{date}" filled in). */
  reason: Record<string, string>;
  /** The disclosure's label when there are reasons ("কেন?") and when there are none. */
  reasons: string;
  more: string;
  hint: string;
  checkedOn: string;
  detailsLink: string;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const fill = (template: string, date: string | null) =>
  date ? template.replace('{date}', dualDateText(date)) : template.replace(/\s*\{date\}\s*(থেকে)?\s*/, ' ').trim();

/** The one sentence under the status: since when it is stale, or until when it is fresh. */
export function standingHeadline(standing: OfficeStanding, words: StandingWords): string {
  switch (standing.status) {
    case 'stale':
      return standing.staleSince ? fill(words.headline['stale']!, standing.staleSince) : words.headline['staleUndated']!;
    case 'due-soon':
      return fill(words.headline['due-soon']!, standing.dueBy);
    case 'fresh':
      return standing.dueBy ? fill(words.headline['fresh']!, standing.dueBy) : words.headline['freshUndated']!;
    default:
      return words.headline[standing.status] ?? '';
  }
}

/** One plain sentence for one reason. */
export function reasonText(reason: StandingReason, words: StandingWords): string {
  const template = words.reason[`${reason.rule} ${reason.status}`] ?? reason.rule;
  return fill(template, reason.status === 'stale' ? reason.staleSince : reason.dueBy);
}

/**
 * The standing's markup: the status pill and the headline, then a disclosure with
 * the reasons (stale or due soon), the advice, the day it was checked and a link to
 * the details. Both parts are always there, whatever the status, so a re-check in
 * the browser changes words and colour but not the box's shape (no layout shift).
 */
export function standingHtml(standing: OfficeStanding, words: StandingWords, detailsHref: string): string {
  const reasons = standing.reasons.map((r) => `<li data-rule="${esc(r.rule)}">${esc(reasonText(r, words))}</li>`).join('');
  return (
    `<p class="standing-line"><strong class="badge badge-${esc(standing.status)}" data-freshness-status>${esc(words.status[standing.status] ?? standing.status)}</strong> ` +
    `<span class="standing-headline" data-freshness-headline>${esc(standingHeadline(standing, words))}</span></p>` +
    `<details class="standing-more"><summary>${esc(reasons ? words.reasons : words.more)}</summary>` +
    (reasons ? `<ul class="standing-reasons" data-freshness-reasons>${reasons}</ul>` : '') +
    (standing.status === 'stale' ? `<p class="standing-hint">${esc(words.hint)}</p>` : '') +
    `<p class="standing-checked">${esc(words.checkedOn)}: <time datetime="${esc(standing.checkedOn)}" data-freshness-checked>${esc(dualDateText(standing.checkedOn))}</time></p>` +
    `<p><a href="${esc(detailsHref)}">${esc(words.detailsLink)}</a></p>` +
    `</details>`
  );
}

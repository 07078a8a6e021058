/**
 * The compliance dashboard's markup, as functions: ComplianceTable.astro renders
 * them at build time, and the page's script renders them again after re-checking
 * every office against today in the browser (src/lib/compliance-recheck.ts), so the
 * dashboard says what the office pages say on the same day. The words come in as
 * `ComplianceWords` (embedded in the page), never from the whole strings table.
 *
 * Status comes first everywhere: the office list opens with each office's standing
 * (the same sentence as on its pages), and in the obligation table the status is
 * the first column, so a phone shows it without scrolling sideways.
 */
import type { ComplianceOffice } from '../domain/freshness/report.ts';
import type { FreshnessStatus, QuarterCellStatus } from '../domain/freshness/types.ts';
import { bn, dualDateText } from '../lib/format.ts';
import { standingHtml, type StandingWords } from '../lib/freshness-text.ts';

export interface ComplianceWords {
  standing: StandingWords;
  /** Status labels, `upcoming` included. */
  cell: Record<string, string>;
  rule: Record<string, string>;
  col: { status: string; office: string; rule: string; lastSatisfied: string; dueBy: string; note: string };
  quarters: string[];
  exemptUntil: string;
  exemptionEnded: string;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const RANK: Record<FreshnessStatus, number> = { stale: 0, 'due-soon': 1, fresh: 2, exempt: 3, 'not-applicable-yet': 4 };

/** The portal page of an evidence file: content/offices/<id>/<folder>/<stem>.mdx -> <base>offices/<id>/<folder>/<stem>/ */
export function evidenceHref(file: string | null, base: string): string | undefined {
  const m = file ? /offices\/([^/]+)\/(charters|minutes|orders)\/([^/]+)\.mdx?$/.exec(file) : null;
  return m ? `${base}offices/${m[1]}/${m[2]}/${m[3]}/` : undefined;
}

/** A date in the one format, or a dash. */
const date = (iso: string | null) => (iso ? esc(dualDateText(iso)) : '—');

/** Each office's standing, in the words of its own pages (status first, then the office). */
export function officeStandingsHtml(offices: ComplianceOffice[], words: ComplianceWords, base: string): string {
  return offices
    .map(
      (office) =>
        `<li class="standing-item standing-box standing-${esc(office.standing.status)}" data-office="${esc(office.id)}" data-status="${esc(office.standing.status)}">` +
        `<a class="standing-office" href="${esc(base)}offices/${esc(office.id)}/">${esc(office.name)}</a>` +
        standingHtml(office.standing, words.standing, `#${esc(office.id)}-rows`) +
        `</li>`,
    )
    .join('');
}

/** Exemption reasons repeat (one office, several rules): each is printed once, below the table, and numbered. */
export function exemptionReasons(offices: ComplianceOffice[]): string[] {
  return [...new Set(offices.flatMap((office) => office.obligations.flatMap((o) => (o.exemption ? [o.exemption.reason] : []))))];
}

/** The obligation table's rows: one per office and obligation, status first. */
export function complianceRowsHtml(offices: ComplianceOffice[], words: ComplianceWords, base: string, id: string): string {
  const reasons = exemptionReasons(offices);
  return offices
    .flatMap((office) =>
      office.obligations.map((o, i) => {
        const evidence = evidenceHref(o.evidence, base);
        const quarters = o.quarters
          .map((c) => {
            const href = evidenceHref(c.evidence, base);
            const rank = c.status === 'upcoming' ? 5 : RANK[c.status as FreshnessStatus];
            const label = esc(words.cell[c.status as QuarterCellStatus] ?? c.status);
            const q = words.quarters[c.quarter - 1] ?? String(c.quarter);
            return (
              `<td data-value="${rank}" data-label="${esc(q)}">` +
              (href ? `<a class="cell cell-${esc(c.status)}" href="${esc(href)}">${label}</a>` : `<span class="cell cell-${esc(c.status)}">${label}</span>`) +
              `</td>`
            );
          })
          .join('');
        const note = o.exemption
          ? `${esc(words.exemptUntil)} ${date(o.exemption.until)} <a class="reason-ref" href="#${esc(id)}-reason-${reasons.indexOf(o.exemption.reason) + 1}">[${bn(reasons.indexOf(o.exemption.reason) + 1)}]</a>`
          : o.expiredExemption
            ? `${esc(words.exemptionEnded)} ${date(o.expiredExemption.until)}`
            : '';
        return (
          `<tr${i === 0 ? ` id="${esc(office.id)}-rows"` : ''} data-office="${esc(office.id)}" data-office-name="${esc(`${office.name} ${office.nameEn} ${office.id}`)}" data-rule="${esc(o.rule)}" data-status="${esc(o.status)}">` +
          `<td data-value="${RANK[o.status]}" data-label="${esc(words.col.status)}" class="cell-status"><span class="cell cell-${esc(o.status)}">${esc(words.cell[o.status] ?? o.status)}</span></td>` +
          `<th scope="row" data-value="${esc(office.name)}" data-label="${esc(words.col.office)}"><a href="${esc(base)}offices/${esc(office.id)}/">${esc(office.name)}</a></th>` +
          `<td data-value="${esc(words.rule[o.rule] ?? o.rule)}" data-label="${esc(words.col.rule)}">${esc(words.rule[o.rule] ?? o.rule)}</td>` +
          quarters +
          `<td data-value="${esc(o.lastSatisfied ?? '')}" data-label="${esc(words.col.lastSatisfied)}">${evidence && o.lastSatisfied ? `<a href="${esc(evidence)}">${date(o.lastSatisfied)}</a>` : date(o.lastSatisfied)}</td>` +
          `<td data-value="${esc(o.dueBy ?? '')}" data-label="${esc(words.col.dueBy)}">${date(o.dueBy)}</td>` +
          `<td class="note" data-label="${esc(words.col.note)}">${note}</td>` +
          `</tr>`
        );
      }),
    )
    .join('');
}

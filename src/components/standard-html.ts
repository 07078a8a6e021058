/**
 * What a charter page adds for a service that uses a standard service (contract 4): under
 * the name, that it is a standard service with its legal basis, and the office's stated
 * deviation with its reason; in the fee and time cells, a scheduled change in the days before
 * it takes effect ("নতুন ফি … থেকে"); after the service tables, the changes to the standards
 * the charter uses since its date (its history). Called from the service markup in
 * document-html.ts, so pages, print, the CMS preview and search (which indexes the page) all
 * show the same words.
 */
import type { Charter, LegalBasis, Service, StandardInfo } from '../schemas/index.ts';
import { t, type StringKey } from '../i18n/strings.ts';
import { formatGregorianDateBn } from '../domain/bengali-digits.ts';
import { basisLine } from '../domain/standard-services.ts';

const esc = (value: unknown): string =>
  value === undefined || value === null
    ? ''
    : String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

type Field = 'delivery' | 'papers' | 'fee' | 'timeLimit' | 'legalBasis';
const fieldName = (field: Field) => t(`standard.field.${field}` as StringKey);

function basisHtml(basis: LegalBasis): string {
  const line = esc(basisLine(basis));
  return basis.url ? `<a href="${esc(basis.url)}" rel="noopener">${line}</a>` : line;
}

/** A field's value as one line of text (the papers joined). */
function valueText(field: Field, value: unknown): string {
  if (value === undefined) return '';
  if (field === 'fee') return (value as Service['fee']).text ?? t('charter.free');
  if (field === 'timeLimit') return (value as Service['timeLimit']).text;
  if (field === 'papers') return (value as string[]).join('; ');
  if (field === 'legalBasis') return (value as LegalBasis[]).map(basisLine).join('; ');
  return String(value);
}

/** Under a standard service's name: that it is one, its legal basis, and a stated deviation with its reason. */
export function standardNameNote(service: Service): string {
  const info = service.standard;
  if (!info) return '';
  const basis = info.legalBasis.map(basisHtml).join('; ');
  return (
    `<div class="std-note" data-standard="${esc(info.ref)}">` +
    `<span class="std-badge">${esc(t('standard.badge'))}</span>` +
    (basis ? ` <span class="std-basis">${esc(t('standard.basis'))}: ${basis}</span>` : '') +
    deviationHtml(info) +
    `</div>`
  );
}

function deviationHtml(info: StandardInfo): string {
  const d = info.deviation;
  if (!d) return '';
  const standardValues = d.fields.map((field) => `${fieldName(field)}: ${esc(valueText(field, d.standard[field as keyof typeof d.standard]))}`).join('; ');
  return (
    `<p class="std-deviation" data-deviation>` +
    `<strong>${esc(t('standard.deviation'))}</strong> ${esc(d.fields.map(fieldName).join(', '))}। ` +
    `${esc(t('standard.deviation.reason'))}: ${esc(d.reason)} ` +
    `<span class="std-standard-value">(${esc(t('standard.deviation.standard'))}: ${standardValues})</span>` +
    `</p>`
  );
}

/** In a fee or time cell: the scheduled value, when its announcement has begun ("নতুন ফি … থেকে"). */
export function standardUpcoming(service: Service, field: 'fee' | 'timeLimit'): string {
  const next = service.standard?.upcoming;
  if (!next || !next.fields.includes(field)) return '';
  return (
    `<p class="std-upcoming" data-upcoming="${esc(next.effectiveFrom)}">` +
    `${esc(t('standard.upcoming.new'))} ${esc(fieldName(field))} ${esc(valueText(field, next[field]))} — ` +
    `<time datetime="${esc(next.effectiveFrom)}">${esc(formatGregorianDateBn(next.effectiveFrom))}</time> ${esc(t('standard.upcoming.from'))}` +
    `</p>`
  );
}

/** After the service tables: the changes to the standards this charter uses since its date. */
export function standardChangesHtml(charter: Pick<Charter, 'standardChanges'>): string {
  const changes = charter.standardChanges ?? [];
  if (changes.length === 0) return '';
  return (
    `<section class="std-history" aria-labelledby="standard-changes"><h3 id="standard-changes">${esc(t('standard.history'))}</h3>` +
    `<p>${esc(t('standard.history.intro'))}</p><ul>` +
    changes
      .map(
        (c) =>
          `<li data-standard="${esc(c.ref)}"><time datetime="${esc(c.effectiveFrom)}">${esc(formatGregorianDateBn(c.effectiveFrom))}</time>: ` +
          `<strong>${esc(c.name)}</strong> — ${esc(c.fields.map(fieldName).join(', '))} ${esc(t('standard.history.changed'))}` +
          (c.note ? `। ${esc(c.note)}` : '') +
          (c.basis ? ` (${esc(c.basis)})` : '') +
          `</li>`,
      )
      .join('') +
    `</ul></section>`
  );
}

/**
 * The CMS preview of charters and minutes and the site's pages share one markup:
 * these functions return the HTML that src/components/CharterView.astro,
 * ServiceTable.astro, PersonBlock.astro, MinutesView.astro, DualDate.astro,
 * AppointmentsTable.astro and LetterFooter.astro put on the page (each component
 * is a one-line wrapper over its function), and Decap's preview pane, which
 * cannot run Astro components, calls them directly (cms/admin/main.ts). One
 * copy, so the preview cannot drift from the site; tests/browser/cms-preview.test.ts
 * still compares the preview with the built pages.
 */
import type { Appointment, Charter, Minutes, Person, Recipient, Service, ServiceSection } from '../schemas/index.ts';
import { t, type StringKey } from '../i18n/strings.ts';
import { bn, dualDate, mailHref, telHref, webHref } from '../lib/format.ts';
import { formatFiscalYearBn, formatQuarterBn } from '../domain/fiscal-year.ts';
import { langFor } from '../lib/lang.ts';
import { standardChangesHtml, standardNameNote, standardUpcoming } from './standard-html.ts';

/** Escape text as Astro does for `{expression}` in markup. */
export function esc(value: unknown): string {
  if (value === undefined || value === null || value === false) return '';
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const attr = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}="${esc(value)}"`);
const when = (condition: unknown, html: () => string) => (condition ? html() : '');

type PersonLike = { [K in keyof Person]?: Person[K] | undefined } & { website?: string[] | undefined; note?: string | undefined; address?: string | undefined };

/** PersonBlock.astro */
export function personBlock(person: PersonLike, compact = false): string {
  const links = [
    ...(person.phone ?? []).map((p) => ({ text: p, href: telHref(p), kind: 'phone' })),
    ...(person.email ?? []).map((e) => ({ text: e, href: mailHref(e), kind: 'email' })),
    ...(person.website ?? []).map((w) => ({ text: w, href: webHref(w), kind: 'web' })),
  ];
  return (
    `<div class="${compact ? 'person compact' : 'person'}">` +
    when(person.name, () => `<strong class="person-name"${attr('lang', langFor(person.name))}>${esc(person.name)}</strong>`) +
    when(person.designation, () => `<span class="person-designation"${attr('lang', langFor(person.designation))}>${esc(person.designation)}</span>`) +
    when(person.office, () => `<span class="person-office"${attr('lang', langFor(person.office))}>${esc(person.office)}</span>`) +
    when(person.address, () => `<span class="person-address"${attr('lang', langFor(person.address))}>${esc(person.address)}</span>`) +
    when(
      links.length > 0,
      () =>
        `<ul class="contact-list">${links
          .map(
            (link) =>
              `<li class="contact-${link.kind}">${
                link.href
                  ? `<a href="${esc(link.href)}"${attr('lang', link.kind === 'phone' ? undefined : 'en')}>${esc(link.text)}</a>`
                  : `<span${attr('lang', link.kind === 'phone' ? undefined : 'en')}>${esc(link.text)}</span>`
              }</li>`,
          )
          .join('')}</ul>`,
    ) +
    when(person.note, () => `<span class="person-note"${attr('lang', langFor(person.note))}>${esc(person.note)}</span>`) +
    `</div>`
  );
}

/** ServiceTable.astro */
export function serviceTable(services: Service[], caption: string, id: string): string {
  const remarks = services.some((s) => s.remarks);
  const head = (key: StringKey) => `<th scope="col">${esc(t(key))}</th>`;
  const rows = services
    .map((service) => {
      const fee = service.fee;
      const feeCell =
        `<td data-label="${esc(t('charter.col.fee'))}" class="${fee?.kind === 'free' ? 'cell-fee free' : 'cell-fee'}">` +
        esc(fee?.kind === 'free' ? (fee.text ?? t('charter.free')) : fee?.text) +
        when(fee?.kind === 'paid' && fee.payment, () => `<span class="fee-payment">${esc(fee?.kind === 'paid' ? fee.payment : '')}</span>`) +
        standardUpcoming(service, 'fee') +
        `</td>`;
      const papers = service.papers ?? [];
      return (
        `<tr>` +
        `<td data-label="${esc(t('charter.col.number'))}" class="cell-number">${esc(service.number)}</td>` +
        `<th scope="row" data-label="${esc(t('charter.col.name'))}" class="cell-name">${esc(service.name)}${standardNameNote(service)}</th>` +
        `<td data-label="${esc(t('charter.col.delivery'))}">${esc(service.delivery)}</td>` +
        `<td data-label="${esc(t('charter.col.papers'))}">${
          papers.length > 1 ? `<ol class="papers">${papers.map((p) => `<li>${esc(p)}</li>`).join('')}</ol>` : esc(papers[0])
        }</td>` +
        feeCell +
        `<td data-label="${esc(t('charter.col.time'))}" class="cell-time">${esc(service.timeLimit?.text)}${standardUpcoming(service, 'timeLimit')}</td>` +
        `<td data-label="${esc(t('charter.col.officer'))}" class="cell-officer">${personBlock(service.officer ?? {}, true)}</td>` +
        when(remarks, () => `<td data-label="${esc(t('charter.col.remarks'))}">${esc(service.remarks)}</td>`) +
        `</tr>`
      );
    })
    .join('');
  return (
    `<div class="table-scroll" role="region" aria-labelledby="${esc(id)}-caption" tabindex="0">` +
    `<table class="service-table stack-on-phone" id="${esc(id)}">` +
    `<caption id="${esc(id)}-caption">${esc(caption)}</caption>` +
    `<thead><tr>${head('charter.col.number')}${head('charter.col.name')}${head('charter.col.delivery')}${head('charter.col.papers')}${head('charter.col.fee')}${head('charter.col.time')}${head('charter.col.officer')}${when(remarks, () => head('charter.col.remarks'))}</tr></thead>` +
    `<tbody>${rows}</tbody></table></div>`
  );
}

/** CharterView.astro */
export function charterView(charter: Charter): string {
  const sections = (['citizen', 'office', 'internal'] as ServiceSection[])
    .map((key) => ({ key, heading: charter.services?.[key]?.heading, services: charter.services?.[key]?.services ?? [] }))
    .filter((s) => s.services.length > 0);
  const sectionTitle = (s: (typeof sections)[number]) => s.heading ?? t(`charter.section.${s.key}` as StringKey);
  const grs = charter.grs ?? [];
  const expectations = charter.expectations ?? [];
  return (
    `<section aria-labelledby="vision-mission" class="vision-mission">` +
    `<h2 id="vision-mission">${esc(t('charter.visionMission'))}</h2>` +
    `<h3>${esc(t('charter.vision'))}</h3><p>${esc(charter.vision)}</p>` +
    `<h3>${esc(t('charter.mission'))}</h3><p>${esc(charter.mission)}</p>` +
    `</section>` +
    `<section aria-labelledby="services"><h2 id="services">${esc(t('charter.services'))}</h2>` +
    sections
      .map(
        (section, i) =>
          `<section class="service-section" aria-labelledby="section-${section.key}">` +
          `<h3 id="section-${section.key}">${esc(bn(`২.${i + 1}`))} ${esc(sectionTitle(section))} <span class="count">(${esc(bn(section.services.length))} ${esc(t('charter.serviceCount'))})</span></h3>` +
          serviceTable(section.services, sectionTitle(section), `services-${section.key}`) +
          `</section>`,
      )
      .join('') +
    standardChangesHtml(charter) +
    `</section>` +
    when(
      expectations.length > 0,
      () =>
        `<section aria-labelledby="expectations"><h2 id="expectations">${esc(t('charter.expectations'))}</h2><ol>${expectations.map((e) => `<li>${esc(e)}</li>`).join('')}</ol></section>`,
    ) +
    when(
      grs.length > 0,
      () =>
        `<section class="grs"><h2 id="grs">${esc(t('charter.grs'))}</h2>` +
        when(charter.grsIntro, () => `<p>${esc(charter.grsIntro)}</p>`) +
        `<div class="table-scroll" role="region" aria-labelledby="grs" tabindex="0"><table class="grs-table stack-on-phone"><thead><tr>` +
        (['charter.grs.level', 'charter.grs.when', 'charter.grs.contact', 'charter.grs.address', 'charter.grs.time'] as StringKey[])
          .map((k) => `<th scope="col">${esc(t(k))}</th>`)
          .join('') +
        `</tr></thead><tbody>` +
        grs
          .map(
            (level) =>
              `<tr>` +
              `<td data-label="${esc(t('charter.grs.level'))}">${esc(level.level === undefined ? '' : bn(level.level))}</td>` +
              `<td data-label="${esc(t('charter.grs.when'))}">${esc(level.when)}</td>` +
              `<th scope="row" data-label="${esc(t('charter.grs.contact'))}">${esc(level.contact)}</th>` +
              `<td data-label="${esc(t('charter.grs.address'))}">${personBlock(level.officer ?? {}, true)}</td>` +
              `<td data-label="${esc(t('charter.grs.time'))}" class="cell-time">${esc(level.timeLimit?.text)}</td>` +
              `</tr>`,
          )
          .join('') +
        `</tbody></table></div></section>`,
    ) +
    when(
      charter.signatory,
      () =>
        `<section class="signature" aria-label="${esc(t('doc.signatory'))}">${when(charter.datePrinted, () => `<p>${esc(charter.datePrinted)}</p>`)}${personBlock(charter.signatory!)}</section>`,
    )
  );
}

/** DualDate.astro (an unfinished date shows as typed). */
export function dualDateHtml(iso: string | undefined): string {
  if (!iso) return '';
  try {
    const { gregorian, bangla } = dualDate(iso);
    return `<time datetime="${esc(iso)}" class="dual-date"><span>${esc(gregorian)}</span> <span class="bangla-date">(${esc(bangla)})</span></time>`;
  } catch {
    return esc(iso);
  }
}

/** AppointmentsTable.astro */
export function appointmentsTable(appointments: Appointment[], heading: string): string {
  if (appointments.length === 0) return '';
  return (
    `<section class="appointments" aria-labelledby="appointments-heading"><h2 id="appointments-heading">${esc(heading)}</h2>` +
    `<div class="table-scroll" role="region" aria-labelledby="appointments-heading" tabindex="0"><table class="stack-on-phone"><thead><tr>` +
    `<th scope="col">${esc(t('appointment.name'))}</th><th scope="col">${esc(t('appointment.designation'))}</th><th scope="col">${esc(t('appointment.role'))}</th>` +
    `</tr></thead><tbody>` +
    appointments
      .map(
        (a) =>
          `<tr><th scope="row" data-label="${esc(t('appointment.name'))}">${esc(a.person?.name)}</th>` +
          `<td data-label="${esc(t('appointment.designation'))}">${esc([a.person?.designation, a.person?.office].filter(Boolean).join(', '))}</td>` +
          `<td data-label="${esc(t('appointment.role'))}">${esc(a.roleText ?? (a.role ? t(`role.${a.role}` as StringKey) : ''))}</td></tr>`,
      )
      .join('') +
    `</tbody></table></div></section>`
  );
}

/** MinutesView.astro */
export function minutesView(minutes: Minutes): string {
  const agenda = minutes.agenda ?? [];
  const itemLabel = (printed: string | undefined, index: number) => {
    const label = printed ?? bn(index + 1);
    return /[.।)]$/.test(label) ? label : `${label}.`;
  };
  const decisions = agenda.flatMap((item, itemIndex) => (item.decisions ?? []).map((decision) => ({ item, itemIndex, decision })));
  const attendees = minutes.attendees ?? [];
  const fy = (() => {
    try {
      return formatFiscalYearBn(minutes.fiscalYear);
    } catch {
      return minutes.fiscalYear ?? '';
    }
  })();
  return (
    `<dl class="facts meeting-facts">` +
    `<dt>${esc(t('minutes.meeting'))}</dt><dd>${esc(minutes.meetingKind ? t(`minutes.kind.${minutes.meetingKind}` as StringKey) : '')}</dd>` +
    `<dt>${esc(t('minutes.fiscalYear'))}</dt><dd>${esc(fy)}${when(minutes.quarter, () => esc(`, ${formatQuarterBn(minutes.quarter!)}`))}${when(minutes.meetingNumber, () => esc(` — ${t('minutes.meetingNumber')} ${bn(minutes.meetingNumber!)}`))}</dd>` +
    `<dt>${esc(t('minutes.chair'))}</dt><dd>${personBlock(minutes.chair ?? {}, true)}</dd>` +
    `<dt>${esc(t('minutes.date'))}</dt><dd>${dualDateHtml(minutes.meetingDate)}</dd>` +
    when(minutes.time, () => `<dt>${esc(t('minutes.time'))}</dt><dd>${esc(minutes.time)}</dd>`) +
    `<dt>${esc(t('minutes.place'))}</dt><dd${attr('lang', langFor(minutes.place))}>${esc(minutes.place)}</dd>` +
    when(
      attendees.length > 0 || minutes.attendeesNote,
      () => `<dt>${esc(t('minutes.attendees'))}</dt><dd>${esc(attendees.length ? attendees.map((p) => p.name).join('; ') : minutes.attendeesNote)}</dd>`,
    ) +
    `</dl>` +
    `<section class="decisions"><h2 id="decisions">${esc(t('minutes.decisions'))}</h2>` +
    `<div class="table-scroll" role="region" aria-labelledby="decisions" tabindex="0"><table class="decisions-table stack-on-phone"><thead><tr>` +
    (['minutes.col.item', 'minutes.col.decision', 'minutes.col.implementer', 'minutes.col.due'] as StringKey[])
      .map((k) => `<th scope="col">${esc(t(k))}</th>`)
      .join('') +
    `</tr></thead><tbody>` +
    decisions
      .map(
        ({ item, itemIndex, decision }) =>
          `<tr><th scope="row" data-label="${esc(t('minutes.col.item'))}">${esc(itemLabel(item.number, itemIndex))} ${esc(item.topic)}</th>` +
          `<td data-label="${esc(t('minutes.col.decision'))}">${esc(decision.text)}</td>` +
          `<td data-label="${esc(t('minutes.col.implementer'))}">${esc(decision.implementedBy)}</td>` +
          `<td data-label="${esc(t('minutes.col.due'))}">${decision.dueDate ? dualDateHtml(decision.dueDate) : esc(decision.dueText)}</td></tr>`,
      )
      .join('') +
    `</tbody></table></div></section>` +
    `<section aria-labelledby="agenda"><h2 id="agenda">${esc(t('minutes.agenda'))}</h2>` +
    agenda
      .map(
        (item, i) =>
          `<section class="agenda-item"><h3>${esc(itemLabel(item.number, i))} ${esc(item.topic)}</h3>` +
          when(item.discussion, () => `<h4>${esc(t('minutes.discussion'))}</h4><p>${esc(item.discussion)}</p>`) +
          when(
            (item.decisions ?? []).length > 0,
            () =>
              `<h4>${esc(t('minutes.col.decision'))}</h4><ol>${item.decisions
                .map(
                  (d) =>
                    `<li>${esc(d.text)}${when(d.implementedBy, () => `<span class="implementer"> — ${esc(t('minutes.col.implementer'))}: ${esc(d.implementedBy)}</span>`)}</li>`,
                )
                .join('')}</ol>`,
          ) +
          `</section>`,
      )
      .join('') +
    `</section>` +
    appointmentsTable(minutes.appointments ?? [], t('minutes.appointments'))
  );
}

const PURPOSE_KEY: Record<NonNullable<Recipient['purpose']>, StringKey> = {
  information: 'doc.forInformation',
  action: 'doc.forAction',
  'information-and-action': 'doc.forInformationAndAction',
};

/** LetterFooter.astro */
export function letterFooter(
  letter: Pick<Minutes, 'memoNumber' | 'date' | 'banglaDatePrinted' | 'signatory' | 'distributionHeading' | 'distribution' | 'distributionSignatory'>,
): string {
  let computed = { gregorian: letter.date ?? '', bangla: '' };
  try {
    if (letter.date) computed = dualDate(letter.date);
  } catch {
    /* an unfinished date is shown as typed */
  }
  const distribution = letter.distribution ?? [];
  return (
    `<section class="letter-footer" aria-label="${esc(t('doc.signatory'))}"><div class="signature">${personBlock(letter.signatory ?? {})}</div>` +
    `<dl class="facts"><dt>${esc(t('doc.memoNumber'))}</dt><dd class="memo-number">${esc(letter.memoNumber)}</dd>` +
    `<dt>${esc(t('doc.date'))}</dt><dd><time datetime="${esc(letter.date)}">${esc(computed.gregorian)}</time></dd>` +
    `<dt>${esc(t('doc.computedBanglaDate'))}</dt><dd>${esc(computed.bangla)}</dd>` +
    when(letter.banglaDatePrinted, () => `<dt>${esc(t('doc.printedBanglaDate'))}</dt><dd>${esc(letter.banglaDatePrinted)}</dd>`) +
    `</dl>` +
    when(
      distribution.length > 0,
      () =>
        `<section class="distribution" aria-labelledby="distribution-heading"><h2 id="distribution-heading">${esc(letter.distributionHeading ?? t('doc.distribution'))}</h2><ol class="distribution-list">` +
        distribution
          .map(
            (r) =>
              `<li${attr('data-number', r.number)}>${when(r.number, () => `<span class="item-number">${esc(r.number)}</span>`)} ${esc(r.recipient)}` +
              when(r.attention, () => `<span class="attention">${esc(r.attention)}</span>`) +
              when(r.note, () => `<span class="note">${esc(r.note)}</span>`) +
              when(r.purpose, () => ` <span class="purpose">(${esc(t(PURPOSE_KEY[r.purpose!]))})</span>`) +
              `</li>`,
          )
          .join('') +
        `</ol>` +
        when(letter.distributionSignatory, () => `<div class="signature">${personBlock(letter.distributionSignatory!)}</div>`) +
        `</section>`,
    ) +
    `</section>`
  );
}

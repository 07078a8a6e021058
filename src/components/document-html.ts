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
import { bn, bnCountOf, mailHref, telHref, webHref } from '../lib/format.ts';
import { serviceAnchors } from '../domain/service-anchor.ts';
import { formatGregorianDateBn } from '../domain/bengali-digits.ts';
import { formatBanglaDate, toBanglaDate } from '../domain/bangla-calendar.ts';
import { formatFiscalYearBn, formatQuarterBn } from '../domain/fiscal-year.ts';
import { langFor } from '../lib/lang.ts';
import { standardChangesHtml, standardNameNote, standardUpcoming } from './standard-html.ts';

/** Escape text as Astro does for `{expression}` in markup. */
export function esc(value: unknown): string {
  if (value === undefined || value === null || value === false) return '';
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * An address (e-mail, web, phone) escaped, with a line-break opportunity after each
 * @ . / and before each -, so a narrow column or a printed page wraps it between its
 * parts ("alamiu@ / doict.gov.bd") instead of in the middle of a word.
 */
export function breakable(value: string): string {
  return esc(value)
    .replace(/(@|\.|\/)(?=[^\s])/g, '$1<wbr>')
    .replace(/(?<=\S)(-)/g, '<wbr>$1');
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
  // A space between the parts: search and copy-paste must not glue the name to the designation.
  return (
    `<div class="${compact ? 'person compact' : 'person'}">` +
    when(person.name, () => `<strong class="person-name"${attr('lang', langFor(person.name))}>${esc(person.name)}</strong>`) +
    when(person.designation, () => ` <span class="person-designation"${attr('lang', langFor(person.designation))}>${esc(person.designation)}</span>`) +
    when(person.office, () => ` <span class="person-office"${attr('lang', langFor(person.office))}>${esc(person.office)}</span>`) +
    when(person.address, () => ` <span class="person-address"${attr('lang', langFor(person.address))}>${esc(person.address)}</span>`) +
    when(
      links.length > 0,
      () =>
        ` <ul class="contact-list">${links
          .map(
            (link) =>
              `<li class="contact-${link.kind}">${
                link.href
                  ? `<a href="${esc(link.href)}"${attr('lang', link.kind === 'phone' ? undefined : 'en')}>${breakable(link.text)}</a>`
                  : `<span${attr('lang', link.kind === 'phone' ? undefined : 'en')}>${breakable(link.text)}</span>`
              }</li>`,
          )
          .join('')}</ul>`,
    ) +
    when(person.note, () => ` <span class="person-note"${attr('lang', langFor(person.note))}>${esc(person.note)}</span>`) +
    `</div>`
  );
}

const SECTIONS: ServiceSection[] = ['citizen', 'office', 'internal'];

/** A printed serial with one full stop: "১" -> "১.", "২)" stays. */
function serialLabel(printed: string | undefined, index: number): string {
  const label = bn(printed?.trim() || String(index + 1));
  return /[.।)]$/.test(label) ? label : `${label}.`;
}

/** The fee as a citizen reads it first: the printed amount, or "বিনামূল্যে". */
function feeText(service: Service): string {
  const fee = service.fee;
  return fee?.kind === 'free' ? (fee.text ?? t('charter.free')) : (fee?.text ?? '');
}

type Officer = Service['officer'];
const squash = (v: string | undefined) => (v ?? '').replace(/\s+/g, ' ').trim();
/** Who an officer is: name, designation and office as printed. Contacts may be printed differently from row to row. */
const officerKey = (o: Officer | undefined) => (o ? JSON.stringify([squash(o.name), squash(o.designation), squash(o.office)]) : '');
const hasPerson = (p: Partial<Person> | undefined) => Boolean(p && (p.name?.trim() || p.designation?.trim() || p.phone?.length || p.email?.length));
const hasOfficer = hasPerson;
const union = (lists: (string[] | undefined)[]) => [...new Set(lists.flatMap((l) => l ?? []))];

/**
 * The officers of a charter's services, each once. An officer (the same name,
 * designation and office) who answers for two or more services is listed once, in the
 * charter's officer list, with every phone, e-mail and web address printed for them in
 * any row (nothing printed is dropped), and each of those services names them with a
 * link there: the sample's 14 copies of one block were two screens of the same phone
 * number. An officer of one service is shown in it.
 */
export function charterOfficers(services: Service[]): { shared: { id: string; officer: Officer }[]; idOf: (o: Officer | undefined) => string | undefined } {
  const rows = new Map<string, Officer[]>();
  for (const s of services) {
    if (!hasOfficer(s.officer)) continue;
    const key = officerKey(s.officer);
    rows.set(key, [...(rows.get(key) ?? []), s.officer]);
  }
  const shared: { id: string; officer: Officer }[] = [];
  const ids = new Map<string, string>();
  for (const [key, printed] of rows) {
    if (printed.length < 2) continue;
    const id = `officer-${ids.size + 1}`;
    ids.set(key, id);
    const first = printed[0]!;
    shared.push({
      id,
      officer: {
        ...first,
        phone: union(printed.map((o) => o.phone)),
        email: union(printed.map((o) => o.email)),
        website: union(printed.map((o) => o.website)),
        ...(union(printed.map((o) => (o.note ? [o.note] : []))).length ? { note: union(printed.map((o) => (o.note ? [o.note] : []))).join(' ') } : {}),
      },
    });
  }
  return { shared, idOf: (o) => (o ? ids.get(officerKey(o)) : undefined) };
}

/** One fact of a service, left out when it is empty. */
const fact = (cls: string, label: StringKey, html: string) =>
  html.trim() ? `<div class="service-fact ${cls}"><dt>${esc(t(label))}</dt><dd>${html}</dd></div>` : '';

/**
 * One service: its name as a heading carrying its anchor (contract 1: search results
 * and the catalogue link to it; Pagefind makes each heading a sub-result), then its
 * facts, fee and time limit first because those are what a citizen looks for.
 * ServiceTable.astro. Everything a service shows is here, so a field added to the
 * Service shape (legal basis, a deviation from the standard) is added once.
 */
export function serviceHtml(service: Service, index: number, anchor: string, sharedOfficer: string | undefined): string {
  const fee = service.fee;
  const papers = (service.papers ?? []).filter((p) => p.trim());
  const officer = service.officer;
  const officerHtml = !hasOfficer(officer)
    ? ''
    : sharedOfficer
      ? `<a href="#${esc(sharedOfficer)}" class="officer-link">${esc([officer.name, officer.designation].filter((v) => v?.trim()).join(', '))}</a>`
      : personBlock(officer, true);
  return (
    `<section class="service" aria-labelledby="${esc(anchor)}">` +
    `<h4 class="service-name" id="${esc(anchor)}"><span class="service-number">${esc(serialLabel(service.number, index))}</span> ${esc(service.name)}</h4>` +
    standardNameNote(service) +
    `<dl class="service-facts">` +
    fact(
      fee?.kind === 'free' ? 'fact-fee free' : 'fact-fee',
      'charter.col.fee',
      esc(feeText(service)) +
        when(fee?.kind === 'paid' && fee.payment, () => ` <span class="fee-payment">(${esc(fee?.kind === 'paid' ? fee.payment : '')})</span>`) +
        standardUpcoming(service, 'fee'),
    ) +
    fact('fact-time', 'charter.col.time', esc(service.timeLimit?.text) + standardUpcoming(service, 'timeLimit')) +
    fact('fact-delivery', 'charter.col.delivery', esc(service.delivery)) +
    fact(
      'fact-papers',
      'charter.col.papers',
      papers.length > 1 ? `<ol class="papers">${papers.map((p) => `<li>${esc(p)}</li>`).join('')}</ol>` : esc(papers[0]),
    ) +
    fact('fact-officer', 'charter.col.officer', officerHtml) +
    fact('fact-remarks', 'charter.col.remarks', esc(service.remarks)) +
    `</dl></section>`
  );
}

/** ServiceTable.astro: one section of services (its anchors continue the charter's, from `first`). */
export function serviceTable(
  services: Service[],
  caption: string,
  id: string,
  anchors = serviceAnchors(services.map((s) => s.name)),
  sharedOfficer: (o: Officer) => string | undefined = () => undefined,
): string {
  return `<div class="service-list" id="${esc(id)}" data-caption="${esc(caption)}">${services.map((s, i) => serviceHtml(s, i, anchors[i]!, sharedOfficer(s.officer))).join('')}</div>`;
}

/** The jump list at the top of a charter: every service with its fee and time limit, each a link to its details. */
function serviceIndex(sections: { key: ServiceSection; title: string; services: Service[]; anchors: string[] }[]): string {
  return (
    `<nav class="service-index" aria-labelledby="service-index-heading" data-pagefind-ignore="all">` +
    `<h2 id="service-index-heading">${esc(t('charter.index'))}</h2>` +
    sections
      .map(
        (section, i) =>
          when(
            sections.length > 1,
            () =>
              `<h3 class="service-index-section">${esc(bn(`২.${i + 1}`))} ${esc(section.title)} <span class="count">(${esc(bnCountOf(section.services.length, t('charter.serviceWord')))})</span></h3>`,
          ) +
          `<ol class="service-index-list">` +
          section.services
            .map((service, j) => {
              const fee = feeText(service);
              const time = service.timeLimit?.text ?? '';
              return (
                `<li><a href="#${esc(section.anchors[j])}"><span class="service-number">${esc(serialLabel(service.number, j))}</span> <span class="service-index-name">${esc(service.name)}</span></a>` +
                when(
                  fee || time,
                  () =>
                    `<span class="service-index-facts">` +
                    when(fee, () => `<span class="si-fee"><span class="visually-hidden">${esc(t('charter.index.fee'))}: </span>${esc(fee)}</span>`) +
                    when(fee && time, () => ' · ') +
                    when(time, () => `<span class="si-time"><span class="visually-hidden">${esc(t('charter.col.time'))}: </span>${esc(time)}</span>`) +
                    `</span>`,
                ) +
                `</li>`
              );
            })
            .join('') +
          `</ol>`,
      )
      .join('') +
    `</nav>`
  );
}

/** CharterView.astro: services first (a jump list, then each service), then officers, expectations, GRS, vision and mission. */
export function charterView(charter: Charter): string {
  const listed = SECTIONS.map((key) => ({ key, heading: charter.services?.[key]?.heading, services: charter.services?.[key]?.services ?? [] })).filter(
    (s) => s.services.length > 0,
  );
  const all = listed.flatMap((s) => s.services);
  const anchors = serviceAnchors(all.map((s) => s.name));
  let at = 0;
  const sections = listed.map((s) => {
    const sectionAnchors = anchors.slice(at, at + s.services.length);
    at += s.services.length;
    return { key: s.key, title: s.heading ?? t(`charter.section.${s.key}` as StringKey), services: s.services, anchors: sectionAnchors };
  });
  const officers = charterOfficers(all);
  const grs = charter.grs ?? [];
  const expectations = (charter.expectations ?? []).filter((e) => e.trim());
  return (
    when(sections.length > 0, () => serviceIndex(sections)) +
    `<section aria-labelledby="services" class="services"><h2 id="services" class="visually-hidden">${esc(t('charter.services'))}</h2>` +
    sections
      .map(
        (section, i) =>
          `<section class="service-section" aria-labelledby="section-${section.key}">` +
          `<h3 id="section-${section.key}">${esc(bn(`২.${i + 1}`))} ${esc(section.title)} <span class="count">(${esc(bnCountOf(section.services.length, t('charter.serviceWord')))})</span></h3>` +
          serviceTable(section.services, section.title, `services-${section.key}`, section.anchors, officers.idOf) +
          `</section>`,
      )
      .join('') +
    standardChangesHtml(charter) +
    `</section>` +
    when(
      officers.shared.length > 0,
      () =>
        `<section class="officers" aria-labelledby="officers"><h2 id="officers">${esc(t('charter.officers'))}</h2>` +
        officers.shared.map((o) => `<div class="officer" id="${esc(o.id)}">${personBlock(o.officer)}</div>`).join('') +
        `</section>`,
    ) +
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
      charter.vision?.trim() || charter.mission?.trim(),
      () =>
        `<section aria-labelledby="vision-mission" class="vision-mission">` +
        `<h2 id="vision-mission">${esc(t('charter.visionMission'))}</h2>` +
        when(charter.vision?.trim(), () => `<h3>${esc(t('charter.vision'))}</h3><p>${esc(charter.vision)}</p>`) +
        when(charter.mission?.trim(), () => `<h3>${esc(t('charter.mission'))}</h3><p>${esc(charter.mission)}</p>`) +
        `</section>`,
    ) +
    when(
      charter.signatory,
      () =>
        `<section class="signature" aria-label="${esc(t('doc.signatory'))}">${when(charter.datePrinted, () => `<p>${esc(charter.datePrinted)}</p>`)}${personBlock(charter.signatory!)}</section>`,
    )
  );
}

/**
 * DualDate.astro: a date in both calendars, the one format of every page (the text is
 * dualDateText()'s). A letter's printed Bangla date is shown as printed: the signed
 * paper is what the citizen compares with, and a mismatch is the editor's warning
 * (`bangla-date-mismatch`), not the citizen's. An unfinished date shows as typed.
 */
export function dualDateHtml(iso: string | undefined, printedBangla?: string): string {
  if (!iso) return '';
  try {
    const gregorian = formatGregorianDateBn(iso);
    // The same text as dualDateText(iso, printedBangla), split so the Bangla date can be styled.
    const bangla = printedBangla?.trim() || formatBanglaDate(toBanglaDate(iso));
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
  // An empty cell carries no label: on a phone (cards) it is not shown at all, so no card reads "সময়সীমা:" and nothing.
  const cell = (label: StringKey, html: string) => (html.trim() ? `<td data-label="${esc(t(label))}">${html}</td>` : `<td class="empty"></td>`);
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
    when(minutes.meetingKind, () => `<dt>${esc(t('minutes.meeting'))}</dt><dd>${esc(t(`minutes.kind.${minutes.meetingKind}` as StringKey))}</dd>`) +
    when(
      fy,
      () =>
        `<dt>${esc(t('minutes.fiscalYear'))}</dt><dd>${esc(fy)}${when(minutes.quarter, () => esc(`, ${formatQuarterBn(minutes.quarter!)}`))}${when(minutes.meetingNumber, () => esc(` — ${t('minutes.meetingNumber')} ${bn(minutes.meetingNumber!)}`))}</dd>`,
    ) +
    when(hasPerson(minutes.chair), () => `<dt>${esc(t('minutes.chair'))}</dt><dd>${personBlock(minutes.chair ?? {}, true)}</dd>`) +
    when(minutes.meetingDate, () => `<dt>${esc(t('minutes.date'))}</dt><dd>${dualDateHtml(minutes.meetingDate)}</dd>`) +
    when(minutes.time?.trim(), () => `<dt>${esc(t('minutes.time'))}</dt><dd>${esc(minutes.time)}</dd>`) +
    when(minutes.place?.trim(), () => `<dt>${esc(t('minutes.place'))}</dt><dd${attr('lang', langFor(minutes.place))}>${esc(minutes.place)}</dd>`) +
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
          cell('minutes.col.implementer', esc(decision.implementedBy)) +
          cell('minutes.col.due', decision.dueDate ? dualDateHtml(decision.dueDate) : esc(decision.dueText)) +
          `</tr>`,
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

/** LetterFooter.astro: the signatory, memo number, the date (its Bangla date as printed) and the distribution list. */
export function letterFooter(
  letter: Pick<Minutes, 'memoNumber' | 'date' | 'banglaDatePrinted' | 'signatory' | 'distributionHeading' | 'distribution' | 'distributionSignatory'>,
): string {
  const distribution = letter.distribution ?? [];
  // Printed serials are shown as printed (some lists skip numbers), and then the list draws none of its own.
  const printedNumbers = distribution.some((r) => r.number?.trim());
  return (
    `<section class="letter-footer" aria-label="${esc(t('doc.signatory'))}"><div class="signature">${personBlock(letter.signatory ?? {})}</div>` +
    `<dl class="facts">` +
    when(letter.memoNumber?.trim(), () => `<dt>${esc(t('doc.memoNumber'))}</dt><dd class="memo-number">${esc(letter.memoNumber)}</dd>`) +
    when(letter.date, () => `<dt>${esc(t('doc.date'))}</dt><dd>${dualDateHtml(letter.date, letter.banglaDatePrinted)}</dd>`) +
    `</dl>` +
    when(
      distribution.length > 0,
      () =>
        `<section class="distribution" aria-labelledby="distribution-heading"><h2 id="distribution-heading">${esc(letter.distributionHeading ?? t('doc.distribution'))}</h2><ol class="${printedNumbers ? 'distribution-list numbered-as-printed' : 'distribution-list'}">` +
        distribution
          .map(
            (r) =>
              `<li${attr('data-number', r.number)}>${when(printedNumbers, () => `<span class="item-number">${esc(r.number?.trim() ? serialLabel(r.number, 0) : '')}</span> `)}<span class="recipient">${esc(r.recipient)}</span>` +
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

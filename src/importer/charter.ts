/**
 * Citizen charters: vision and mission, service tables by section (নাগরিক /
 * দাপ্তরিক or প্রাতিষ্ঠানিক / অভ্যন্তরীণ), expectations, the GRS escalation
 * table, the date and the signatory. Columns are found by their header words,
 * so 7- and 8-column charters and reordered columns both read.
 *
 * About 395 lines: the service-table reader (one row can open a section, continue the
 * previous service or add one) is the bulk and reads only with its column table.
 */
import { parsePrintedDate } from './dates.ts';
import type { Charter, GrsLevel, Service, ServiceSection } from '../schemas/index.ts';
import type { ImportContext } from './context.ts';
import { cleanDateText, parseFee, parsePersonLines, parsePersonText, parseTimeLimit, splitNumbered, takeItemNumber } from './fields.ts';
import { isShortLine, toPerson } from './letter.ts';
import { squash, stripEmphasis, type Item, type SourceLine, type SourceTable } from './source.ts';
import { columnsOf, isColumnNumberRow, isRepeatedHeader, reportMissingCells } from './tables.ts';

const SERVICE_COLUMNS = {
  name: /সেবার\s*নাম/u,
  fee: /মূল্য|ফি(?![\u0980-\u09FF])/u,
  papers: /কাগজ/u,
  timeLimit: /সময়সীমা|সময়/u,
  officer: /কর্মকর্তা/u,
  remarks: /মন্তব্য/u,
  delivery: /পদ্ধতি/u,
  number: /^ক্র|নং/u,
} as const;

const GRS_COLUMNS = {
  when: /কখন/u,
  contact: /কার\s*(?:সঙ্গে|সাথে)/u,
  address: /ঠিকানা/u,
  timeLimit: /সময়সীমা|সময়/u,
  number: /^ক্র|নং/u,
} as const;

const SECTION_HEADINGS: [RegExp, ServiceSection][] = [
  [/নাগরিক\s*সেবা/u, 'citizen'],
  [/দাপ্তরিক\s*সেবা|প্রাতিষ্ঠানিক\s*সেবা/u, 'office'],
  [/অভ্যন্তরীণ\s*সেবা/u, 'internal'],
];

/** Section numbers printed before headings: "২.১)", "১.", "৩)", "৪.২". */
const NUMBER_PREFIX = /^(?:#+\s*)?(?:[০-৯0-9]+(?:\.[০-৯0-9]+)*\s*[.)]?\s*)?/u;
const STRUCTURAL_HEADING =
  /^(?:ভিশন\s*ও\s*মিশন|রূপকল্প\s*ও\s*অভিলক্ষ্য|সেবা\s+প্রদান\s+প্রতিশ্রুতি|প্রতিশ্রুত\s+সেবা(?:সমূহ)?|সেবাসমূহ|অভিযোগ.*(?:ব্যবস্থাপনা|প্রতিকার).*|আপনার\s+কাছে\s+আমাদের\s+(?:প্রত্যাশা|প্রত্যাশাসমূহ))$/u;

function headingText(text: string): string {
  return stripEmphasis(text).replace(NUMBER_PREFIX, '').trim();
}

/** A heading for matching: English glosses in brackets left out ("রূপকল্প (Vision) ও অভিলক্ষ্য (Mission)"). */
function headingKey(text: string): string {
  return headingText(text)
    .replace(/\s*\([A-Za-z][A-Za-z ,&/.-]*\)/g, '')
    .trim();
}

export function isServiceTable(table: SourceTable): boolean {
  const cols = columnsOf(table.rows[0]?.cells ?? [], SERVICE_COLUMNS);
  return cols.name !== undefined && (cols.officer !== undefined || cols.fee !== undefined);
}

function isGrsTable(table: SourceTable): boolean {
  const cols = columnsOf(table.rows[0]?.cells ?? [], GRS_COLUMNS);
  return cols.when !== undefined || (cols.contact !== undefined && cols.address !== undefined);
}

function isExpectationTable(table: SourceTable, after: string): boolean {
  const header = table.rows[0]?.cells.join(' ') ?? '';
  return /করণীয়|প্রত্যাশা/u.test(header) || (/প্রত্যাশা/u.test(after) && (table.rows[0]?.cells.length ?? 0) <= 3);
}

/** Text of a labelled block ("ভিশন:" on its own line or with the text after it). */
function takeLabelled(ctx: ImportContext, items: Item[], label: RegExp, field: 'vision' | 'mission'): string | undefined {
  const at = items.findIndex((it) => it.kind === 'line' && !it.used && label.test(headingText(it.text)) && !STRUCTURAL_HEADING.test(headingKey(it.text)));
  if (at < 0) return undefined;
  const first = items[at] as SourceLine;
  first.used = true;
  const inline = headingText(first.text).replace(label, '').trim();
  ctx.at([field], first.line);
  if (inline) return inline;
  const parts: string[] = [];
  for (let i = at + 1; i < items.length; i++) {
    const it = items[i];
    if (!it || it.kind !== 'line' || it.used) break;
    const h = headingText(it.text);
    if (
      /^(?:ভিশন|মিশন|রূপকল্প|অভিলক্ষ্য)\s*[:ঃ]?$/u.test(headingKey(it.text)) ||
      STRUCTURAL_HEADING.test(headingKey(it.text)) ||
      (parts.length && it.text.startsWith('#'))
    )
      break;
    if (parts.length && NUMBER_PREFIX.exec(stripEmphasis(it.text))?.[0].trim() && STRUCTURAL_HEADING.test(h)) break;
    parts.push(stripEmphasis(it.text));
    it.used = true;
    if (parts.length === 1) ctx.at([field], it.line);
    // A vision is one paragraph; a mission may run to a few.
    if (field === 'vision') break;
    const next = items[i + 1];
    if (next && next.kind === 'line' && next.blankBefore) break;
  }
  return parts.length ? squash(parts.join(' ')) : undefined;
}

/** A row with one text across the table (a merged cell): a section heading inside the table, e.g. "দাপ্তরিক সেবা". */
function headingRowText(cells: string[]): string | undefined {
  const filled = [...new Set(cells.map((c) => squash(stripEmphasis(c))).filter(Boolean))];
  return filled.length === 1 && cells.length > 2 ? filled[0] : undefined;
}

type Sections = Record<ServiceSection, { heading?: string; services: Service[] }>;

/** Reads a service table into the sections (a heading row inside the table switches section); returns the section it ends in. */
function serviceRows(ctx: ImportContext, table: SourceTable, sections: Sections, startSection: ServiceSection): ServiceSection {
  let section = startSection;
  const header = table.rows[0]?.cells ?? [];
  const cols = columnsOf(header, SERVICE_COLUMNS);
  reportMissingCells(ctx, table, `services.${section}.services`);
  for (const row of table.rows.slice(1)) {
    if (isColumnNumberRow(row.cells) || isRepeatedHeader(row.cells, header) || row.cells.length !== header.length) continue;
    const across = headingRowText(row.cells);
    if (across !== undefined) {
      const h = headingText(across);
      const sec = SECTION_HEADINGS.find(([re]) => re.test(h));
      if (sec) {
        section = sec[1];
        sections[section].heading = h;
        ctx.at(['services', section, 'heading'], row.line);
      } else {
        ctx.extraBody.push(across);
        ctx.report(
          row.line,
          `services.${section}`,
          'unparsed',
          `the row "${across}" spans the service table but is not a section heading (নাগরিক / দাপ্তরিক / অভ্যন্তরীণ সেবা); it is kept in the body`,
        );
      }
      continue;
    }
    const out = sections[section].services;
    const cell = (k: keyof typeof SERVICE_COLUMNS) => (cols[k] === undefined ? '' : (row.cells[cols[k]] ?? '').trim());
    const index = out.length;
    const path = ['services', section, 'services', index];
    ctx.at(path, row.line);
    const name = squash(stripEmphasis(cell('name')));
    const fee = parseFee(stripEmphasis(cell('fee')));
    const timeLimit = parseTimeLimit(stripEmphasis(cell('timeLimit')));
    const officerText = cell('officer');
    const person = parsePersonText(officerText);
    const missing = [
      !name && 'service name',
      !fee && 'fee',
      !timeLimit && 'time limit',
      !officerText && 'responsible officer',
      !cell('delivery') && 'delivery method',
    ].filter(Boolean);
    if (missing.length) {
      ctx.report(
        row.line,
        path,
        'unparsed',
        `service row ${cell('number') || index + 1} has no ${missing.join(', ')}: the cell is empty; fill it in the source and import again`,
        'error',
      );
      continue;
    }
    let officerName = person.name;
    if (!officerName) {
      // The schema needs a name; a charter that prints only the post names the post.
      officerName = person.designation ? [person.designation, person.office].filter(Boolean).join(', ') : (person.address ?? squash(officerText));
      delete person.designation;
      delete person.office;
      ctx.report(
        row.line,
        [...path, 'officer', 'name'],
        'unparsed',
        `the officer cell "${squash(stripEmphasis(officerText))}" prints no personal name; the post was kept as the name — add the officer's name if the office wants it shown`,
      );
    }
    if (person.note) {
      ctx.report(
        row.line,
        [...path, 'officer', 'note'],
        'unparsed',
        `"${person.note}" in the officer cell is neither a name, a designation nor a whole contact (a cut-off web address?); kept as printed in officer.note — check the source`,
      );
    }
    const papers = (cols.papers === undefined ? [] : cell('papers').split('\n')).flatMap((p) => splitNumbered(stripEmphasis(p)));
    out.push({
      ...(cell('number') ? { number: squash(cell('number')) } : {}),
      name,
      delivery: squash(stripEmphasis(cell('delivery'))),
      papers,
      fee: fee as Service['fee'],
      timeLimit: timeLimit as Service['timeLimit'],
      officer: {
        name: officerName,
        ...(person.designation ? { designation: person.designation } : {}),
        ...(person.office ? { office: person.office } : {}),
        phone: person.phone,
        email: person.email,
        website: person.website,
        ...(person.note ? { note: person.note } : {}),
      },
      ...(cell('remarks') ? { remarks: squash(cell('remarks')) } : {}),
    });
  }
  return section;
}

function grsRows(ctx: ImportContext, table: SourceTable): GrsLevel[] {
  const header = table.rows[0]?.cells ?? [];
  const cols = columnsOf(header, GRS_COLUMNS);
  const out: GrsLevel[] = [];
  reportMissingCells(ctx, table, 'grs');
  for (const row of table.rows.slice(1)) {
    if (isColumnNumberRow(row.cells) || isRepeatedHeader(row.cells, header) || row.cells.length !== header.length) continue;
    const cell = (k: keyof typeof GRS_COLUMNS) => (cols[k] === undefined ? '' : squash(stripEmphasis(row.cells[cols[k]] ?? '')));
    const path = ['grs', out.length];
    ctx.at(path, row.line);
    const person = parsePersonText(cell('address'));
    const timeLimit = parseTimeLimit(cell('timeLimit'));
    if (!cell('when') || !cell('contact') || !timeLimit) {
      ctx.report(
        row.line,
        path,
        'unparsed',
        'a grievance (GRS) row lacks when to contact, whom to contact or the time limit; fill the empty cell and import again',
        'error',
      );
      continue;
    }
    out.push({
      level: out.length + 1,
      when: cell('when'),
      contact: cell('contact'),
      officer: {
        ...(person.name ? { name: person.name } : {}),
        ...(person.designation ? { designation: person.designation } : {}),
        ...(person.office ? { office: person.office } : {}),
        phone: person.phone,
        email: person.email,
        website: person.website,
        ...(person.address || person.note ? { address: [person.address, person.note].filter(Boolean).join(' ') } : {}),
      },
      timeLimit: timeLimit as GrsLevel['timeLimit'],
    });
  }
  return out;
}

export function parseCharter(ctx: ImportContext): { data: Partial<Charter> & Record<string, unknown> } {
  const items = ctx.doc.items;
  const firstTable = items.findIndex((it) => it.kind === 'table');

  // Title: a short line naming the charter before the first table.
  const titleItem = items.find(
    (it, i): it is SourceLine =>
      it.kind === 'line' &&
      !it.used &&
      (firstTable < 0 || i < firstTable) &&
      it.text.length <= 80 &&
      /চার্টার|প্রতিশ্রুতি|নাগরিক\s+সনদ/u.test(it.text) &&
      !STRUCTURAL_HEADING.test(headingKey(it.text)),
  );
  let title: string | undefined;
  if (titleItem) {
    titleItem.used = true;
    title = headingText(titleItem.text);
    ctx.at(['title'], titleItem.line);
  }

  const vision = takeLabelled(ctx, items, /^(?:ভিশন|রূপকল্প)(?![\u0980-\u09FF])(?!(?:\s*\([^)]*\))?\s+ও\s)(?:\s*\(vision\))?\s*[:ঃ]?\s*/iu, 'vision');
  const mission = takeLabelled(ctx, items, /^(?:মিশন|অভিলক্ষ্য)(?![\u0980-\u09FF])(?:\s*\((?:mission)\))?\s*[:ঃ]?\s*/iu, 'mission');

  const services: Sections = {
    citizen: { services: [] },
    office: { services: [] },
    internal: { services: [] },
  };
  const expectations: string[] = [];
  let grs: GrsLevel[] = [];
  let grsIntro: string | undefined;
  let section: ServiceSection | undefined;
  let lastHeading = '';

  items.forEach((it, i) => {
    if (it.kind === 'line') {
      const h = headingText(it.text);
      const sec = h.length <= 60 ? SECTION_HEADINGS.find(([re]) => re.test(h)) : undefined;
      if (sec && !it.used) {
        section = sec[1];
        services[section].heading = h;
        ctx.at(['services', section, 'heading'], it.line);
        it.used = true;
      } else if (!it.used && h.length <= 80 && STRUCTURAL_HEADING.test(headingKey(it.text))) {
        it.used = true;
        lastHeading = h;
      } else if (!it.used && /প্রত্যাশা/u.test(lastHeading) && /^(?:[-*•]|[০-৯0-9]{1,2}\s*[.)।])/u.test(stripEmphasis(it.text))) {
        expectations.push(takeItemNumber(stripEmphasis(it.text)).rest);
        ctx.at(['expectations', expectations.length - 1], it.line);
        it.used = true;
      } else if (!it.used && /অভিযোগ/u.test(lastHeading) && !grs.length && items.slice(i + 1).some((n) => n.kind === 'table' && isGrsTable(n))) {
        grsIntro = grsIntro ? `${grsIntro} ${stripEmphasis(it.text)}` : stripEmphasis(it.text);
        ctx.at(['grsIntro'], it.line);
        it.used = true;
      }
      return;
    }
    if (it.used) return;
    if (isServiceTable(it)) {
      const target = section ?? 'citizen';
      if (!section)
        ctx.report(
          it.line,
          `services.${target}`,
          'unparsed',
          'a service table without a section heading (নাগরিক / দাপ্তরিক / অভ্যন্তরীণ সেবা) before it was read as citizen services; check the section',
        );
      section = serviceRows(ctx, it, services, target);
      it.used = true;
    } else if (isGrsTable(it)) {
      grs = grsRows(ctx, it);
      it.used = true;
    } else if (isExpectationTable(it, lastHeading)) {
      reportMissingCells(ctx, it, 'expectations');
      for (const row of it.rows.slice(1)) {
        const text = squash(stripEmphasis(row.cells[row.cells.length - 1] ?? ''));
        if (!text || isColumnNumberRow(row.cells)) continue;
        expectations.push(text);
        ctx.at(['expectations', expectations.length - 1], row.line);
      }
      it.used = true;
    }
  });

  // The charter's date: a line holding only a date, after the tables; the signatory around it.
  let effectiveDate: string | undefined;
  let datePrinted: string | undefined;
  let dateIndex = -1;
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i];
    if (!it || it.kind !== 'line' || it.used) continue;
    // "১৫/০৪/২০২৪", "তারিখ: ১৫ এপ্রিল ২০২৪", "হালনাগাদের তারিখ: …": the label is not part of the date.
    const t = cleanDateText(it.text).replace(/^[^:ঃ]{0,30}(?:তারিখ|হালনাগাদ)[^:ঃ]{0,10}[:ঃ]\s*/u, '');
    if (t.length <= 40 && parsePrintedDate(t)) {
      datePrinted = t;
      effectiveDate = parsePrintedDate(t) ?? undefined;
      it.used = true;
      dateIndex = i;
      ctx.at(['datePrinted'], it.line);
      ctx.at(['effectiveDate'], it.line);
      break;
    }
    if (it.kind === 'line' && !isShortLine(it)) break;
  }
  let signatory;
  if (dateIndex >= 0) {
    const after: SourceLine[] = [];
    for (let i = dateIndex + 1; i < items.length && isShortLine(items[i]); i++) after.push(items[i] as SourceLine);
    const before: SourceLine[] = [];
    for (let i = dateIndex - 1; i >= 0 && isShortLine(items[i]) && !after.length; i--) before.unshift(items[i] as SourceLine);
    const lines = after.length ? after : before;
    const person = lines.length ? toPerson(parsePersonLines(lines.map((l) => l.text))) : undefined;
    if (person) {
      signatory = person;
      for (const l of lines) l.used = true;
      ctx.at(['signatory'], lines[0]?.line ?? 1);
      lines.forEach((l) => person.phone.forEach((p, k) => l.text.includes(p) && ctx.at(['signatory', 'phone', k], l.line)));
    }
  }

  const allServices = services.citizen.services.length + services.office.services.length + services.internal.services.length;
  if (!allServices)
    ctx.report(1, 'services', 'unparsed', 'no service table (with a সেবার নাম column) was found; the charter has no services — the text stays in the body');

  // Heading before rows, as an editor reads it.
  const sections = Object.fromEntries(
    (Object.keys(services) as ServiceSection[]).map((k) => [
      k,
      { ...(services[k].heading ? { heading: services[k].heading } : {}), services: services[k].services },
    ]),
  );
  const data = {
    ...(title ? { title } : {}),
    ...(effectiveDate ? { effectiveDate } : {}),
    ...(datePrinted ? { datePrinted } : {}),
    ...(vision ? { vision } : {}),
    ...(mission ? { mission } : {}),
    services: sections,
    ...(expectations.length ? { expectations } : {}),
    ...(grsIntro ? { grsIntro } : {}),
    ...(grs.length ? { grs } : {}),
    ...(signatory ? { signatory } : {}),
  };
  return { data: data as Partial<Charter> & Record<string, unknown> };
}

/**
 * Minutes (সভার কার্যবিবরণী): header (title, chair, date, time, place,
 * attendance), agenda in any of the printed shapes, decisions with who
 * implements them and by when, committees formed, then the letter parts.
 *
 * Agenda shapes read (./agenda.ts):
 * - a table with columns বিষয় · আলোচনা · সিদ্ধান্ত · বাস্তবায়নকারী (any of
 *   them optional, in any order; tab, `<p>`, pipe, Markdown or Word rows);
 * - numbered sections "১.০ আলোচ্য বিষয়: …", "১.১ আলোচনা: …", "১.২ সিদ্ধান্ত: …";
 * - a list of decisions after "গৃহীত সিদ্ধান্ত:" / "সিদ্ধান্তসমূহ:", each filed
 *   under the numbered item of an earlier table it cites ("এর ১.১ কার্যক্রম").
 */
import {
  SECTION_LABEL,
  TIME_WORD,
  agendaFromDecisionList,
  agendaFromNumberedParagraphs,
  agendaFromSections,
  agendaFromTable,
  isAgendaTable,
} from './agenda.ts';
import { fiscalQuarterOf, parseFiscalYear } from '../domain/fiscal-year.ts';
import { findMeetingDate, parsePrintedDate } from './dates.ts';
import type { AgendaItem, Minutes, Person } from '../schemas/index.ts';
import type { ImportContext } from './context.ts';
import { cleanDateText, parseOrdinal, parsePersonLines, takeItemNumber } from './fields.ts';
import { parseAppointmentTables } from './appointments.ts';
import { letterData, parseLetter, toPerson } from './letter.ts';
import { squash, stripEmphasis, type Item, type SourceLine } from './source.ts';

const HEADER_LABELS: [RegExp, 'chair' | 'date' | 'dateTime' | 'time' | 'place' | 'attendance'][] = [
  [/^সভাপতি(?:ত্ব\s+করেন)?$/u, 'chair'],
  [/^(?:সভার\s+)?তারিখ\s*ও\s*সময়$/u, 'dateTime'],
  [/^(?:সভার\s+)?তারিখ$/u, 'date'],
  [/^(?:সভার\s+)?সময়$/u, 'time'],
  [/^(?:সভার\s+)?স্থান$/u, 'place'],
  [/^উপস্থিতি$|^উপস্থিত\s*(?:সদস্য|কর্মকর্তা)\S*(?:\s+তালিকা)?$|^উপস্থিত\s+সদস্যবৃন্দ$/u, 'attendance'],
];

function headerLabel(key: string): (typeof HEADER_LABELS)[number][1] | undefined {
  const k = squash(stripEmphasis(key));
  return HEADER_LABELS.find(([re]) => re.test(k))?.[1];
}

/** People listed under an attendance label: numbered lines, or a table with a name column. */
function attendeeList(ctx: ImportContext, items: Item[], start: number): Person[] {
  const out: Person[] = [];
  const first = items[start];
  if (first?.kind === 'table' && !first.used) {
    const header = first.rows[0]?.cells ?? [];
    const nameCol = header.findIndex((c) => /নাম/u.test(c));
    if (nameCol < 0) return out;
    first.used = true;
    for (const row of first.rows.slice(1)) {
      const text = row.cells
        .filter((c, i) => i !== 0 || !/^[০-৯0-9]{1,3}[.।)]?$/u.test(c.trim()))
        .map((c) => squash(c))
        .filter(Boolean)
        .join(', ');
      const person = toPerson(parsePersonLines([text]), text);
      if (!person) continue;
      ctx.at(['attendees', out.length], row.line);
      out.push(person);
    }
    return out;
  }
  for (let j = start; j < items.length; j++) {
    const it = items[j];
    if (!it || it.kind !== 'line' || it.used) break;
    const { number, rest } = takeItemNumber(stripEmphasis(it.text));
    if (!number && !/^[-*•]\s/u.test(it.text)) break;
    const person = toPerson(parsePersonLines([rest]), rest);
    if (!person) break;
    it.used = true;
    ctx.at(['attendees', out.length], it.line);
    out.push(person);
  }
  return out;
}

/** A meeting's name as a title: "… টিমের ৪র্থ সভা", "মাসিক সভা", "৩য় ত্রৈমাসিক সমন্বয় সভা" (not a sentence mentioning a meeting). */
const MEETING_TITLE =
  /(?:[০-৯0-9]{1,2}\s*(?:ম|য়|য়|র্থ|ষ্ঠ|তম)|মাসিক|ত্রৈমাসিক|সমন্বয়|পরিবীক্ষণ|বিশেষ|জরুরি|জরুরী|সাধারণ)\s+(?:\S+\s+){0,2}সভা(?:র\s+কার্যবিবরণী)?\s*[।:ঃ]?$/u;

export function isMeetingTitle(text: string): boolean {
  const t = stripEmphasis(text).replace(/^#+\s*/u, '');
  return t.length <= 200 && !/অনুষ্ঠিত|হবে|করেন/u.test(t) && MEETING_TITLE.test(t);
}

const HONORIFIC_START = '(?:জনাব|জনাবা|বেগম|ড\\.|ডঃ|ডাঃ|মোঃ|মো:|প্রফেসর|অধ্যাপক)';

/** "সভায় সভাপতিত্ব করেন জনাব ক, পদবি।" / "জনাব ক, পদবি-এর সভাপতিত্বে": the chair named in prose. */
function proseChair(items: Item[]): { person: Person; line: number } | undefined {
  for (const it of items) {
    if (it.kind !== 'line') continue;
    const text = stripEmphasis(it.text);
    const m = /সভাপতিত্ব\s+করেন\s+([^।]+)/u.exec(text) ?? new RegExp(`(${HONORIFIC_START}[^।]*?)[\\s-]*(?:এর|এঁর)\\s+সভাপতিত্বে`, 'u').exec(text);
    if (!m) continue;
    const person = toPerson(parsePersonLines([squash(m[1] ?? '')]), squash(m[1] ?? ''));
    if (person) return { person, line: it.line };
  }
  return undefined;
}

/** "… তারিখে উপজেলা নির্বাহী অফিসারের সভাকক্ষে … সভা অনুষ্ঠিত হয়": where a meeting was held, named in prose. */
export function prosePlace(text: string): string | undefined {
  const m = /((?:[^\s,।]+\s+){0,3}(?:সভাকক্ষ|সম্মেলন\s*কক্ষ|কনফারেন্স\s*রুম|মিলনায়তন|হলরুম|হল\s+রুম))(?:ে|এ)\s/u.exec(text);
  if (!m || !/সভা/u.test(text.slice(m.index))) return undefined;
  const words = (m[1] ?? '').split(/\s+/);
  const after = words.findLastIndex((w) => /তারিখে|^গত$|^অদ্য$|ঘটিকায়|টায়$/u.test(w));
  return words.slice(after + 1).join(' ') || undefined;
}

/** "সভায় উপস্থিত ছিলেন জনাব ক, পদবি, জনাবা খ, পদবি ও জনাব গ, পদবি।": each person named. */
export function proseAttendees(text: string): Person[] {
  const m = /উপস্থিত\s+ছিলেন\s*[:ঃ]?\s*([^।]+)/u.exec(text);
  if (!m) return [];
  const parts = (m[1] ?? '').split(new RegExp(`(?:,|\\s+ও|\\s+এবং)\\s+(?=${HONORIFIC_START})`, 'u'));
  return parts
    .map((p) => squash(p))
    .filter(Boolean)
    .flatMap((p) => toPerson(parsePersonLines([p]), p) ?? []);
}

export interface MinutesResult {
  data: Partial<Minutes> & Record<string, unknown>;
}

export function parseMinutes(ctx: ImportContext): MinutesResult {
  const items = ctx.doc.items;
  const letter = parseLetter(ctx, items);

  // Title: the line naming the minutes (কার্যবিবরণী), without a "বিষয়:" label; else a meeting's name ("… টিমের ৪র্থ সভা", "মাসিক সভা").
  const titleItem =
    items.find((it): it is SourceLine => it.kind === 'line' && !it.used && /কার্যবিবরণী/u.test(it.text)) ??
    items.slice(0, 25).find((it): it is SourceLine => it.kind === 'line' && !it.used && isMeetingTitle(it.text));
  let title = '';
  if (titleItem) {
    titleItem.used = true;
    title = stripEmphasis(titleItem.text)
      .replace(/^#+\s*/, '')
      .replace(/^বিষয়\s*[:ঃ]\s*/u, '')
      .replace(/\s*[:ঃ]$/u, '')
      .trim();
    ctx.at(['title'], titleItem.line);
  }

  // Header fields: "label: value" lines (continued on following lines) or rows of a two-column table.
  const header: Partial<Record<'chair' | 'date' | 'dateTime' | 'time' | 'place' | 'attendance', { lines: string[]; line: number }>> = {};
  const attendees: Person[] = [];
  const firstAgenda = items.findIndex((it) => (it.kind === 'table' && isAgendaTable(it)) || (it.kind === 'line' && SECTION_LABEL.test(stripEmphasis(it.text))));
  const headerEnd = firstAgenda >= 0 ? firstAgenda : items.length;
  for (let i = 0; i < headerEnd; i++) {
    const it = items[i];
    if (!it || it.used) continue;
    if (it.kind === 'table') {
      if (it.rows.every((r) => r.cells.length === 2) && it.rows.some((r) => headerLabel(r.cells[0] ?? ''))) {
        for (const row of it.rows) {
          const label = headerLabel(row.cells[0] ?? '');
          if (label && !header[label]) header[label] = { lines: [squash(row.cells[1] ?? '')], line: row.line };
        }
        if (it.rows.every((r) => headerLabel(r.cells[0] ?? ''))) it.used = true;
      }
      continue;
    }
    const m = /^([^:ঃ]{2,40}?)\s*[:ঃ]\s*(.*)$/u.exec(stripEmphasis(it.text));
    const label = m ? headerLabel(m[1] ?? '') : undefined;
    if (!m || !label || header[label]) continue;
    it.used = true;
    const entry = { lines: m[2] ? [m[2]] : [], line: it.line };
    header[label] = entry;
    if (label === 'attendance' && !m[2]) {
      attendees.push(...attendeeList(ctx, items, i + 1));
      continue;
    }
    for (let j = i + 1; j < headerEnd; j++) {
      const next = items[j];
      if (!next || next.kind !== 'line' || next.used || next.blankBefore) break;
      const nm = /^([^:ঃ]{2,40}?)\s*[:ঃ]/u.exec(stripEmphasis(next.text));
      if (nm && headerLabel(nm[1] ?? '')) break;
      entry.lines.push(stripEmphasis(next.text));
      next.used = true;
    }
  }

  if (header.attendance && !header.attendance.lines.length) delete header.attendance;

  let chair: Person | undefined;
  if (header.chair) {
    chair = toPerson(parsePersonLines(header.chair.lines));
    ctx.at(['chair'], header.chair.line);
  }
  let meetingDatePrinted: string | undefined;
  let time: string | undefined;
  if (header.dateTime) {
    const joined = squash(header.dateTime.lines.join(' '));
    const t = TIME_WORD.exec(joined);
    meetingDatePrinted = cleanDateText(t ? joined.slice(0, t.index) : joined);
    if (t) time = t[1];
    ctx.at(['meetingDatePrinted'], header.dateTime.line);
    ctx.at(['time'], header.dateTime.line);
  }
  if (header.date) {
    meetingDatePrinted = cleanDateText(header.date.lines.join(' '));
    ctx.at(['meetingDatePrinted'], header.date.line);
  }
  if (header.time) {
    time = squash(header.time.lines.join(' '));
    ctx.at(['time'], header.time.line);
  }
  let place = header.place ? squash(header.place.lines.join(' ')) : undefined;
  if (header.place) ctx.at(['place'], header.place.line);
  if (!place) {
    for (const it of items) {
      const found = it.kind === 'line' ? prosePlace(stripEmphasis(it.text)) : undefined;
      if (!found) continue;
      place = found;
      ctx.at(['place'], it.line);
      break;
    }
  }
  const attendeesNote = header.attendance ? squash(header.attendance.lines.join(' ')) : undefined;
  if (header.attendance) ctx.at(['attendeesNote'], header.attendance.line);

  // No labelled date: the date of the sentence saying the meeting was held ("গত ২১ সেপ্টম্বর, ২০১৭ তারিখে … সভা অনুষ্ঠিত হয়").
  if (!meetingDatePrinted) {
    const prose = items.filter((it): it is SourceLine => it.kind === 'line' && !it.used);
    const found = findMeetingDate(prose.map((l) => stripEmphasis(l.text)));
    const at = found ? prose[found.sentence] : undefined;
    if (found && at) {
      meetingDatePrinted = found.text;
      ctx.at(['meetingDatePrinted'], at.line);
    }
  }
  let meetingDate = meetingDatePrinted ? (parsePrintedDate(meetingDatePrinted) ?? undefined) : undefined;
  ctx.at(['meetingDate'], ctx.lineOf(['meetingDatePrinted']));
  // Chair and attendees named in running prose, when no labelled header gave them.
  if (!chair) {
    const prose = proseChair(items);
    if (prose) {
      chair = prose.person;
      ctx.at(['chair'], prose.line);
    }
  }
  if (!attendees.length) {
    for (const it of items) {
      if (it.kind !== 'line') continue;
      const people = proseAttendees(stripEmphasis(it.text));
      if (!people.length) continue;
      people.forEach((_, k) => ctx.at(['attendees', attendees.length + k], it.line));
      attendees.push(...people);
      break;
    }
  }
  if (!meetingDate && letter.date) {
    meetingDate = letter.date;
    ctx.report(
      ctx.lineOf(['meetingDatePrinted']),
      'meetingDate',
      'unparsed',
      `no meeting date could be read${meetingDatePrinted ? ` from "${meetingDatePrinted}"` : ''}; the letter's date ${letter.date} was used — correct meetingDate if the meeting was earlier`,
    );
  }

  // Agenda, in every shape present, in document order of discovery.
  const agenda: AgendaItem[] = [];
  for (const it of items) if (it.kind === 'table' && !it.used && isAgendaTable(it)) agendaFromTable(ctx, it, agenda);
  agendaFromSections(ctx, items, agenda);
  const appointments = parseAppointmentTables(ctx, items);
  agendaFromDecisionList(ctx, items, agenda);
  if (!agenda.length) agendaFromNumberedParagraphs(ctx, items, agenda, title);
  if (!agenda.length) {
    agenda.push({ topic: title || 'সভার আলোচ্যসূচি', decisions: [] });
    ctx.report(
      titleItem?.line ?? 1,
      'agenda',
      'unparsed',
      'no agenda table, numbered agenda sections or decision list was found; the minutes got one agenda item named after the title and the text stays in the body — split it into items by hand',
    );
  }

  const kindText = `${title} ${items
    .filter((i): i is SourceLine => i.kind === 'line')
    .slice(0, 12)
    .map((l) => l.text)
    .join(' ')}`;
  const meetingKind = /সেবা\s+প্রদান\s+প্রতিশ্রুতি|সিটিজেন\s+চার্টার/u.test(title)
    ? 'charter-monitoring'
    : /উদ্ভাবন|ইনোভেশন/u.test(title)
      ? 'innovation'
      : /সেবা\s+প্রদান\s+প্রতিশ্রুতি|সিটিজেন\s+চার্টার/u.test(kindText)
        ? 'charter-monitoring'
        : 'other';
  ctx.at(['meetingKind'], titleItem?.line ?? 1);

  // Fiscal year: printed in the title ("২০২২-২০২৩ অর্থবছরের"), else the one the meeting date falls in.
  const fyMatch = /([০-৯0-9]{4}\s*-\s*[০-৯0-9]{2,4})\s*(?:অর্থ\s*বছর|অর্থবছর)/u.exec(title);
  let fiscalYear = fyMatch ? (parseFiscalYear(fyMatch[1]?.replace(/\s/g, '') ?? '') ?? undefined) : undefined;
  ctx.at(['fiscalYear'], titleItem?.line ?? 1);
  if (!fiscalYear && meetingDate) fiscalYear = fiscalQuarterOf(meetingDate).fiscalYear;

  // Quarter: printed ("৪র্থ ত্রৈমাসিক"), else for a charter monitoring meeting (quarterly by rule) the meeting's quarter.
  const quarterMatch = /([০-৯0-9])\s*(?:ম|য়|র্থ)\s+ত্রৈমাসিক/u.exec(title);
  let quarter = quarterMatch ? Number(parseOrdinal(quarterMatch[0])) : undefined;
  if (quarter === undefined && meetingKind === 'charter-monitoring' && meetingDate) quarter = fiscalQuarterOf(meetingDate).quarter;
  ctx.at(['quarter'], titleItem?.line ?? 1);
  const meetingNumberMatch = /([০-৯0-9]{1,2}\s*(?:ম|য়|র্থ|ষ্ঠ|তম))\s+(?:ত্রৈমাসিক\s+)?(?:সমন্বয়\s+)?সভা/u.exec(title);
  const meetingNumber = meetingNumberMatch ? parseOrdinal(meetingNumberMatch[1] ?? '') : undefined;
  ctx.at(['meetingNumber'], titleItem?.line ?? 1);

  const data: MinutesResult['data'] = {
    title,
    meetingKind,
    ...(fiscalYear ? { fiscalYear } : {}),
    ...(quarter && quarter >= 1 && quarter <= 4 ? { quarter: quarter as 1 | 2 | 3 | 4 } : {}),
    ...(meetingNumber ? { meetingNumber } : {}),
    ...(meetingDate ? { meetingDate } : {}),
    ...(meetingDatePrinted ? { meetingDatePrinted } : {}),
    ...(time ? { time } : {}),
    ...(place ? { place } : {}),
    ...(chair ? { chair } : {}),
    ...(attendees.length ? { attendees } : {}),
    ...(attendeesNote ? { attendeesNote } : {}),
    agenda,
    ...(appointments.length ? { appointments } : {}),
    ...letterData(letter),
  };
  return { data };
}

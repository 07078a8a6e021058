/**
 * Appointments in office orders and minutes: who is made focal point, alternate,
 * committee chair, member or member-secretary, read from appointment tables and
 * from sentences ("… কে ফোকাল পয়েন্ট কর্মকর্তা …").
 */
import type { Appointment } from '../schemas/index.ts';
import type { ImportContext } from './context.ts';
import { parsePersonLines } from './fields.ts';
import { squash, stripEmphasis, type Item } from './source.ts';
import { reportMissingCells } from './tables.ts';
import { toPerson } from './letter.ts';

const ROLE_WORDS: [RegExp, Appointment['role']][] = [
  [/^সদস্য[\s-]*সচিব/u, 'committee-member-secretary'],
  [/^(?:আহবায়ক|আহ্বায়ক)/u, 'committee-convener'],
  [/^সভাপতি/u, 'committee-chair'],
  [/^সদস্য/u, 'committee-member'],
  [/^বিকল্প\s+ফোকাল\s+পয়েন্ট/u, 'alternate-focal-point'],
  [/^ফোকাল\s+পয়েন্ট/u, 'focal-point'],
];

function roleOf(text: string): Appointment['role'] | undefined {
  const t = squash(stripEmphasis(text));
  if (t.length > 40) return undefined;
  return ROLE_WORDS.find(([re]) => re.test(t))?.[1];
}

function committeeOf(context: string): Appointment['committee'] {
  if (/উপ-?\s?কমিটি/u.test(context)) return 'sub-committee';
  if (/পরিবীক্ষণ\s+কমিটি|সেবা\s+প্রদান\s+প্রতিশ্রুতি|সিটিজেন\s+চার্টার/u.test(context)) return 'charter-monitoring';
  if (/ইনোভেশন|উদ্ভাবন/u.test(context)) return 'innovation';
  return 'other';
}

const NUMBER_CELL = /^[০-৯0-9]{1,3}[.।)]?$/u;
const HONORIFIC_WORD = /^(?:জনাব|জনাবা|বেগম|ড\.|ডঃ|ডাঃ|মোঃ|মো:|মোছাঃ|মোসাঃ|ইঞ্জিঃ)$/u;
/** "-কে বিকল্প ফোকাল পয়েন্ট কর্মকর্তা": the role after -কে. */
const FOCAL_ROLE = /কে\s+((?:বিকল্প\s+)?ফোকাল\s+পয়েন্ট(?:\s+কর্মকর্তা)?)/gu;
const isDashOrSpace = (ch: string | undefined) => ch !== undefined && /[\s-]/u.test(ch);

/**
 * "… ক, পদবি-কে বিকল্প ফোকাল পয়েন্ট কর্মকর্তা …": the text before -কে (back to the
 * last । or ;, without the dashes and spaces before কে), and the role. Found in one
 * pass: the single regular expression this replaces, /([^।;]*?)[\s-]*কে…/g, tried
 * every start position to the end of the line, and took minutes on a long line
 * without "কে" (found by fuzzing).
 */
function* focalMentions(text: string): Generator<[person: string, role: string]> {
  let floor = 0;
  for (const m of text.matchAll(FOCAL_ROLE)) {
    let end = m.index;
    while (end > floor && isDashOrSpace(text[end - 1])) end--;
    let start = floor;
    for (let i = floor; i < end; i++) if (text[i] === '।' || text[i] === ';') start = i + 1;
    floor = m.index + m[0].length;
    yield [text.slice(start, end), m[1] ?? ''];
  }
}

/** `text` without the dashes and spaces it ends with (a loop: `/[\s-]*$/` is quadratic on long inner runs). */
function trimDashesAndSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && isDashOrSpace(text[end - 1])) end--;
  return text.slice(0, end);
}
const ROLE_LINE =
  /^(?:[-*•]\s*)?(?:\(?[০-৯0-9]{1,2}\s*[।.)]\s*)?(.{4,}?)\s*[-–—:ঃ]\s*((?:সভাপতি|আহবায়ক|আহ্বায়ক|সদস্য(?:[\s-]*সচিব)?|(?:বিকল্প\s+)?ফোকাল\s+পয়েন্ট(?:\s+কর্মকর্তা)?))\s*[।,;]?$/u;

function appointmentOf(personText: string, roleText: string, context: string): Appointment | undefined {
  const parsed = parsePersonLines([personText]);
  const person = toPerson(parsed, squash(personText));
  if (!person) return undefined;
  const role = roleOf(roleText) ?? 'other';
  return { person, role, roleText, ...(role.startsWith('committee') ? { committee: committeeOf(context) } : {}) };
}

/**
 * People named in a role: tables with a role column (আহবায়ক, সদস্য, সদস্য সচিব,
 * ফোকাল পয়েন্ট, বিকল্প ফোকাল পয়েন্ট) anywhere in the row, and numbered lines
 * "১। জনাব ক, পদবি - সদস্য". The committee is named by the text just before.
 */
export function parseAppointmentTables(ctx: ImportContext, items: Item[]): Appointment[] {
  const out: Appointment[] = [];
  const contextBefore = (index: number) =>
    items
      .slice(Math.max(0, index - 3), index)
      .map((it) => (it.kind === 'line' ? it.text : ''))
      .join(' ');
  items.forEach((item, index) => {
    if (item.kind === 'line') {
      if (item.used) return;
      const m = ROLE_LINE.exec(stripEmphasis(item.text));
      const neighbour = [items[index - 1], items[index + 1]].some((n) => n?.kind === 'line' && ROLE_LINE.test(stripEmphasis(n.text)));
      if (!m || !neighbour) return;
      const appointment = appointmentOf(m[1] ?? '', squash(m[2] ?? ''), contextBefore(index));
      if (!appointment) return;
      item.used = true;
      ctx.at(['appointments', out.length], item.line);
      out.push(appointment);
      return;
    }
    if (item.used) return;
    const width = item.rows[0]?.cells.length ?? 0;
    const header = item.rows[0];
    const hasHeader = Boolean(header && header.cells.every((c) => !roleOf(c)) && /নাম|পদবি|ক্রম|দায়িত্ব/u.test(header.cells.join(' ')));
    const data = item.rows.slice(hasHeader ? 1 : 0);
    const roleColumn = Array.from({ length: width }, (_, c) => c).find((c) => data.length > 0 && data.every((r) => roleOf(r.cells[c] ?? '')));
    if (roleColumn === undefined || width < 2) return;
    item.used = true;
    reportMissingCells(ctx, item, 'appointments');
    for (const row of data) {
      const roleText = squash(row.cells[roleColumn] ?? '');
      const personText = row.cells
        .filter((c, i) => i !== roleColumn && c.trim() && !NUMBER_CELL.test(c.trim()))
        .map((c) => squash(c))
        .join(', ');
      const appointment = appointmentOf(personText, roleText, contextBefore(index));
      if (!appointment) continue;
      ctx.at(['appointments', out.length], row.line);
      out.push(appointment);
    }
  });
  // Focal points named in the order's text: "জনাব ক, পদবি-কে ফোকাল পয়েন্ট কর্মকর্তা … মনোনয়ন করা হলো।"
  if (!out.some((a) => a.role === 'focal-point' || a.role === 'alternate-focal-point')) {
    items.forEach((item) => {
      if (item.kind !== 'line' || item.used) return;
      for (const [before, roleText] of focalMentions(stripEmphasis(item.text))) {
        // The person starts at the last run of honorifics before "-কে" ("জনাব মোঃ করিম …").
        const words = before.trim().split(/\s+/);
        let start = words.map((w) => HONORIFIC_WORD.test(w)).lastIndexOf(true);
        if (start < 0) continue;
        while (start > 0 && HONORIFIC_WORD.test(words[start - 1] ?? '')) start -= 1;
        const personText = trimDashesAndSpaces(words.slice(start).join(' '));
        const appointment = appointmentOf(personText, squash(roleText), '');
        if (!appointment || appointment.person.name.length > 80) continue;
        ctx.at(['appointments', out.length], item.line);
        out.push(appointment);
      }
    });
  }
  return out;
}

/**
 * The parts every official letter shares (minutes and office orders): memo
 * number, dual date, signatory, distribution list and the forwarding
 * signatory, and people blocks; `letterData` gives them in schema order.
 * Appointment tables, which orders and minutes both print, are ./appointments.ts.
 */
import { parseBanglaDate, fromBanglaDate, isValidBanglaDate } from '../domain/bangla-calendar.ts';
import { parsePrintedDate } from './dates.ts';
import type { Person, Recipient } from '../schemas/index.ts';
import type { FieldPath, ImportContext } from './context.ts';
import { cleanDateText, parsePersonLines, takeItemNumber, type ParsedPerson } from './fields.ts';
import { squash, stripEmphasis, type Item, type SourceLine } from './source.ts';

export interface LetterParts {
  memoNumber?: string;
  date?: string;
  banglaDatePrinted?: string;
  gregorianDatePrinted?: string;
  signatory?: Person;
  distributionHeading?: string;
  distribution: Recipient[];
  distributionSignatory?: Person;
  /** Index of the memo line in the items, when found. */
  memoIndex?: number;
}

// "স্মারক নং: …", "পত্র সংখ্যা: …", and a bare "নং : ২০১৭-০৪" as small offices print it.
const MEMO = /^(?:(?:স্মারক|পত্র|স্মাঃ|স্মা\.)\s*(?:নং|নম্বর|সংখ্যা|নং\.)?|নং(?=\s*[:ঃ.-]))\s*[-:ঃ.]*\s*(.*[০-৯0-9].*)$/u;
const DIST_HEADING = /^(?:অনুলিপি|বিতরণ|প্রাপক|সদয়\s+অবগতি|অবগতি\s+ও|কার্যার্থে|সদয়\s+জ্ঞাতার্থে)|প্রেরণ\s+করা\s+(?:হলো|হল|হইল)\s*[:ঃ]?$/u;
const ITEM_START = /^(?:[-*•]\s+|[০-৯0-9]{1,3}\s*[।).](?![০-৯0-9])|\(\s*[০-৯0-9]{1,3}\s*\))/u;

/** A line that can belong to a signature block: short, not a sentence. */
export function isShortLine(item: Item | undefined): item is SourceLine {
  if (!item || item.kind !== 'line' || item.used) return false;
  const t = stripEmphasis(item.text);
  if (!t || t.startsWith('#') || t.length > 80) return false;
  return !(/।$/u.test(t) && t.split(/\s+/).length >= 8);
}

/** A Person for the schema from parsed parts (empty lists kept: the schema defaults them anyway). */
export function toPerson(p: ParsedPerson, fallbackName?: string): Person | undefined {
  const name = p.name ?? fallbackName;
  if (!name) return undefined;
  // A post printed without a name is the name as a whole; it is not repeated as designation.
  const own = p.name !== undefined;
  return {
    name,
    ...(own && p.designation ? { designation: p.designation } : {}),
    ...(own && p.office ? { office: p.office } : {}),
    phone: p.phone,
    email: p.email,
  };
}

/** Purpose of a distribution from its wording: অবগতি (information), কার্যার্থে / ব্যবস্থা (action). */
export function purposeOf(text: string): Recipient['purpose'] {
  const info = /অবগতি|জ্ঞাতার্থে/u.test(text);
  const action = /কার্যার্থে|ব্যবস্থা\s+গ্রহণ|প্রয়োজনীয়\s+ব্যবস্থা|কার্যক্রম\s+গ্রহণ/u.test(text);
  return info && action ? 'information-and-action' : info ? 'information' : action ? 'action' : undefined;
}

/** Splits the request printed after a recipient ("… ঢাকা। স্মারকটি … অনুরোধ করা হলো।") into a note. */
export function splitRecipient(text: string): { recipient: string; note?: string } {
  const danda = text.indexOf('।');
  if (danda >= 0 && text.slice(danda + 1).trim()) return { recipient: text.slice(0, danda + 1).trim(), note: text.slice(danda + 1).trim() };
  const paren = /^(.*?)\s*(\([^()]*(?:জন্য|অনুরোধ|অবগতি)[^()]*\)\s*।?)$/u.exec(text);
  if (paren && paren[1]) return { recipient: paren[1].trim(), note: (paren[2] ?? '').trim() };
  const comma = text.lastIndexOf(', ');
  if (comma > 0 && /জন্য|অনুরোধ/u.test(text.slice(comma))) return { recipient: text.slice(0, comma).trim(), note: text.slice(comma + 2).trim() };
  return { recipient: text };
}

const CONTACT_LABEL_LINE =
  /^(?:ফোন|টেলিফোন|মোবাইল|মোবা|মোব|ফ্যাক্স|ই-?\s?মেইল|ইমেইল|phone|tel|mobile|fax|e-?mail)\b|^(?:ফোন|মোবা|মোবাইল|টেলিফোন|ফ্যাক্স|ই-?\s?মেইল|ইমেইল)/iu;
const ABBREVIATION = /^(?:মো|মোছা|মোসা|মোস্তা|ডা|ড|ইঞ্জি|দৃ|আ|অ|অঃদা|এ|বি|এম|কে)$/u;
/** Longest signature block read; longer runs of short lines are something else (a list, a header). */
const MAX_SIGNATURE_LINES = 8;

/** A line that can be part of a signature: short, not a labelled field (contacts aside), not a list item or a title. */
export function isSignatureLine(item: Item | undefined): item is SourceLine {
  if (!isShortLine(item)) return false;
  const t = stripEmphasis(item.text);
  // "সভাপতি: …" is a field; "মোঃ মাইন উদ্দিন" and "মো: হাবিবুর রহমান" are names (ঃ/: ends an abbreviation).
  const label = /^([^:ঃ]{2,40}?)\s*[:ঃ]/u.exec(t)?.[1];
  const abbreviation = label !== undefined && ABBREVIATION.test(label.split(/\s+/).pop() ?? '');
  if (label !== undefined && !abbreviation && !CONTACT_LABEL_LINE.test(t)) return false;
  if (ITEM_START.test(t) || /কার্যবিবরণী|অফিস\s+আদেশ/u.test(t)) return false;
  return true;
}

/** Collect a run of signature lines going back from `end` (exclusive), skipping nothing but blank space. */
function blockBefore(items: Item[], end: number): number[] {
  const out: number[] = [];
  for (let i = end - 1; i >= 0 && out.length < MAX_SIGNATURE_LINES; i--) {
    if (!isSignatureLine(items[i])) break;
    out.unshift(i);
  }
  return out;
}

function blockAfter(items: Item[], start: number): number[] {
  const out: number[] = [];
  for (let i = start; i < items.length && out.length < MAX_SIGNATURE_LINES; i++) {
    const item = items[i];
    if (!isSignatureLine(item) || DIST_HEADING.test(stripEmphasis(item.text)) || MEMO.test(stripEmphasis(item.text))) break;
    out.push(i);
  }
  return out;
}

function personFrom(ctx: ImportContext, items: Item[], indexes: number[], path: FieldPath): Person | undefined {
  if (!indexes.length) return undefined;
  const lines = indexes.map((i) => items[i] as SourceLine);
  const parsed = parsePersonLines(lines.map((l) => l.text));
  const person = toPerson(parsed);
  if (!person) return undefined;
  for (const l of lines) l.used = true;
  ctx.at(path, lines[0]?.line ?? 1);
  ctx.at([...path, 'name'], lines[0]?.line ?? 1);
  // Contacts get the line they were printed on, so a bad phone points at its own line.
  lines.forEach((l) => {
    parsed.phone.forEach((p, k) => l.text.includes(p) && ctx.at([...path, 'phone', k], l.line));
    parsed.email.forEach((e, k) => l.text.includes(e) && ctx.at([...path, 'email', k], l.line));
  });
  if (parsed.website.length || parsed.note || parsed.address) {
    ctx.report(
      lines[0]?.line ?? 1,
      path,
      'unparsed',
      `${[...parsed.website, parsed.note, parsed.address].filter(Boolean).join(' ')} printed with the person has no field here; it is left out of ${path.join('.')}, check the source`,
    );
  }
  return person;
}

function readDates(ctx: ImportContext, texts: { text: string; line: number }[], parts: LetterParts): void {
  for (const { text, line } of texts) {
    for (const piece of text.split(/\s+[/|]\s+|\t/)) {
      const cleaned = cleanDateText(piece);
      if (!cleaned) continue;
      if (!parts.banglaDatePrinted && parseBanglaDate(cleaned) && !parsePrintedDate(cleaned)) {
        parts.banglaDatePrinted = cleaned;
        ctx.at(['banglaDatePrinted'], line);
      } else if (!parts.gregorianDatePrinted && parsePrintedDate(cleaned)) {
        parts.gregorianDatePrinted = cleaned;
        ctx.at(['gregorianDatePrinted'], line);
      }
    }
  }
}

/** A line that is only a date (with or without the তারিখ label). */
function isDateLine(text: string): boolean {
  const t = cleanDateText(text);
  if (t.length > 60) return false;
  return (
    Boolean(parsePrintedDate(t) || parseBanglaDate(t)) &&
    !/[a-zA-Z]{3,}/.test(t.replace(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/gi, ''))
  );
}

/** Memo number, dual date, signatory, distribution list: finds, marks used, records lines. */
export function parseLetter(ctx: ImportContext, items: Item[]): LetterParts {
  const parts: LetterParts = { distribution: [] };

  // Memo number and the dates printed with it.
  const memoIndex = items.findIndex((it) => it.kind === 'line' && !it.used && MEMO.test(stripEmphasis(it.text)));
  if (memoIndex >= 0) {
    const memoLine = items[memoIndex] as SourceLine;
    let value = (MEMO.exec(stripEmphasis(memoLine.text))?.[1] ?? '').trim();
    const dateTexts: { text: string; line: number }[] = [];
    // The date printed on the memo line: after a তারিখ label, or after a long run of (no-break) spaces.
    const inlineDate = /\s+তারিখ\s*[:ঃ]?\s*/u.exec(value) ?? /[\s\u00A0]{3,}/u.exec(value);
    if (inlineDate) {
      dateTexts.push({ text: value.slice(inlineDate.index + inlineDate[0].length), line: memoLine.line });
      value = value.slice(0, inlineDate.index).trim();
    }
    parts.memoNumber = value;
    parts.memoIndex = memoIndex;
    memoLine.used = true;
    ctx.at(['memoNumber'], memoLine.line);
    // Dates follow the memo number (or precede it by a line or two in some letters).
    for (const dir of [1, -1]) {
      for (let k = 1; k <= 3; k++) {
        const it = items[memoIndex + dir * k];
        if (!it || it.kind !== 'line' || it.used || !isDateLine(it.text)) break;
        it.used = true;
        dateTexts.push({ text: it.text, line: it.line });
      }
    }
    readDates(ctx, dateTexts, parts);
  }

  // The date of the letter: the Gregorian date printed, else the Bangla one converted.
  const gregorian = parts.gregorianDatePrinted ? parsePrintedDate(parts.gregorianDatePrinted) : null;
  if (gregorian) parts.date = gregorian;
  if (!parts.date && parts.banglaDatePrinted) {
    const bd = parseBanglaDate(parts.banglaDatePrinted);
    if (bd && isValidBanglaDate(bd)) {
      parts.date = fromBanglaDate(bd);
      ctx.report(
        ctx.lineOf(['banglaDatePrinted']),
        'date',
        'unparsed',
        `only a Bangla date is printed; the Gregorian date ${parts.date} was computed from it with the revised calendar — check it against the paper`,
      );
    }
  }
  if (parts.date) ctx.at(['date'], ctx.lineOf(['gregorianDatePrinted']));

  // Distribution heading and list.
  const headingIndex = items.findIndex(
    (it, i) => it.kind === 'line' && !it.used && i > (memoIndex >= 0 ? Math.min(memoIndex, 3) : 0) && DIST_HEADING.test(stripEmphasis(it.text)),
  );
  let afterList = -1;
  if (headingIndex >= 0) {
    const heading = items[headingIndex] as SourceLine;
    heading.used = true;
    parts.distributionHeading = stripEmphasis(heading.text);
    ctx.at(['distributionHeading'], heading.line);
    const purpose = purposeOf(parts.distributionHeading);
    let current: { texts: string[]; attention?: string; line: number } | undefined;
    const flush = () => {
      if (!current) return;
      const { number, rest } = takeItemNumber(squash(current.texts.join(' ')));
      const { recipient, note } = splitRecipient(rest);
      const itemPurpose = (note && purposeOf(note)) || purpose;
      const index = parts.distribution.length;
      parts.distribution.push({
        ...(number ? { number } : {}),
        recipient,
        ...(current.attention ? { attention: current.attention } : {}),
        ...(note ? { note } : {}),
        ...(itemPurpose ? { purpose: itemPurpose } : {}),
      });
      ctx.at(['distribution', index], current.line);
      current = undefined;
    };
    let i = headingIndex + 1;
    for (; i < items.length; i++) {
      const it = items[i];
      if (!it || it.kind !== 'line' || it.used) break;
      const text = stripEmphasis(it.text);
      if (ITEM_START.test(text)) {
        flush();
        current = { texts: [text], line: it.line };
      } else if (current && !it.blankBefore && /^দৃ[ঃ:]/u.test(text)) {
        current.attention = text;
      } else if (current && !it.blankBefore) {
        current.texts.push(text);
      } else break;
      it.used = true;
    }
    flush();
    afterList = i;
    if (!parts.distribution.length)
      ctx.report(
        heading.line,
        'distribution',
        'unparsed',
        'a distribution heading is printed but no numbered or bulleted recipients follow it; the list was not read',
      );
  }

  // The signatory: the short lines just before the memo number (minutes), else before the distribution list (orders).
  // A memo number printed above the text (orders, some minutes) has the letterhead before it, not the signature.
  const bodyStart = items.findIndex((it) => it.kind === 'table' || (it.kind === 'line' && !it.used && !isShortLine(it)));
  const memoAtTop = memoIndex >= 0 && bodyStart >= 0 && memoIndex < bodyStart;
  let sigIndexes = memoIndex > 0 && !memoAtTop ? blockBefore(items, memoIndex) : [];
  if (!sigIndexes.length && headingIndex > 0) sigIndexes = blockBefore(items, headingIndex);
  if (!sigIndexes.length && headingIndex < 0) {
    // No distribution list: the last short lines of the document.
    let end = items.length;
    while (end > 0 && items[end - 1]?.used) end--;
    sigIndexes = blockBefore(items, end);
  }
  const signatory = personFrom(ctx, items, sigIndexes, ['signatory']);
  if (signatory) parts.signatory = signatory;

  if (afterList >= 0) {
    const distSig = personFrom(ctx, items, blockAfter(items, afterList), ['distributionSignatory']);
    if (distSig) parts.distributionSignatory = distSig;
  }
  return parts;
}

/** The letter fields in schema order, leaving out what was not found. */
export function letterData(letter: ReturnType<typeof parseLetter>): Record<string, unknown> {
  return {
    ...(letter.memoNumber ? { memoNumber: letter.memoNumber } : {}),
    ...(letter.date ? { date: letter.date } : {}),
    ...(letter.banglaDatePrinted ? { banglaDatePrinted: letter.banglaDatePrinted } : {}),
    ...(letter.gregorianDatePrinted ? { gregorianDatePrinted: letter.gregorianDatePrinted } : {}),
    ...(letter.signatory ? { signatory: letter.signatory } : {}),
    ...(letter.distributionHeading ? { distributionHeading: letter.distributionHeading } : {}),
    ...(letter.distribution.length ? { distribution: letter.distribution } : {}),
    ...(letter.distributionSignatory ? { distributionSignatory: letter.distributionSignatory } : {}),
  };
}

/**
 * Parsers for single values as offices print them: people with their
 * contacts, fees, time limits, numbered lists inside a cell, deadlines and
 * implementers inside a decision. Values are kept as printed; only numbers
 * and dates are converted (Bengali digits to ASCII) into typed fields.
 *
 * About 410 lines on purpose: most of it is the word lists (honorifics, designation
 * words, payment channels, due-date shapes) each parser needs next to it; the parsers
 * share them (a person's designation words also end an implementer), so one file.
 */
import { toAsciiDigits } from '../domain/bengali-digits.ts';
import { extractEmails } from '../domain/email.ts';
import { extractPhones } from '../domain/phone.ts';
import { squash, stripEmphasis } from './source.ts';

// ---------------------------------------------------------------- people

export interface ParsedPerson {
  name?: string;
  designation?: string;
  office?: string;
  phone: string[];
  email: string[];
  website: string[];
  /** Text that is neither name, designation, office nor a contact (e.g. a stray URL fragment). */
  note?: string;
  /** Text without a person's name: an address (a GRS cell, a help desk). */
  address?: string;
}

const BN_LETTER = '\\u0980-\\u09FF';

/** Honorifics and name prefixes that start a person's name. */
const HONORIFIC = /^(?:জনাব|জনাবা|বেগম|মিসেস|ড\.|ডঃ|ড:|ডা\.|ডাঃ|প্রফেসর|অধ্যাপক|ইঞ্জিঃ|ইঞ্জি\.|প্রকৌশলী|মোঃ|মো:|মো\.|মোছাঃ|মোসাঃ|মোছা:|মোসা:)(?=\s|$)/u;

/** Words that begin or make up a designation (পদবি). */
const DESIGNATION_WORDS = new Set(
  [
    'সহকারী',
    'অতিরিক্ত',
    'উপ',
    'যুগ্ম',
    'সিনিয়র',
    'জ্যেষ্ঠ',
    'প্রধান',
    'ভারপ্রাপ্ত',
    'বিভাগীয়',
    'জেলা',
    'উপজেলা',
    'চিফ',
    'সিস্টেম',
    'প্রশাসনিক',
    'নির্বাহী',
    'ডেপুটি',
    'ব্যক্তিগত',
    'একান্ত',
    'প্রোগ্রামার',
    'মহাপরিচালক',
    'পরিচালক',
    'উপপরিচালক',
    'কমিশনার',
    'সচিব',
    'উপসচিব',
    'যুগ্মসচিব',
    'সিনিয়র সচিব',
    'কর্মকর্তা',
    'অফিসার',
    'মহাপরিদর্শক',
    'প্রশাসক',
    'প্রকৌশলী',
    'চেয়ারম্যান',
    'জেলার',
    'সুপার',
    'পরিদর্শক',
    'ইন্সপেক্টর',
    'অপারেটর',
    'হিসাবরক্ষক',
    'হিসাবরক্ষণ',
    'ম্যানেজার',
    'অধ্যক্ষ',
    'মেয়র',
    'সাব-রেজিস্ট্রার',
    'রেজিস্ট্রার',
    'প্রোগ্রামার,',
    'এসিস্ট্যান্ট',
    'অ্যাসিস্ট্যান্ট',
    'সহ-সভাপতি',
    'সভাপতি',
    'ইউএনও',
    'এসিল্যান্ড',
    'ডিসি',
  ].map((w) => w.replace(/,$/, '')),
);

const OFFICE_WORD = new RegExp(
  `(?:কার্যালয়|অধিদপ্তর|অধিদফতর|মন্ত্রণালয়|বিভাগ|কমিটি|শাখা|অধিশাখা|দপ্তর|দফতর|সচিবালয়|পরিষদ|কমিশন|ইউনিট|সেল|ইনস্টিটিউট|কর্পোরেশন)(?![${BN_LETTER}])`,
  'u',
);

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s,;]+/giu;
const CONTACT_LABEL =
  /(?:ফোন|টেলিফোন|টেলি|মোবাইল|মোবা|মোব|ফ্যাক্স|ই-?\s?মেইল|ইমেইল|ই-?\s?মেল|ওয়েব\s?পোর্টাল|ওয়েবসাইট|ওয়েব\s?সাইট|phone|tel|mobile|fax|e-?mail|web(?:site)?)\s*(?:নং|নম্বর|no\.?)?\s*[:ঃ]\s*/giu;

function isDesignationWord(token: string): boolean {
  const t = token.replace(/[,;।:ঃ]+$/u, '');
  if (DESIGNATION_WORDS.has(t)) return true;
  // Compounds such as "উপ-পরিচালক", "সহকারী-প্রোগ্রামার".
  return t.includes('-') && t.split('-').some((p) => DESIGNATION_WORDS.has(p) && p.length > 2);
}

/** Contacts found in text (as printed), and the text with them and their labels removed. */
export function takeContacts(text: string): { rest: string; phone: string[]; email: string[]; website: string[] } {
  const email = extractEmails(text);
  let rest = text;
  for (const e of email) rest = rest.replace(e, ' ');
  const website = [...rest.matchAll(URL_RE)].map((m) => m[0]);
  for (const w of website) rest = rest.replace(w, ' ');
  const phone = extractPhones(rest);
  for (const p of phone) rest = rest.replace(p, ' ');
  rest = rest.replace(CONTACT_LABEL, ' ');
  // What separated the contacts ("…, ফোন: …, …") is left over; tidy it.
  rest = squash(rest)
    .replace(/(?:\s*[,;]\s*){2,}/g, ', ')
    .replace(/^[\s,;]+|[\s,;]+$/g, '');
  return { rest, phone, email, website };
}

/** Splits text into words, keeping a bracketed group "(অতিরিক্ত সচিব)" as one word. */
function words(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (/\s/.test(ch) && depth === 0) {
      if (current) out.push(current);
      current = '';
    } else current += ch;
  }
  if (current) out.push(current);
  return out;
}

/** Name, designation and office from one line, e.g. "জনাব মো: আলমগীর হোসেন সহকারী প্রোগ্রামার". */
function splitNameLine(text: string): { name?: string; designation?: string; office?: string } {
  const commaParts = text.split(/,\s*/);
  const first = commaParts[0] ?? '';
  const firstWords = words(first);
  // "name, designation, office" when the first part holds no designation word.
  if (commaParts.length > 1 && !firstWords.slice(1).some(isDesignationWord) && HONORIFIC.test(first)) {
    const [name, designation, ...office] = commaParts.map((p) => p.trim()).filter(Boolean);
    return { name: name ?? first, ...(designation ? { designation } : {}), ...(office.length ? { office: office.join(', ') } : {}) };
  }
  const all = words(text);
  // Only a designation printed ("সহকারী কমিশনার (ভূমি)", "জেলা প্রশাসক, নাটোর"): no name to take.
  const designationFirst = !HONORIFIC.test(text) && isDesignationWord(all[0] ?? '');
  const start = designationFirst ? 0 : all.findIndex((w, i) => i >= 1 && !w.startsWith('(') && isDesignationWord(w));
  if (start < 0 || (start === 0 && !designationFirst)) return HONORIFIC.test(text) ? { name: text } : {};
  let end = start;
  while (end + 1 < all.length) {
    const next = all[end + 1] ?? '';
    if (isDesignationWord(next) || next.startsWith('(')) end += 1;
    else if (next === 'ও' && isDesignationWord(all[end + 2] ?? '')) end += 2;
    else break;
  }
  // A designation ends at a comma; what follows is the office.
  const designationWords = all.slice(start, end + 1);
  const commaAt = designationWords.findIndex((w) => /,$/.test(w));
  const cut = commaAt >= 0 ? start + commaAt : end;
  const name = all.slice(0, start).join(' ');
  const designation = all
    .slice(start, cut + 1)
    .join(' ')
    .replace(/,$/, '');
  const office = all
    .slice(cut + 1)
    .join(' ')
    .replace(/^,\s*/, '');
  return { ...(name ? { name } : {}), designation, ...(office ? { office } : {}) };
}

/** A person printed on one line or in one table cell (name, designation, office, contacts). */
export function parsePersonText(text: string): ParsedPerson {
  const contacts = takeContacts(stripEmphasis(text.replace(/\n/g, ' ')));
  const person: ParsedPerson = { phone: contacts.phone, email: contacts.email, website: contacts.website };
  const leftovers: string[] = [];
  // Latin fragments that are not contacts (a cut-off web address) are kept as a note.
  const kept = words(contacts.rest).filter((w) => {
    if (/^[A-Za-z0-9./:_-]+$/.test(w) && /[A-Za-z]/.test(w) && /[./]/.test(w)) {
      leftovers.push(w);
      return false;
    }
    return true;
  });
  const rest = kept.join(' ');
  if (leftovers.length) person.note = leftovers.join(' ');
  if (!rest) return person;
  const split = splitNameLine(rest);
  if (split.name || split.designation) {
    if (split.name) person.name = split.name;
    if (split.designation) person.designation = split.designation;
    if (split.office) person.office = split.office;
  } else person.address = rest;
  return person;
}

/** Lines that only carry contacts (ফোনঃ …, an email, a web address). */
function isContactLine(line: string): boolean {
  const c = takeContacts(line);
  return (
    (c.phone.length + c.email.length + c.website.length > 0 && c.rest.replace(/[\s,;।.:ঃ()-]/g, '') === '') ||
    /^(?:ফোন|মোবা|মোবাইল|টেলিফোন|ই-?মেইল|ইমেইল)\s*[:ঃ]/u.test(line)
  );
}

/**
 * A person printed over several lines (a signature block): the name first,
 * then designation lines, then office lines, with contact lines anywhere.
 */
export function parsePersonLines(lines: string[]): ParsedPerson {
  const clean = lines.map((l) => stripEmphasis(l)).filter(Boolean);
  const person: ParsedPerson = { phone: [], email: [], website: [] };
  const text: string[] = [];
  for (const line of clean) {
    if (isContactLine(line)) {
      const c = takeContacts(line);
      person.phone.push(...c.phone);
      person.email.push(...c.email);
      person.website.push(...c.website);
      if (c.rest.replace(/[\s,;।.:ঃ()-]/g, '')) text.push(c.rest);
    } else text.push(line);
  }
  if (text.length === 0) return person;
  if (text.length === 1) {
    const single = parsePersonText(text[0] ?? '');
    return { ...single, phone: [...person.phone, ...single.phone], email: [...person.email, ...single.email], website: [...person.website, ...single.website] };
  }
  // "(মেজবাহ উদ্দিন)": a signature prints the name in brackets under the signature.
  person.name = (text[0] ?? '').replace(/^\((.+)\)$/u, '$1').trim();
  const designation: string[] = [];
  const office: string[] = [];
  for (const line of text.slice(1)) {
    const continuesDesignation = designation.length === 0 || /\sও$/u.test(designation[designation.length - 1] ?? '') || /^(?:ও|পক্ষে)[\s-]/u.test(line);
    if (office.length === 0 && (continuesDesignation || !OFFICE_WORD.test(line))) designation.push(line);
    else office.push(line);
  }
  if (designation.length) person.designation = designation.join('\n');
  if (office.length) person.office = office.join('\n');
  return person;
}

// ---------------------------------------------------------------- numbered items

const ITEM_MARK = String.raw`(?:\(\s*[০-৯0-9]{1,2}\s*\)|[০-৯0-9]{1,2}\s*[।)]|[০-৯0-9]{1,2}\.(?![০-৯0-9]))`;

/**
 * Splits "১) a ২) b" / "(১) a (২) b" / "১। a ২। b" into items without their
 * numbers; text without numbering is one item. Numbers must count up from the
 * first, so "১০-২০তম" or "২.১ অংশে" inside a sentence is not a split point.
 */
export function splitNumbered(text: string): string[] {
  const s = squash(text);
  const re = new RegExp(`(?:^|\\s)(${ITEM_MARK})\\s*`, 'gu');
  const marks = [...s.matchAll(re)].map((m) => ({
    index: m.index + (m[0].length - m[0].trimStart().length),
    length: m[0].trimStart().length,
    n: Number(toAsciiDigits(m[1] ?? '').replace(/\D/g, '')),
  }));
  const chosen: typeof marks = [];
  for (const m of marks) {
    const expected = chosen.length === 0 ? (m.index === 0 ? m.n : -1) : (chosen[chosen.length - 1]?.n ?? 0) + 1;
    if (m.n === expected && (chosen.length > 0 || m.n <= 1 || m.index === 0)) chosen.push(m);
  }
  if (chosen.length === 0 || chosen[0]?.index !== 0) return s ? [s] : [];
  return chosen.map((m, i) => s.slice(m.index + m.length, chosen[i + 1]?.index ?? s.length).trim()).filter(Boolean);
}

/** The serial printed before an item ("১।", "(১)", "১)", "১.") and the rest. */
export function takeItemNumber(text: string): { number?: string; rest: string } {
  const m = /^[-*•]?\s*(?:\(\s*([০-৯0-9]{1,3})\s*\)|([০-৯0-9]{1,3})\s*[।)]|([০-৯0-9]{1,3})\.(?![০-৯0-9]))\s*/u.exec(text);
  if (!m) return { rest: text.replace(/^[-*•]\s+/, '') };
  return { number: m[1] ?? m[2] ?? m[3] ?? '', rest: text.slice(m[0].length).trim() };
}

// ---------------------------------------------------------------- fees and time limits

export type ParsedFee = { kind: 'free'; text: string } | { kind: 'paid'; amount?: number; payment?: string; text: string };

const FREE = /বিনা\s*মূল্যে|বিনামূল্যে|বিনা\s*ফি|ফ্রি|free|নিঃশুল্ক|^\s*(?:নাই|নেই|প্রযোজ্য নয়|-)\s*$/iu;
const PAYMENT = /(ট্রেজারি\s*চালান|চালান|ব্যাংক(?:\s*ড্রাফট)?|পে[-\s]?অর্ডার|বিকাশ|নগদ|রকেট|মোবাইল\s*ব্যাংকিং|অনলাইন|ক্যাশ|সোনালী\s*ব্যাংক|ই-পেমেন্ট)/u;

export function parseFee(text: string): ParsedFee | undefined {
  const t = squash(text);
  if (!t) return undefined;
  if (FREE.test(t)) return { kind: 'free', text: t };
  const amount = /([০-৯0-9][০-৯0-9,]*(?:\.[০-৯0-9]+)?)\s*(?:\/-)?\s*(?:টাকা|৳|tk)/iu.exec(t) ?? /(?:টাকা|৳|tk\.?)\s*([০-৯0-9][০-৯0-9,]*)/iu.exec(t);
  // How to pay: what follows the amount when it names a channel ("৫০ টাকা, ব্যাংক চালানের মাধ্যমে"), else the channel word.
  const after = amount
    ? t
        .slice(amount.index + amount[0].length)
        .replace(/^[\s,;।/:-]+/u, '')
        .replace(/।$/u, '')
        .trim()
    : '';
  const payment = after && PAYMENT.test(after) ? after : PAYMENT.exec(t)?.[1];
  return {
    kind: 'paid',
    ...(amount ? { amount: Number(toAsciiDigits(amount[1] ?? '').replace(/,/g, '')) } : {}),
    ...(payment ? { payment } : {}),
    text: t,
  };
}

export interface ParsedTimeLimit {
  value?: number;
  unit?: 'immediate' | 'hours' | 'days' | 'working-days' | 'weeks' | 'months';
  text: string;
}

const NUMBER_WORDS: Record<string, number> = {
  এক: 1,
  দুই: 2,
  দু: 2,
  তিন: 3,
  চার: 4,
  পাঁচ: 5,
  ছয়: 6,
  সাত: 7,
  আট: 8,
  নয়: 9,
  দশ: 10,
  পনের: 15,
  পনেরো: 15,
  বিশ: 20,
  ত্রিশ: 30,
};
const UNITS: [RegExp, ParsedTimeLimit['unit']][] = [
  [/^(?:কার্য\s*দিবস|কর্ম\s*দিবস|কার্যদিবস|কর্মদিবস|working\s*days?)/u, 'working-days'],
  [/^(?:ঘণ্টা|ঘন্টা|hours?)/u, 'hours'],
  [/^(?:দিন|days?)/u, 'days'],
  [/^(?:সপ্তাহ|weeks?)/u, 'weeks'],
  [/^(?:মাস|months?)/u, 'months'],
];

export function parseTimeLimit(text: string): ParsedTimeLimit | undefined {
  const t = squash(text);
  if (!t) return undefined;
  if (/^তাৎক্ষণিক|^তাৎক্ষনিক|^সাথে সাথে|^immediate/iu.test(t)) return { unit: 'immediate', text: t };
  const numeric = new RegExp(
    `([০-৯0-9]+|${Object.keys(NUMBER_WORDS).join('|')})\\s*(?:\\(.*?\\)\\s*)?([${BN_LETTER}A-Za-z][${BN_LETTER}A-Za-z\\s]*)`,
    'u',
  ).exec(t);
  if (numeric) {
    const raw = numeric[1] ?? '';
    const value = NUMBER_WORDS[raw] ?? Number(toAsciiDigits(raw));
    const unit = UNITS.find(([re]) => re.test((numeric[2] ?? '').trim()))?.[1];
    if (unit && value > 0) return { value, unit, text: t };
  }
  if (/তাৎক্ষণিক|তাৎক্ষনিক/u.test(t)) return { unit: 'immediate', text: t };
  return { text: t };
}

// ---------------------------------------------------------------- decisions

const DUE_PATTERNS = [
  /আগামী\s+[^\s,।]+(?:\s+[^\s,।]+)?\s+(?:তারিখের\s+)?মধ্যে/u,
  /[০-৯0-9]{1,2}[/.-][০-৯0-9]{1,2}[/.-][০-৯0-9]{2,4}\s*(?:খ্রি\.?|খ্রিস্টাব্দ|খ্রিষ্টাব্দ)?\s*(?:তারিখের\s+)?মধ্যে/u,
  /[০-৯0-9]{1,2}\s+[\u0980-\u09FFA-Za-z]+,?\s+[০-৯0-9]{4}\s*(?:খ্রি\.?|খ্রিস্টাব্দ|খ্রিষ্টাব্দ)?\s*(?:তারিখের\s+)?মধ্যে/u,
  /নির্ধারিত\s+সময়ের\s+মধ্যে/u,
  /(?:অবিলম্বে|দ্রুততম\s+সময়ের\s+মধ্যে)/u,
];

/** The deadline as printed inside a decision ("আগামী ১০ দিনের মধ্যে"), if any. */
export function findDueText(text: string): string | undefined {
  for (const re of DUE_PATTERNS) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

const UNIT_NOUN = '(?:শাখা|অধিশাখা|অনুবিভাগ|সেল|উইং|দপ্তর|ইউনিট)';
const STOP_WORDS = new Set(['মধ্যে', 'হতে', 'থেকে', 'এবং', 'ও', 'করে', 'হবে', 'সংক্রান্ত', 'বিষয়ে']);

/** "… প্রশাসন-১ শাখার মাধ্যমে বাস্তবায়ন …" → "প্রশাসন-১ শাখা": the unit a decision names as implementer. */
export function findImplementer(text: string): string | undefined {
  const re = new RegExp(`(\\S+)\\s+${UNIT_NOUN}(?:র\\s+মাধ্যমে|র\\s+উদ্যোগে|\\s+হতে|\\s+থেকে|\\s+কর্তৃক)`, 'u');
  const m = re.exec(text);
  if (!m) return undefined;
  const unit = /(শাখা|অধিশাখা|অনুবিভাগ|সেল|উইং|দপ্তর|ইউনিট)(?:র\s+মাধ্যমে|র\s+উদ্যোগে|\s+হতে|\s+থেকে|\s+কর্তৃক)$/u.exec(m[0])?.[1] ?? '';
  const before = text.slice(0, m.index + (m[1] ?? '').length).split(/\s+/);
  const taken: string[] = [];
  for (let i = before.length - 1; i >= 0 && taken.length < 3; i--) {
    const w = before[i] ?? '';
    // Stop at a word that ends a phrase: a case ending (…ের, …র, …ে) or a joining word.
    if (!w || STOP_WORDS.has(w) || /[,।:ঃ]$/u.test(w) || (taken.length > 0 && /(?:ের|র|ে)$/u.test(w))) break;
    if (taken.length === 0 && /(?:ের|র|ে)$/u.test(w) && !/[০-৯0-9]/.test(w)) break;
    taken.unshift(w);
  }
  return taken.length ? `${taken.join(' ')} ${unit}` : undefined;
}

// ---------------------------------------------------------------- small helpers

/** A printed date value without its label and the sentence-ending danda. */
export function cleanDateText(text: string): string {
  return squash(stripEmphasis(text))
    .replace(/^তারিখ\s*[:ঃ]\s*/u, '')
    .replace(/[।|]+\s*$/u, '')
    .trim();
}

/** Parses "৩য়", "৪র্থ", "১ম", "১০ম", "১১তম" → 3, 4, 1, 10, 11. */
export function parseOrdinal(text: string): number | undefined {
  const m = /([০-৯0-9]{1,2})\s*(?:ম|য়|য়|র্থ|ষ্ঠ|তম|st|nd|rd|th)(?![\u0980-\u09FF])/u.exec(text.normalize('NFC'));
  return m ? Number(toAsciiDigits(m[1] ?? '')) : undefined;
}

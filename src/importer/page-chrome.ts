/**
 * The web site around a document copied from an office's page: menu lines at
 * the top and bottom, "Text size A A A", "সর্ব-শেষ হাল-নাগাদ: …", the portal's
 * credits. Removed line by line (the lines stay, empty, so every later
 * diagnostic still names the right input line); what was removed is returned
 * so the importer can say so.
 */
import { parsePrintedDate } from './dates.ts';
import type { Item } from './source.ts';

/** Lines that are chrome wherever they stand: no document prints them. */
const ALWAYS = [
  /^text\s*size\b/iu,
  /^(?:A\s*[-+]?\s*){2,}$/u,
  /^skip\s+to\s+(?:main\s+)?content$/iu,
  /^সর্ব-?\s*শেষ\s*হাল-?\s*নাগাদ\s*[:ঃ]/u,
  /^পরিকল্পনা\s+(?:এবং|ও)\s+বাস্তবায়নে\s*[:ঃ]/u,
  /^কারিগরি\s+সহায়তায়\s*[:ঃ]/u,
  /^(?:শেয়ার\s+করুন|প্রিন্ট\s+করুন|মেনু\s+নির্বাচন\s+করুন)$/u,
  /^বাংলাদেশ\s+জাতীয়\s+তথ্য\s+বাতায়ন$/u,
];

/** Menu entries of office portals: chrome only in a run of them at the top or bottom of the page. */
const MENU = new Set(
  [
    'প্রথম পাতা',
    'হোম',
    'home',
    'অফিস সম্পর্কিত',
    'আমাদের সম্পর্কে',
    'ই-সেবা',
    'ই-সেবাসমূহ',
    'সেবাসমূহ',
    'সেবা সমূহ',
    'প্রকল্পসমূহ',
    'যোগাযোগ',
    'ফটোগ্যালারি',
    'নোটিশ বোর্ড',
    'নোটিশ',
    'ডাউনলোড',
    'english',
    'বাংলা',
    'লগইন',
    'login',
    'সাইট ম্যাপ',
    'ভিডিও গ্যালারি',
    'কর্মকর্তাবৃন্দ',
    'অন্যান্য',
    'বিভাগ',
    'জেলা',
    'উপজেলা',
    'ইউনিয়ন',
    'আর্কাইভ',
    'সচরাচর জিজ্ঞাসা',
    'তথ্য অধিকার',
  ].map((w) => w.toLowerCase()),
);

const isChrome = (t: string) => ALWAYS.some((re) => re.test(t));
const isMenu = (t: string) =>
  MENU.has(
    t
      .toLowerCase()
      .replace(/[|»>›]+$/u, '')
      .trim(),
  );

export interface ChromeResult {
  items: Item[];
  /** 1-based input lines removed. */
  removed: number[];
  /** The page's "last updated" date, when it prints one (ISO), and its text. */
  pageUpdated?: { iso: string; text: string; line: number };
}

/** The document's items without the page's chrome lines. */
export function stripPageChrome(items: Item[]): ChromeResult {
  const drop = new Set<Item>();
  let pageUpdated: ChromeResult['pageUpdated'];
  const textOf = (it: Item) =>
    it.kind === 'line'
      ? it.text
          .replace(/[\s\u00A0]+/gu, ' ')
          .replace(/^#+\s*/u, '')
          .trim()
      : undefined;
  for (const it of items) {
    const t = textOf(it);
    if (!t || !isChrome(t)) continue;
    drop.add(it);
    const updated = /^সর্ব-?\s*শেষ\s*হাল-?\s*নাগাদ\s*[:ঃ]\s*(.+)$/u.exec(t);
    const iso = updated ? parsePrintedDate(updated[1] ?? '') : null;
    if (updated && iso) pageUpdated = { iso, text: (updated[1] ?? '').trim(), line: it.line };
  }
  // Runs of menu lines from each end (chrome lines mixed in); two or more make a menu.
  for (const direction of [1, -1] as const) {
    const run: Item[] = [];
    for (let i = direction === 1 ? 0 : items.length - 1; i >= 0 && i < items.length; i += direction) {
      const it = items[i] as Item;
      if (drop.has(it)) continue;
      const t = textOf(it);
      if (t === undefined || !isMenu(t)) break;
      run.push(it);
    }
    if (run.length >= 2 || (run.length === 1 && drop.size > 0)) for (const it of run) drop.add(it);
  }
  if (!drop.size) return { items, removed: [] };
  const kept = items.filter((it) => !drop.has(it));
  return {
    items: kept,
    removed: [...drop].map((it) => it.line).sort((a, b) => a - b),
    ...(pageUpdated ? { pageUpdated } : {}),
  };
}

/**
 * An office's archive, as a new office brings it: the five seeds reshaped the
 * ways real documents differ from them (page chrome, tables flattened to one
 * cell per line, other headings and titles, other date and memo shapes, cut
 * short). Written to tests/fixtures/import/archive/ and committed, so the
 * importer of any commit can be measured on the same files:
 *
 *   node tests/importer/make-archive.ts            # (re)write the fixtures
 *
 * tests/importer/archive.test.ts checks the committed files equal this output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export { seedsDir as SEEDS_DIR } from '../support/paths.ts';
import { seedsDir as SEEDS_DIR } from '../support/paths.ts';
export const ARCHIVE_DIR = path.resolve(here, '../fixtures/import/archive');

const BN = '০১২৩৪৫৬৭৮৯';
const bn = (n: number | string) => String(n).replace(/\d/g, (d) => BN[Number(d)] ?? d);

function seed(prefix: string): string {
  const name = fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`seed ${prefix}_* not found in ${SEEDS_DIR} (set SEEDS_DIR)`);
  return fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8');
}

/** Cells of a tab or `<p>` row, tags removed. */
function cellsOf(line: string): string[] {
  return line.split('\t').map((c) =>
    c
      .replace(/<\/?p\b[^>]*>/g, ' ')
      .replace(/<br\s*\/?>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/**
 * Tables copied from a web page into a text box: one cell per line, each
 * ending in " |", a `---|` line under the header, the column numbers printed
 * as cells of their own.
 */
export function flattenTables(text: string, numbers: 'paren' | 'bare' = 'paren'): string {
  const out: string[] = [];
  let inTable = false;
  for (const line of text.split('\n')) {
    if (!line.includes('\t')) {
      if (line.trim()) inTable = false;
      out.push(line);
      continue;
    }
    const cells = cellsOf(line);
    const isNumbers = cells.every((c) => /^\(?[০-৯0-9]{1,2}\)?$/u.test(c));
    if (isNumbers) {
      out.push(...cells.map((_, i) => (numbers === 'paren' ? `(${bn(i + 1)}) |` : `${bn(i + 1)} |`)));
      continue;
    }
    out.push(...cells.map((c) => (c ? `${c} |` : '|')));
    if (!inTable) out.push('---|');
    inTable = true;
  }
  return out.join('\n');
}

const MENU = ['প্রথম পাতা', 'অফিস সম্পর্কিত', 'ই-সেবাসমূহ', 'সেবাসমূহ', 'প্রকল্পসমূহ', 'যোগাযোগ', 'Text size A A A', 'Skip to main content'];

/** The site around a document copied from an office web page. */
export function addChrome(text: string, updated = '২৮th November ২০২৩'): string {
  return [
    'বাংলাদেশ জাতীয় তথ্য বাতায়ন',
    ...MENU,
    '',
    text,
    '',
    'শেয়ার করুন',
    `সর্ব-শেষ হাল-নাগাদ: ${updated}`,
    'পরিকল্পনা এবং বাস্তবায়নে: মন্ত্রিপরিষদ বিভাগ, এটুআই, বিসিসি, ডিওআইসিটি ও বেসিস',
  ].join('\n');
}

/** The last lines gone (a page saved before it finished loading, a scan missing its last page). */
export function truncate(text: string, keep: number): string {
  const lines = text.split('\n');
  return lines.slice(0, Math.round(lines.length * keep)).join('\n');
}

/** A table's last row cut short: its last cells gone. */
export function cutLastRow(flattened: string, cells: number): string {
  const lines = flattened.split('\n');
  let last = -1;
  lines.forEach((l, i) => {
    if (/ \|$/.test(l)) last = i;
  });
  return [...lines.slice(0, last + 1 - cells), ...lines.slice(last + 1)].join('\n');
}

function replaceAll(text: string, pairs: [string | RegExp, string][]): string {
  let out = text;
  for (const [from, to] of pairs) {
    if (typeof from === 'string' ? !out.includes(from) : !from.test(out)) throw new Error(`make-archive: "${String(from)}" not in the seed`);
    out = typeof from === 'string' ? out.split(from).join(to) : out.replace(from, to);
  }
  return out;
}

/** An older 8-column charter: the columns in another order and one more. */
function reorderCharterColumns(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (!line.includes('\t')) return line;
      const c = line.split('\t');
      if (c.length !== 7) return line;
      // ক্র নং, সেবার নাম, পদ্ধতি, কাগজ, মূল্য, সময়, কর্মকর্তা → ক্র নং, সেবার নাম, সময়, মূল্য, কাগজ, পদ্ধতি, কর্মকর্তা, মন্তব্য
      const isNumbers = c.every((x) => /^\([০-৯]\)$/u.test(x.trim()));
      const remark = isNumbers ? '(৮)' : /সেবার নাম/u.test(line) ? 'মন্তব্য' : '';
      const reordered = [c[0], c[1], c[5], c[4], c[3], c[2], c[6], remark];
      if (isNumbers) return reordered.map((_, i) => `(${bn(i + 1)})`).join('\t');
      return reordered.join('\t');
    })
    .join('\n');
}

function pageHtml(title: string, bodyText: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const blocks: string[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (!rows.length) return;
    blocks.push(`<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`);
    rows = [];
  };
  for (const line of bodyText.split('\n')) {
    if (line.includes('\t')) rows.push(cellsOf(line));
    else {
      flush();
      if (line.trim()) blocks.push(`<p>${esc(line.trim())}</p>`);
    }
  }
  flush();
  return `<!doctype html>
<html lang="bn"><head><meta charset="utf-8"><title>${esc(title)}</title><style>p{margin:0}</style><script>var menu=1;</script></head>
<body>
<nav><ul><li><a href="/">প্রথম পাতা</a></li><li><a href="/site/page/about">অফিস সম্পর্কিত</a></li><li>যোগাযোগ</li></ul></nav>
<div class="text-size">Text size A A A</div>
<main>
${blocks.join('\n')}
</main>
<footer><p>সর্ব-শেষ হাল-নাগাদ: ০৫ March ২০২৪</p><p>পরিকল্পনা এবং বাস্তবায়নে: মন্ত্রিপরিষদ বিভাগ, এটুআই, বিসিসি, ডিওআইসিটি ও বেসিস</p></footer>
</body></html>
`;
}

/**
 * What a faithful import of each file gives: its kind, its date field and (for
 * charters) how many services. Truncated files lose what was cut: their date.
 */
export const ARCHIVE_TRUTH: Record<string, { kind: 'charter' | 'minutes' | 'order'; date?: string; services?: number }> = {
  'charters/01-flattened-paren.txt': { kind: 'charter', date: '2024-04-15', services: 14 },
  'charters/02-flattened-bare.txt': { kind: 'charter', date: '2024-04-15', services: 14 },
  'charters/03-web-page-nagorik-sonod.txt': { kind: 'charter', date: '2024-04-15', services: 14 },
  'charters/04-old-8-columns.txt': { kind: 'charter', date: '2024-04-15', services: 14 },
  'charters/05-last-row-cut.txt': { kind: 'charter', date: '2024-04-15', services: 14 },
  'charters/06-date-rewritten.txt': { kind: 'charter', date: '2024-04-15', services: 14 },
  'charters/07-truncated.txt': { kind: 'charter' },
  'charters/08-saved-page.html': { kind: 'charter', date: '2024-04-15', services: 14 },
  'minutes/01-team-meeting-title.txt': { kind: 'minutes', date: '2023-03-23' },
  'minutes/02-web-page.txt': { kind: 'minutes', date: '2023-03-23' },
  'minutes/03-dates-rewritten.txt': { kind: 'minutes', date: '2023-03-23' },
  'minutes/04-memo-nbsp.txt': { kind: 'minutes', date: '2023-06-22' },
  'minutes/05-monthly-meeting.txt': { kind: 'minutes', date: '2021-07-28' },
  'minutes/06-table-flattened.txt': { kind: 'minutes', date: '2023-06-22' },
  'minutes/07-truncated.txt': { kind: 'minutes', date: '2023-03-23' },
  'minutes/08-prose.txt': { kind: 'minutes', date: '2017-09-21' },
  'orders/01-web-page.txt': { kind: 'order', date: '2022-09-19' },
  'orders/02-memo-nbsp.txt': { kind: 'order', date: '2022-09-19' },
  'orders/03-dates-rewritten.txt': { kind: 'order', date: '2022-09-19' },
  'orders/04-table-flattened.txt': { kind: 'order', date: '2022-09-19' },
  'orders/05-truncated.txt': { kind: 'order' },
};

/** File name → content: the archive. */
export function archiveFiles(): Record<string, string> {
  const m000 = seed('000');
  const m001 = seed('001');
  const o002 = seed('002');
  const c003 = seed('003');
  const m004 = seed('004');
  const files: Record<string, string> = {};

  // Charters.
  files['charters/01-flattened-paren.txt'] = flattenTables(c003, 'paren');
  files['charters/02-flattened-bare.txt'] = flattenTables(c003, 'bare');
  files['charters/03-web-page-nagorik-sonod.txt'] = addChrome(flattenTables(replaceAll(c003, [['সিটিজেনস চার্টার', 'নাগরিক সনদ']]), 'bare'));
  files['charters/04-old-8-columns.txt'] = replaceAll(reorderCharterColumns(c003), [['সিটিজেনস চার্টার', 'সিটিজেন চার্টার']]);
  files['charters/05-last-row-cut.txt'] = cutLastRow(flattenTables(c003, 'paren'), 3);
  files['charters/06-date-rewritten.txt'] = replaceAll(c003, [['১৫/০৪/২০২৪', '১৫-04-24খ্রীঃ']]);
  files['charters/07-truncated.txt'] = truncate(c003, 0.6);
  files['charters/08-saved-page.html'] = pageHtml('সিটিজেন চার্টার', replaceAll(c003, [['সিটিজেনস চার্টার', 'সিটিজেন চার্টার']]));

  // Minutes.
  files['minutes/01-team-meeting-title.txt'] = replaceAll(m000, [
    ['২০২২-২০২৩ অর্থবছরের ৩য় সভার কার্যবিবরণী।', '২০২২-২০২৩ অর্থবছরের সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন টিমের ৩য় সভা'],
  ]);
  files['minutes/02-web-page.txt'] = addChrome(m000);
  files['minutes/03-dates-rewritten.txt'] = replaceAll(m000, [
    ['তারিখ: ২৩ মার্চ, ২০২৩।', 'তারিখ: 23/3/23'],
    ['২৩ মার্চ, ২০২৩।', '২৩/০৩/২০২৩ইং'],
  ]);
  files['minutes/04-memo-nbsp.txt'] = replaceAll(m001, [
    [/স্মারক নম্বর: (\S+)\n\nতারিখ: ১১ আষাঢ়, ১৪৩০\n\n২৫ জুন ২০২৩/u, `স্মারক নং : $1${'\u00A0'.repeat(24)}তারিখ: 25-06-23খ্রীঃ`],
  ]);
  files['minutes/05-monthly-meeting.txt'] = replaceAll(m004, [
    [/বিষয়: স্থানীয় সরকার বিভাগের (.*?)সভার কার্যবিবরণী।/u, 'স্থানীয় সরকার বিভাগের ইনোভেশন টিমের মাসিক সভা'],
    ['২৮ জুলাই ২০২১', '২৮ জুলাই, 2021'],
  ]);
  files['minutes/06-table-flattened.txt'] = flattenTables(m001, 'bare');
  files['minutes/07-truncated.txt'] = truncate(m000, 0.45);
  files['minutes/08-prose.txt'] = [
    'উপজেলা নির্বাহী অফিসারের কার্যালয়',
    'সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন টিমের ৪র্থ সভা',
    '',
    `নং : ২০১৭-০৪${'\u00A0'.repeat(30)}তারিখ: ২৪/০৭/২০১৮ইং`,
    '',
    'গত ২১ সেপ্টম্বর, ২০১৭ তারিখে উপজেলা নির্বাহী অফিসারের সভাকক্ষে সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন টিমের ৪র্থ সভা অনুষ্ঠিত হয়। সভায় সভাপতিত্ব করেন জনাব মোঃ আব্দুল করিম, উপজেলা নির্বাহী অফিসার। সভায় উপস্থিত ছিলেন জনাব মোঃ রফিকুল ইসলাম, সহকারী কমিশনার (ভূমি), জনাবা সালমা খাতুন, উপজেলা মহিলা বিষয়ক কর্মকর্তা ও জনাব মোঃ কামাল হোসেন, উপজেলা আইসিটি কর্মকর্তা।',
    '',
    'সভায় বিস্তারিত আলোচনার পর নিম্নোক্ত সিদ্ধান্ত গৃহীত হয়:',
    '',
    '১। সেবা প্রদান প্রতিশ্রুতি প্রতি তিন মাস অন্তর হালনাগাদ করতে হবে।',
    '২। হালনাগাদ সেবা প্রদান প্রতিশ্রুতি ওয়েব পোর্টালে ৩০/09/17 তারিখের মধ্যে প্রকাশ করতে হবে।',
    '৩। পরবর্তী সভা আগামী ২১ ডিসেম্বর, ২০১৭ তারিখে অনুষ্ঠিত হবে।',
    '',
    'আর কোন আলোচনা না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।',
    '',
    'মোঃ আব্দুল করিম',
    'উপজেলা নির্বাহী অফিসার',
    '',
  ].join('\n');

  // Office orders.
  files['orders/01-web-page.txt'] = addChrome(o002, '১২ Sept ২০২২');
  files['orders/02-memo-nbsp.txt'] = replaceAll(o002, [
    [/পত্র নং- (.*)\n\nতারিখঃ ০৬ আশ্বিন' ১৪২৯ *\n১৯ সেপ্টেম্বর' ২০২২/u, `নং : $1${'\u00A0'.repeat(20)}তারিখঃ 19/9/22`],
  ]);
  files['orders/03-dates-rewritten.txt'] = replaceAll(o002, [["১৯ সেপ্টেম্বর' ২০২২", '১৯ সেপ্টম্বর, ২০২২']]);
  files['orders/04-table-flattened.txt'] = flattenTables(o002, 'paren');
  files['orders/05-truncated.txt'] = truncate(o002, 0.3);
  return files;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.rmSync(ARCHIVE_DIR, { recursive: true, force: true });
  for (const [name, content] of Object.entries(archiveFiles())) {
    fs.mkdirSync(path.dirname(path.join(ARCHIVE_DIR, name)), { recursive: true });
    fs.writeFileSync(path.join(ARCHIVE_DIR, name), content);
  }
  process.stdout.write(`wrote ${Object.keys(archiveFiles()).length} files to ${path.relative(process.cwd(), ARCHIVE_DIR)}\n`);
}

/**
 * The words citizens type for what the documents print another way, in one table
 * for every search: an office's bundle, a merged area and the national catalogue
 * all expand a query through `alternativesOf()` (src/search/query.ts plans the
 * Pagefind queries; src/search/catalogue/query.ts matches catalogue words).
 *
 * Three kinds of entry, kept literal and small (docs/search.md says why each is in):
 * - **one idea**: Bengali words a citizen uses for the same thing (ফি, মূল্য, খরচ are
 *   all "what it costs"); each finds the others, and the idea's answers (a charter's
 *   fee cell reads বিনামূল্যে or "৫০ টাকা");
 * - **other script**: English (and a few romanised Bengali) words for what the
 *   documents print in Bengali: "fee", "charter", "namjari";
 * - **phrases**: several typed words that mean one printed phrase ("citizen charter").
 *
 * A word's alternatives are other queries (weight WEIGHT_SYNONYM in the plan), so an
 * alternative can only add results, never hide the word as typed. A short word is
 * never widened to "every word starting with it": src/search/query.ts matches a short word
 * whole (termMatches()).
 */
import { foldQuery } from './fold.ts';

interface Idea {
  /** What it is, for the docs and the tests. */
  name: string;
  /** Words the documents print for it (Bengali, or Latin where they print that: GRS); each finds every other. */
  words: readonly string[];
  /** Words the answer is printed with that a citizen does not type for the idea (found, not finding). */
  answers?: readonly string[];
  /** Words typed for it that the documents do not print: English, romanised Bengali, misspellings (ফী). */
  typed?: readonly string[];
  /**
   * A detail of a service (its fee, time, papers, officer) rather than its name or place: the
   * national catalogue, which knows services by name only, does not require such a word.
   */
  detail?: boolean;
}

const IDEAS: readonly Idea[] = [
  {
    name: 'fee',
    words: ['মূল্য', 'ফি', 'ফিস', 'খরচ', 'চার্জ'],
    answers: ['বিনামূল্য', 'টাকা'],
    typed: ['ফী', 'দাম', 'fee', 'fees', 'cost', 'price', 'charge', 'payment', 'tk', 'taka'],
    detail: true,
  },
  { name: 'time limit', words: ['সময়'], typed: ['time', 'deadline', 'duration', 'days'], detail: true },
  { name: 'papers', words: ['কাগজপত্র', 'কাগজ', 'দলিলাদি'], typed: ['documents', 'papers', 'document'], detail: true },
  { name: 'officer', words: ['কর্মকর্তা', 'অফিসার'], typed: ['officer', 'official'], detail: true },
  { name: 'service', words: ['সেবা'], typed: ['service', 'seba', 'sheba'], detail: true },
  { name: 'how', words: ['পদ্ধতি', 'প্রক্রিয়া'], typed: ['process', 'procedure', 'method'], detail: true },
  { name: 'free', words: ['বিনামূল্যে'], typed: ['free'], detail: true },
  { name: 'payment', words: ['পরিশোধ'], typed: ['pay', 'payment'], detail: true },
  { name: 'office', words: ['কার্যালয়'], answers: ['দপ্তর'], typed: ['office'] },
  { name: 'complaint', words: ['অভিযোগ'], typed: ['complaint', 'complain', 'grievance', 'abhijog', 'ovijog'] },
  { name: 'application', words: ['আবেদন'], typed: ['application', 'apply', 'abedon'] },
  { name: 'form', words: ['ফরম', 'ফর্ম'], typed: ['form'] },
  { name: 'contact', words: ['যোগাযোগ'], typed: ['contact'] },
  { name: 'phone', words: ['ফোন', 'মোবাইল', 'টেলিফোন'], typed: ['phone', 'mobile', 'telephone'] },
  { name: 'e-mail', words: ['ই-মেইল', 'ইমেইল'], typed: ['email', 'e-mail', 'mail'] },
  { name: 'address', words: ['ঠিকানা'], typed: ['address'] },
  { name: 'meeting', words: ['সভা'], typed: ['meeting'] },
  { name: 'minutes', words: ['কার্যবিবরণী'], typed: ['minutes'] },
  { name: 'order', words: ['আদেশ'], typed: ['order'] },
  { name: 'notice', words: ['বিজ্ঞপ্তি', 'নোটিশ'], typed: ['notice'] },
  { name: 'committee', words: ['কমিটি'], typed: ['committee'] },
  { name: 'training', words: ['প্রশিক্ষণ'], typed: ['training'] },
  { name: 'innovation', words: ['উদ্ভাবন', 'ইনোভেশন'], typed: ['innovation'] },
  { name: 'information', words: ['তথ্য'], typed: ['information', 'info'] },
  { name: 'citizen', words: ['নাগরিক'], typed: ['citizen'] },
  { name: 'vision', words: ['ভিশন', 'রূপকল্প'], typed: ['vision'] },
  { name: 'mission', words: ['মিশন', 'অভিলক্ষ্য'], typed: ['mission'] },
  { name: 'land', words: ['ভূমি'], typed: ['land', 'bhumi', 'vumi'] },
  { name: 'mutation', words: ['নামজারি'], typed: ['mutation', 'namjari', 'namjary'] },
  { name: 'birth', words: ['জন্ম'], typed: ['birth', 'jonmo', 'jnmo'] },
  { name: 'death', words: ['মৃত্যু'], typed: ['death'] },
  { name: 'registration', words: ['নিবন্ধন'], typed: ['registration', 'nibondhon'] },
  { name: 'certificate', words: ['সনদ', 'প্রত্যয়নপত্র'], typed: ['certificate', 'sonod'] },
  { name: 'licence', words: ['লাইসেন্স'], typed: ['license', 'licence'] },
  { name: 'passport', words: ['পাসপোর্ট'], typed: ['passport'] },
  { name: 'tax', words: ['কর'], typed: ['tax'] },
  { name: 'prison', words: ['কারা'], typed: ['prison', 'jail'] },
  { name: 'visit', words: ['সাক্ষাৎ'], typed: ['visit'] },
  { name: 'union', words: ['ইউনিয়ন'], typed: ['union'] },
  { name: 'upazila', words: ['উপজেলা'], typed: ['upazila', 'upazilla', 'upojela'] },
  { name: 'district', words: ['জেলা'], typed: ['district', 'zila', 'zilla', 'jela'] },
  { name: 'division', words: ['বিভাগ'], typed: ['division'] },
  { name: 'ministry', words: ['মন্ত্রণালয়'], typed: ['ministry'] },
  { name: 'directorate', words: ['অধিদপ্তর'], typed: ['directorate'] },
  { name: 'e-Nothi', words: ['ই-নথি', 'e-nothi'], typed: ['ইনথি', 'enothi'] },
  { name: 'file', words: ['নথি'], typed: ['nothi', 'file'] },
  { name: 'GRS', words: ['জিআরএস', 'grs'], answers: ['অভিযোগ প্রতিকার'] },
];

/** Several typed words for one printed phrase: each alternative replaces the whole phrase. */
const PHRASES: Readonly<Record<string, readonly string[]>> = {
  'citizen charter': ['সিটিজেন চার্টার', 'সেবা প্রদান প্রতিশ্রুতি'],
  'citizens charter': ['সিটিজেন চার্টার', 'সেবা প্রদান প্রতিশ্রুতি'],
  'সিটিজেন চার্টার': ['সেবা প্রদান প্রতিশ্রুতি'],
  'নাগরিক সনদ': ['সেবা প্রদান প্রতিশ্রুতি', 'সিটিজেন চার্টার'],
  'time limit': ['সময়সীমা'],
  'office order': ['অফিস আদেশ'],
  'focal point': ['ফোকাল পয়েন্ট'],
  'birth registration': ['জন্ম নিবন্ধন'],
  'trade license': ['ট্রেড লাইসেন্স'],
  'digital center': ['ডিজিটাল সেন্টার'],
  'digital centre': ['ডিজিটাল সেন্টার'],
  'right to information': ['তথ্য অধিকার'],
};

/** Single words for "charter" (the phrase table handles "citizen charter"). */
const CHARTER = ['প্রতিশ্রুতি', 'চার্টার'];

const table = new Map<string, string[]>();
const detailWords = new Set<string>();
function add(from: string, to: readonly string[]) {
  const key = foldQuery(from);
  const list = table.get(key) ?? [];
  for (const t of to.map(foldQuery)) if (t !== key && !list.includes(t)) list.push(t);
  table.set(key, list);
}
for (const idea of IDEAS) {
  const found = [...idea.words, ...(idea.answers ?? [])];
  for (const word of idea.words) add(word, found);
  for (const word of idea.typed ?? []) add(word, found);
  if (idea.detail) for (const w of [...idea.words, ...(idea.typed ?? [])]) detailWords.add(foldQuery(w));
}
add('charter', CHARTER);
add('চার্টার', ['প্রতিশ্রুতি']);
detailWords.add('charter');

/** One-word alternatives by folded word (the plan looks a word up as typed, then by its stem). */
export const SYNONYMS: ReadonlyMap<string, readonly string[]> = table;

/** Phrase alternatives by folded phrase (words joined by one space). */
export const PHRASE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(PHRASES).map(([k, v]) => [foldQuery(k), v.map(foldQuery)] as const),
);

/** Longest typed phrase in words (the plan looks for phrases up to this length). */
export const LONGEST_PHRASE = Math.max(...[...PHRASE_SYNONYMS.keys()].map((k) => k.split(' ').length));

/** The alternatives of one folded query word, looked up as typed and then by its stem. */
export function alternativesOf(word: string, stem: string): readonly string[] {
  return SYNONYMS.get(word) ?? SYNONYMS.get(stem) ?? [];
}

/** True for a word that asks about a service's details (fee, time, papers…), not which service or where. */
export function isDetailWord(word: string, stem: string): boolean {
  return detailWords.has(word) || detailWords.has(stem);
}

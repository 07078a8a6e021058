/**
 * "Did you mean": the services nearest to a query that found nothing, by how alike
 * their folded words are. Pure, so the page (an office's or area's services from the
 * catalogue's part files, the country's from its term shards) and the tests rank the
 * same way.
 *
 * Words are compared on a loose key that forgets the spelling confusions search
 * already tries one at a time (src/search/query.ts: ি/ী, ু/ূ, শ/ষ/স, ন/ণ, য/জ, র/ড়/ঢ়,
 * a missing nukta), then by edit distance, so "নামযারী" is next to নামজারি and
 * "ভেরামারা" to ভেড়ামারা.
 */
import { catalogueWords } from './catalogue/format.ts';

const LOOSE: ReadonlyArray<readonly [RegExp, string]> = [
  [/\u09C0/g, '\u09BF'], // ী → ি
  [/\u09C2/g, '\u09C1'], // ূ → ু
  [/\u0988/g, '\u0987'], // ঈ → ই
  [/\u098A/g, '\u0989'], // ঊ → উ
  [/[\u09B6\u09B7]/g, '\u09B8'], // শ ষ → স
  [/\u09A3/g, '\u09A8'], // ণ → ন
  [/[\u09A1\u09A2]\u09BC/g, '\u09B0'], // ড় ঢ় → র
  [/\u09AF(?!\u09BC)/g, '\u099C'], // য → জ (not য়)
  [/\u09BC/g, ''], // any other nukta (য় → য)
];

/** A word with the spelling confusions folded away: equal keys are "the same word, typed differently". */
export function looseKey(word: string): string {
  let out = word;
  for (const [from, to] of LOOSE) out = out.replace(from, to);
  return out;
}

/** Levenshtein distance over code points, stopping early past `limit`. */
function editDistance(a: readonly string[], b: readonly string[], limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * How alike a typed word is to a word of a name, 0–1: the whole word, or its start (search
 * matches words by their start: "নামজা" is near "নামজারি"), or the typed word held inside
 * a longer one ("খারিজ" in "জমাখারিজ").
 */
export function wordSimilarity(typed: string, word: string): number {
  const a = [...looseKey(typed)];
  const b = [...looseKey(word)];
  if (a.length === 0 || b.length === 0) return 0;
  const whole = 1 - editDistance(a, b, a.length) / Math.max(a.length, b.length);
  // The start of a longer word counts for a word of a few letters, not for "ফি" (every ফি… word).
  const start = b.length > a.length && a.length >= 4 ? 0.95 * (1 - editDistance(a, b.slice(0, a.length), a.length) / a.length) : 0;
  const inside = a.length >= 3 && b.join('').includes(a.join('')) ? 0.85 : 0;
  return Math.max(whole, start, inside);
}

/** Below this a name is not offered: about one letter wrong in four. */
export const NEAR_ENOUGH = 0.7;

export interface NearName {
  name: string;
  score: number;
}

/**
 * The names nearest to the typed words, best first: each typed word scores its most alike
 * word in the name, and a name scores the mean over the typed words (a name must be near
 * every word, not just one). Names under NEAR_ENOUGH are left out.
 */
export function nearestNames(typed: readonly string[], names: Iterable<string>, limit = 5): NearName[] {
  const words = typed.filter((w) => w.length > 0);
  if (words.length === 0) return [];
  const scored: NearName[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) continue;
    seen.add(name);
    const nameWords = catalogueWords(name);
    if (nameWords.length === 0) continue;
    const score = words.reduce((sum, w) => sum + Math.max(0, ...nameWords.map((n) => wordSimilarity(w, n))), 0) / words.length;
    if (score >= NEAR_ENOUGH) scored.push({ name, score });
  }
  return scored.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, limit);
}

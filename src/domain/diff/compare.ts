/**
 * Comparing values by meaning: texts after Bengali normalisation and whitespace
 * collapsing, objects by their fields (never by their place in the file), lists
 * paired by key and then by similarity. Shared by every per-kind diff.
 */
import { collapseWhitespace, normalizeBengali } from '../text.ts';
import type { At, ChangeType, ContentChange, DocumentView } from './types.ts';

/** The comparison key of a text: NFC, one nukta form, no zero-width joiners, collapsed whitespace. */
export function normText(value: unknown): string {
  return collapseWhitespace(normalizeBengali(String(value ?? '')));
}

/** A canonical string of any value: keys sorted, strings normalised, empty values dropped. */
function canon(value: unknown): string {
  return JSON.stringify(canonical(value));
}
export function canonical(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return normText(value) || undefined;
  if (Array.isArray(value)) {
    const items = value.map(canonical).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value as object).sort()) {
      const v = canonical((value as Record<string, unknown>)[key]);
      if (v !== undefined) out[key] = v;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value;
}
export const same = (a: unknown, b: unknown) => canon(a) === canon(b);

export type Obj = Record<string, unknown>;
export const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
/** A snapshot file's parsed data seen as its kind's schema output (every field optional: the file may not pass its schema). */
export const view = <T>(data: unknown): DocumentView<T> => obj(data) as DocumentView<T>;
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
export const str = (v: unknown): string =>
  v === undefined || v === null ? '' : typeof v === 'string' ? collapseWhitespace(v) : typeof v === 'object' ? show(v) : String(v);

/** A value shown in a sentence: text as printed, lists joined, a person by name and designation. */
export function show(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return collapseWhitespace(value);
  if (Array.isArray(value)) return value.map(show).filter(Boolean).join('; ');
  if (typeof value === 'object') {
    const o = value as Obj;
    if ('name' in o || 'designation' in o) return [o['name'], o['designation']].map(str).filter(Boolean).join(', ');
    if ('text' in o) return str(o['text']);
    return Object.entries(o)
      .map(([k, v]) => `${k}: ${show(v)}`)
      .join(', ');
  }
  return String(value);
}

/** Similarity of two texts, 0..1: Dice coefficient over character bigrams of the normalised text. */
export function similarity(a: string, b: string): number {
  const x = normText(a);
  const y = normText(b);
  if (x === y) return 1;
  const grams = (s: string) => {
    const chars = [...s];
    const m = new Map<string, number>();
    for (let i = 0; i < chars.length - 1; i++) {
      const g = `${chars[i]}${chars[i + 1]}`;
      m.set(g, (m.get(g) ?? 0) + 1);
    }
    return m;
  };
  const gx = grams(x);
  const gy = grams(y);
  let overlap = 0;
  let total = 0;
  for (const [g, n] of gx) overlap += Math.min(n, gy.get(g) ?? 0);
  for (const n of gx.values()) total += n;
  for (const n of gy.values()) total += n;
  return total === 0 ? 0 : (2 * overlap) / total;
}

/**
 * Pair items of two lists: first equal keys (in order), then the most similar
 * remaining pairs above `threshold`. Returns pairs and the unpaired leftovers.
 */
export function pairUp<T>(
  base: T[],
  head: T[],
  key: (t: T) => string,
  threshold: number,
  score: (a: T, b: T) => number = (a, b) => similarity(key(a), key(b)),
) {
  const pairs: { before: T; after: T; exact: boolean }[] = [];
  const leftBase = new Set(base.map((_, i) => i));
  const leftHead = new Set(head.map((_, i) => i));
  for (const i of [...leftBase]) {
    const k = normText(key(base[i] as T));
    const j = [...leftHead].find((jj) => normText(key(head[jj] as T)) === k);
    if (j !== undefined) {
      pairs.push({ before: base[i] as T, after: head[j] as T, exact: true });
      leftBase.delete(i);
      leftHead.delete(j);
    }
  }
  const candidates: { i: number; j: number; score: number }[] = [];
  for (const i of leftBase) for (const j of leftHead) candidates.push({ i, j, score: score(base[i] as T, head[j] as T) });
  candidates.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  for (const c of candidates) {
    if (c.score < threshold) break;
    if (!leftBase.has(c.i) || !leftHead.has(c.j)) continue;
    pairs.push({ before: base[c.i] as T, after: head[c.j] as T, exact: false });
    leftBase.delete(c.i);
    leftHead.delete(c.j);
  }
  return { pairs, removed: [...leftBase].map((i) => base[i] as T), added: [...leftHead].map((j) => head[j] as T) };
}

/** Every field of a small object, for when the printed text stayed and only the structured value moved. */
export function canonShow(value: unknown): string {
  const c = canonical(value);
  return c && typeof c === 'object'
    ? Object.entries(c as Obj)
        .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('/') : String(v)}`)
        .join(', ')
    : String(c ?? '');
}

/** Fields not handled specifically: one change per top-level field that differs. */
export function diffRemaining(before: Obj, after: Obj, handled: ReadonlySet<string>, type: ChangeType, at: At, out: ContentChange[]): void {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !handled.has(k));
  for (const key of keys) {
    if (!same(before[key], after[key])) out.push({ ...at, type, field: key, before: show(before[key]), after: show(after[key]) });
  }
}

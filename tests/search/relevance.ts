/**
 * The relevance set (tests/search/relevance.yaml): loading, judging one query's
 * results, and the precision@5 / recall summary the bench reports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../support/paths.ts';
import type { SearchParams } from './browser-search.ts';

export const RELEVANCE_FILE = path.join(repoRoot, 'tests/search/relevance.yaml');

export interface RelevanceCase {
  /** A readable label: the query and its filters. */
  label: string;
  params: SearchParams;
  why?: string;
  top5: string[];
  also: string[];
  absent: string[];
  none: boolean;
}

interface RawCase {
  q?: unknown;
  why?: string;
  office?: string;
  kind?: string;
  fy?: string;
  top5?: string[];
  also?: string[];
  absent?: string[];
  none?: boolean;
}

/** Reads the set; page names resolve to URLs, and an unknown name is an error naming the query. */
export function loadRelevanceSet(file = RELEVANCE_FILE): RelevanceCase[] {
  const raw = parse(fs.readFileSync(file, 'utf8')) as { pages: Record<string, string>; queries: RawCase[] };
  const url = (name: string, q: string) => {
    const u = raw.pages[name];
    if (!u) throw new Error(`${file}: query "${q}" names page "${name}", which is not listed under pages:`);
    return u;
  };
  return raw.queries.map((c) => {
    const q = String(c.q ?? '');
    if (!q) throw new Error(`${file}: a query has no q:`);
    const params: SearchParams = { q, office: c.office, kind: c.kind, fy: c.fy };
    const filters = [c.office && `office=${c.office}`, c.kind && `kind=${c.kind}`, c.fy && `fy=${c.fy}`].filter(Boolean).join(' ');
    return {
      label: filters ? `${q} [${filters}]` : q,
      params,
      ...(c.why ? { why: c.why } : {}),
      top5: (c.top5 ?? []).map((n) => url(n, q)),
      also: (c.also ?? []).map((n) => url(n, q)),
      absent: (c.absent ?? []).map((n) => url(n, q)),
      none: c.none === true,
    };
  });
}

export interface Judgement {
  label: string;
  results: string[];
  problems: string[];
  /** Relevant results among the first five, over the results shown there (1 when nothing was expected and nothing shown). */
  precisionAt5: number;
  /** Required pages found anywhere in the results. */
  found: number;
  required: number;
}

/** Judges the result URLs of one query against its case. */
export function judge(c: RelevanceCase, results: readonly string[]): Judgement {
  const problems: string[] = [];
  const first5 = results.slice(0, 5);
  for (const must of c.top5) if (!first5.includes(must)) problems.push(`${must} is not in the top 5`);
  for (const never of c.absent) if (results.includes(never)) problems.push(`${never} should not appear`);
  if (c.none && results.length > 0) problems.push(`expected no results, got ${results.length}`);
  const relevant = new Set([...c.top5, ...c.also]);
  const precisionAt5 = first5.length === 0 ? (c.none || relevant.size === 0 ? 1 : 0) : first5.filter((u) => relevant.has(u)).length / first5.length;
  return {
    label: c.label,
    results: [...results],
    problems,
    precisionAt5,
    found: c.top5.filter((u) => results.includes(u)).length,
    required: c.top5.length,
  };
}

export interface Summary {
  queries: number;
  passed: number;
  /** Mean precision@5 over all queries. */
  precisionAt5: number;
  /** Required pages found over required pages (micro-averaged). */
  recall: number;
}

export function summarise(judgements: readonly Judgement[]): Summary {
  const required = judgements.reduce((n, j) => n + j.required, 0);
  const found = judgements.reduce((n, j) => n + j.found, 0);
  return {
    queries: judgements.length,
    passed: judgements.filter((j) => j.problems.length === 0).length,
    precisionAt5: judgements.reduce((n, j) => n + j.precisionAt5, 0) / Math.max(1, judgements.length),
    recall: required === 0 ? 1 : found / required,
  };
}

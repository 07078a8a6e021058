/**
 * Where a build's time and memory go: `npm run build`'s steps run one by one
 * (the same steps, from scripts/lib/build-steps.ts, in the same order), each
 * timed, with the peak memory of the whole process tree while it ran; for the
 * Astro step, its phases (content sync, bundling, page generation) and the time
 * Astro spent rendering each kind of page, from its own per-page log lines.
 * Used by `npm run bench:profile` and by `npm run bench` (one size).
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadContentTree } from '../../src/content-model/load.ts';
import { validateTree } from '../../src/validation/index.ts';
import { buildSteps } from '../../scripts/lib/build-steps.ts';
import { gib, run, treeRss } from './measure.ts';

export interface StepProfile {
  name: string;
  seconds: number;
  /** Peak RSS of the process tree while the step ran (sampled every 100 ms; in-process steps include this process). */
  peakRssBytes: number;
}

export interface RouteTypeProfile {
  type: string;
  pages: number;
  /** Sum of Astro's per-page "(+N ms)" times. */
  ms: number;
}

export interface BuildProfile {
  steps: StepProfile[];
  astroPhases: { name: string; seconds: number }[];
  routeTypes: RouteTypeProfile[];
  astroOutput: string;
}

/** The kind of page an output path is, for the per-type breakdown. */
export function routeType(outputPath: string): string {
  const p = outputPath.replace(/^\/+/, '');
  if (p.startsWith('api/')) return 'json (api/)';
  if (p.startsWith('compliance')) return 'compliance';
  const office = /^offices\/[^/]+\/(.*)$/.exec(p);
  if (!office) return 'national (home, search, 404, ...)';
  const rest = office[1] ?? '';
  if (rest === 'index.html' || rest === '') return 'office';
  if (rest.startsWith('charters/')) return 'charter';
  if (rest.startsWith('minutes/')) return 'minutes';
  if (rest.startsWith('orders/')) return 'order';
  if (rest.startsWith('feed.xml')) return 'feed';
  if (rest.startsWith('media/')) return 'media';
  return 'other office route';
}

/** Astro's "├─ /offices/x/index.html (+12ms)" lines, summed by page type. */
export function routeTypesFromLog(output: string): RouteTypeProfile[] {
  const byType = new Map<string, RouteTypeProfile>();
  for (const m of output.matchAll(/[├└]─ (\S+) \(\+([\d.]+)(m?s)\)/g)) {
    const type = routeType(m[1] ?? '');
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const row = byType.get(type) ?? { type, pages: 0, ms: 0 };
    row.pages++;
    row.ms += ms;
    byType.set(type, row);
  }
  return [...byType.values()].sort((a, b) => b.ms - a.ms);
}

/** Astro's phase lines: content sync, type generation, bundling, page generation, total. */
export function astroPhasesFromLog(output: string): { name: string; seconds: number }[] {
  const seconds = (n: string, unit: string) => Number(n) / (unit === 'ms' ? 1000 : 1);
  const phases: { name: string; seconds: number }[] = [];
  const types = /\[types\] Generated ([\d.]+)(m?s)/.exec(output);
  if (types) phases.push({ name: 'content sync + types', seconds: seconds(types[1]!, types[2]!) });
  const bundles = [...output.matchAll(/\[vite\] ✓ built in ([\d.]+)(m?s)/g)].reduce((sum, m) => sum + seconds(m[1]!, m[2]!), 0);
  if (bundles) phases.push({ name: 'bundling (Vite: pages, components, content modules)', seconds: bundles });
  const generate = /generating static routes[\s\S]*?✓ Completed in ([\d.]+)(m?s)/.exec(output);
  if (generate) phases.push({ name: 'generating static routes (rendering pages)', seconds: seconds(generate[1]!, generate[2]!) });
  const total = /(\d+) page\(s\) built in (?:(\d+)m\s*)?([\d.]+)(m?s)/.exec(output);
  if (total) phases.push({ name: 'astro build, total as Astro reports it', seconds: Number(total[2] ?? 0) * 60 + seconds(total[3]!, total[4]!) });
  return phases;
}

/** Run `fn` while sampling this process tree's memory. */
async function timed<T>(name: string, fn: () => Promise<T> | T): Promise<{ step: StepProfile; value: T }> {
  let peak = treeRss(process.pid);
  const poll = setInterval(() => (peak = Math.max(peak, treeRss(process.pid))), 100);
  const started = performance.now();
  try {
    const value = await fn();
    peak = Math.max(peak, treeRss(process.pid));
    return { step: { name, seconds: (performance.now() - started) / 1000, peakRssBytes: peak }, value };
  } finally {
    clearInterval(poll);
  }
}

/**
 * Profile one build of `contentRoot` into `siteDir` with its own Astro cache.
 * Runs the build's steps in this process (and Astro as a child), like `npm run build`
 * but without publishing; throws when a step fails.
 */
export async function profileBuild(options: {
  repo: string;
  contentRoot: string;
  siteDir: string;
  cacheDir: string;
  env?: Record<string, string>;
}): Promise<BuildProfile> {
  const { repo, contentRoot, siteDir, cacheDir } = options;
  const steps: StepProfile[] = [];
  const saved = { ...process.env };
  Object.assign(process.env, { PORTAL_CONTENT_DIR: contentRoot, PORTAL_OUT_DIR: siteDir, PORTAL_CACHE_DIR: cacheDir, ...options.env });
  try {
    const read = await timed('read content (loadContentTree)', () => loadContentTree(contentRoot));
    steps.push(read.step);
    const tree = read.value;
    const validated = await timed('validate (every check)', () => validateTree(tree));
    steps.push(validated.step);
    if (validated.value.diagnostics.some((d) => d.severity === 'error')) throw new Error('content has errors (npm run validate)');
    for (const step of buildSteps.beforeAstro) {
      const result = await timed(step.name, () => step.run({ repo, contentRoot, siteDir, tree }));
      steps.push(result.step);
      if (!result.value.ok) throw new Error(result.value.message);
    }
    fs.rmSync(siteDir, { recursive: true, force: true });
    const astro = await run(process.execPath, [path.join(repo, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: repo,
      env: { ...process.env, PORTAL_VALIDATED: '1' },
    });
    if (astro.code !== 0) throw new Error(`astro build failed:\n${astro.output.slice(-3000)}`);
    steps.push({ name: 'astro build', seconds: astro.seconds, peakRssBytes: astro.peakRssBytes });
    for (const step of buildSteps.afterAstro) {
      const result = await timed(step.name, () => step.run({ repo, contentRoot, siteDir }));
      steps.push(result.step);
      if (!result.value.ok) throw new Error(result.value.message);
    }
    return { steps, astroPhases: astroPhasesFromLog(astro.output), routeTypes: routeTypesFromLog(astro.output), astroOutput: astro.output };
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

/** The profile as Markdown tables. */
export function formatProfile(profile: BuildProfile, label: string): string[] {
  const s = (seconds: number) => `${seconds.toFixed(2)} s`;
  const total = profile.steps.reduce((sum, step) => sum + step.seconds, 0);
  const lines = [`Build steps, ${label} (total ${s(total)}):`, '', '| step | time | share | peak memory (process tree) |', '|---|---:|---:|---:|'];
  for (const step of profile.steps)
    lines.push(`| ${step.name} | ${s(step.seconds)} | ${((step.seconds / total) * 100).toFixed(0)}% | ${gib(step.peakRssBytes)} |`);
  lines.push('', 'Inside `astro build`:', '', '| phase | time |', '|---|---:|');
  for (const phase of profile.astroPhases) lines.push(`| ${phase.name} | ${s(phase.seconds)} |`);
  const routeMs = profile.routeTypes.reduce((sum, r) => sum + r.ms, 0);
  lines.push('', "Rendering by page type (Astro's per-page times):", '', '| page type | pages | total | per page | share |', '|---|---:|---:|---:|---:|');
  for (const r of profile.routeTypes)
    lines.push(`| ${r.type} | ${r.pages} | ${(r.ms / 1000).toFixed(2)} s | ${(r.ms / r.pages).toFixed(1)} ms | ${((r.ms / routeMs) * 100).toFixed(0)}% |`);
  return lines;
}

/**
 * Where a build's time and memory go: one real `npm run build` (scripts/build.ts, as a
 * child process) with `PORTAL_BUILD_PROFILE` set, so the build records when each of
 * its steps ran (src/pipeline/build-clock.ts: validation and gate, the Astro batches,
 * the national Astro process, per-office Pagefind, CMS entry, record and offline pack,
 * publishing) while this process samples the memory of the whole process tree every
 * 100 ms; each sample is counted for the step running at that moment. For the Astro
 * processes, their phases (content sync, bundling, page generation) and the time Astro
 * spent rendering each kind of page, from their own log lines.
 * Used by `npm run bench:profile` and by `npm run bench` (every build of ours).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stepAt, stepTotals, type StepSpan } from '../../src/pipeline/build-clock.ts';
import { cpuUse, gib, run, type Measured } from './measure.ts';

export interface StepProfile {
  name: string;
  seconds: number;
  /** Peak RSS of the build's process tree in the 100 ms samples taken while the step ran (0 when none fell in it). */
  peakRssBytes: number;
}

export interface RouteTypeProfile {
  type: string;
  pages: number;
  /** Sum of Astro's per-page "(+N ms)" times. */
  ms: number;
}

export interface BuildProfile {
  /** The whole `npm run build`: wall time, peak memory of the process tree, output. */
  measured: Measured;
  /** Wall time of every Astro process the build started (the office batches and the national layer). */
  astroSeconds: number;
  /** Routes those Astro processes built. */
  routes: number;
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

/** Astro's phase lines (content sync, type generation, bundling, page generation, total), summed over every Astro process in `output`. */
export function astroPhasesFromLog(output: string): { name: string; seconds: number }[] {
  const seconds = (n: string, unit: string) => Number(n) / (unit === 'ms' ? 1000 : 1);
  const sum = (pattern: RegExp, value: (m: RegExpMatchArray) => number) => [...output.matchAll(pattern)].reduce((total, m) => total + value(m), 0);
  const phases: { name: string; seconds: number }[] = [];
  const types = sum(/\[types\] Generated ([\d.]+)(m?s)/g, (m) => seconds(m[1]!, m[2]!));
  if (types) phases.push({ name: 'content sync + types', seconds: types });
  const bundles = sum(/\[vite\] ✓ built in ([\d.]+)(m?s)/g, (m) => seconds(m[1]!, m[2]!));
  if (bundles) phases.push({ name: 'bundling (Vite: pages, components, content modules)', seconds: bundles });
  const generate = sum(/generating static routes[\s\S]*?✓ Completed in ([\d.]+)(m?s)/g, (m) => seconds(m[1]!, m[2]!));
  if (generate) phases.push({ name: 'generating static routes (rendering pages)', seconds: generate });
  const total = sum(/(\d+) page\(s\) built in (?:(\d+)m\s*)?([\d.]+)(m?s)/g, (m) => Number(m[2] ?? 0) * 60 + seconds(m[3]!, m[4]!));
  if (total) phases.push({ name: 'astro build, total as Astro reports it', seconds: total });
  return phases;
}

/** Routes Astro built, summed over every Astro process in `output`. */
export function astroRoutes(output: string): number {
  return [...output.matchAll(/(\d+) page\(s\) built in/g)].reduce((sum, m) => sum + Number(m[1]), 0);
}

/**
 * Build `contentRoot` into `siteDir` with `npm run build` (scripts/build.ts) and its own
 * Astro cache, measured: wall time and peak memory of the process tree, and where they
 * went, step by step. Throws when the build fails. Building again into the same
 * `siteDir` and `cacheDir` is a warm rebuild (unchanged offices are skipped).
 */
export async function profileBuild(options: {
  repo: string;
  contentRoot: string;
  siteDir: string;
  cacheDir: string;
  env?: Record<string, string>;
}): Promise<BuildProfile> {
  const profileFile = path.join(os.tmpdir(), `protishruti-profile-${process.pid}-${Date.now()}.json`);
  const samples: { time: number; rssBytes: number; cpuSeconds: number }[] = [];
  try {
    const measured = await run(process.execPath, [path.join(options.repo, 'scripts/build.ts')], {
      cwd: options.repo,
      env: {
        PORTAL_CONTENT_DIR: options.contentRoot,
        PORTAL_OUT_DIR: options.siteDir,
        PORTAL_CACHE_DIR: options.cacheDir,
        ...options.env,
        PORTAL_BUILD_PROFILE: profileFile,
      },
      samples,
      intervalMs: 100,
    });
    if (measured.code !== 0) throw new Error(`npm run build failed (exit ${measured.code}):\n${measured.output.slice(-3000)}`);
    const recorded = JSON.parse(fs.readFileSync(profileFile, 'utf8')) as { spans: StepSpan[]; astroLogs: string[] };
    const peaks = new Map<string, number>();
    for (const sample of samples) {
      const step = stepAt(recorded.spans, sample.time) ?? OTHER;
      peaks.set(step, Math.max(peaks.get(step) ?? 0, sample.rssBytes));
    }
    const steps: StepProfile[] = stepTotals(recorded.spans).map((t) => ({
      name: t.count > 1 ? `${t.step} (${t.count}×)` : t.step,
      seconds: t.seconds,
      peakRssBytes: peaks.get(t.step) ?? 0,
    }));
    const accounted = steps.reduce((sum, step) => sum + step.seconds, 0);
    steps.push({ name: OTHER, seconds: Math.max(0, measured.seconds - accounted), peakRssBytes: peaks.get(OTHER) ?? 0 });
    const astroOutput = recorded.astroLogs.join('\n');
    const astroSeconds = recorded.spans.filter((span) => span.step.startsWith('astro:')).reduce((sum, span) => sum + (span.end - span.start) / 1000, 0);
    return {
      measured,
      steps,
      astroSeconds,
      routes: astroRoutes(astroOutput),
      astroPhases: astroPhasesFromLog(astroOutput),
      routeTypes: routeTypesFromLog(astroOutput),
      astroOutput,
    };
  } finally {
    fs.rmSync(profileFile, { force: true });
  }
}

const OTHER = 'other (Node start-up, module loading, between steps)';

const KIND_NAMES: Record<string, string> = {
  astro: 'Astro',
  pagefind: 'Pagefind',
  node: 'the pipeline (Node: validation, finishing, publishing)',
  other: 'other (esbuild, git, …)',
};

/** The profile as Markdown tables. */
export function formatProfile(profile: BuildProfile, label: string): string[] {
  const s = (seconds: number) => `${seconds.toFixed(2)} s`;
  const total = profile.measured.seconds;
  const processes = [...profile.astroOutput.matchAll(/page\(s\) built in/g)].length;
  const lines = [
    `Build steps, ${label}: ${s(total)} wall, ${s(profile.measured.cpuSeconds)} CPU (user + system, whole process tree: CPU use ${cpuUse(profile.measured).toFixed(2)} of 2 cores), peak ${gib(profile.measured.peakRssBytes)} for the process tree; ${processes} Astro process${processes === 1 ? '' : 'es'} (${s(profile.astroSeconds)}, ${profile.routes} routes). Steps overlap (Astro renders while finished offices are indexed and published), so their times add up to more than the wall time:`,
    '',
    '| step | time | share | peak memory (process tree, while it ran) |',
    '|---|---:|---:|---:|',
  ];
  for (const step of profile.steps)
    lines.push(`| ${step.name} | ${s(step.seconds)} | ${((step.seconds / total) * 100).toFixed(0)}% | ${step.peakRssBytes ? gib(step.peakRssBytes) : '—'} |`);
  const kinds = Object.entries(profile.measured.cpuByKind).sort((a, b) => b[1] - a[1]);
  if (kinds.length)
    lines.push('', `CPU by process (user + system): ${kinds.map(([kind, seconds]) => `${KIND_NAMES[kind] ?? kind} ${s(seconds)}`).join(', ')}.`);
  lines.push('', `Inside the Astro processes (summed over ${processes}):`, '', '| phase | time |', '|---|---:|');
  for (const phase of profile.astroPhases) lines.push(`| ${phase.name} | ${s(phase.seconds)} |`);
  const routeMs = profile.routeTypes.reduce((sum, r) => sum + r.ms, 0);
  lines.push('', "Rendering by page type (Astro's per-page times):", '', '| page type | pages | total | per page | share |', '|---|---:|---:|---:|---:|');
  for (const r of profile.routeTypes)
    lines.push(`| ${r.type} | ${r.pages} | ${(r.ms / 1000).toFixed(2)} s | ${(r.ms / r.pages).toFixed(1)} ms | ${((r.ms / routeMs) * 100).toFixed(0)}% |`);
  return lines;
}

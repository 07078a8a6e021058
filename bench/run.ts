/**
 * npm run bench [-- --quick] [--sizes 100,1000,5000] [--markdown-pages N] [--pagefind-pages 1000,5000]
 *               [--country-pages 50000] [--country-offices 50000] [--full-offices 5000] [--no-freshness] [--out bench/RESULTS.md]
 *               [--profile-pages N] [--no-warm] [--no-mdx] [--no-hugo] [--country-search 1000,10000,50000] [--commands-offices 50000]
 *
 * Everything is measured in one run on this machine, on synthetic content
 * (npm run generate, no stale offices so the freshness gate passes):
 * - our `npm run build` against a bare Astro project (same astro from
 *   node_modules, default settings) rendering the same pages as plain Markdown:
 *   wall time, ratio (goal ≤ 1.3x) and peak memory of the process tree (goal
 *   under 3 GB at 5,000 pages);
 * - the same pages through bare Astro + @astrojs/mdx (what MDX itself costs) and
 *   through Hugo (installed with apt-get when missing, else skipped with a note);
 * - a warm rebuild of ours after one document changed (same Astro cache);
 * - where one build's time and memory go, per step and per page type (bench/lib/profile.ts);
 * - (--markdown-pages N) our build with Astro's default Markdown processor instead of unified + remark-gfm;
 * - the freshness check for 10,000 offices (npm run bench:freshness);
 * - Pagefind: index size, time to re-index a built site (the national index of a
 *   sharded build), and what the first search transfers, in Chromium;
 * - one office shard built inside a 50,000-page country;
 * - the office as the unit in a country of 50,000 offices (bench/country.ts): the national
 *   layer, one office edited, a full build of 5,000 offices, sizes (about 45 minutes);
 * - search by scope at 1,000, 10,000 and 50,000 offices (bench/country-search.ts): first-query
 *   bytes and last key to results per scope in Chromium with 4× CPU throttling, the
 *   catalogue's size and build time, one office's edit, the offline pack (about 8 minutes);
 * - the maintainers' commands at 50,000 offices (bench/commands.ts, alone: npm run bench:commands):
 *   validate and freshness for one office and for the country, codeowners, the reminders of a
 *   quarter's start (`--commands-offices 0` skips it, and so does `--country-offices 0` unless
 *   --commands-offices is given).
 * Results are appended to bench/RESULTS.md with the machine, date and command.
 * The default takes about 15 minutes on an idle 2-core machine (mostly the 5,000-page build); --quick about 3.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readOfficeTree } from '../src/content-model/shards.ts';
import { UsageError, parseArgs, runCli } from '../scripts/lib/args.ts';
import { indexSite } from '../src/search/index-html.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { writeBareProject } from './lib/bare-astro.ts';
import { ensureHugo, writeHugoProject } from './lib/hugo.ts';
import { astroRoutes, formatProfile, profileBuild, type BuildProfile } from './lib/profile.ts';
import { cpuUse, dirBytes, gib, kib, machine, mib, run, type Measured } from './lib/measure.ts';

const repo = process.cwd();
const node = process.execPath;
const AS_OF = '2024-05-01';
/** The goals of issue 26, as ratios measured in one run. */
const BUILD_GOAL = 1.3;
const ASTRO_GOAL = 1.2;
const WARM_GOAL = 0.15;

interface BuildRow {
  pages: number;
  ours: Measured;
  oursProfile: BuildProfile;
  warmProfile: BuildProfile | undefined;
  bare: Measured;
  oursRoutes: number;
  bareRoutes: number;
  oursRender: number | undefined;
  bareRender: number | undefined;
  mdx: Measured | undefined;
  hugo: Measured | undefined;
  warm: Measured | undefined;
}

const lines: string[] = [];
const say = (line = '') => {
  lines.push(line);
  process.stdout.write(`${line}\n`);
};
const s = (seconds: number) => `${seconds.toFixed(1)} s`;

/** "[build] 504 page(s) built in 12.83s" → 12.83 (Astro's own render time). */
function astroRender(output: string): { routes: number; seconds: number | undefined } {
  // Astro prints "12.83s", "830ms" or "1m 5s".
  const m = /(\d+) page\(s\) built in (?:(\d+)m\s*)?([\d.]+)(m?s)/.exec(output);
  if (!m) return { routes: 0, seconds: undefined };
  return { routes: Number(m[1]), seconds: Number(m[2] ?? 0) * 60 + Number(m[3]) / (m[4] === 'ms' ? 1000 : 1) };
}

function check(what: string, result: Measured): Measured {
  if (result.code !== 0) throw new Error(`${what} failed (exit ${result.code}):\n${result.output.slice(-3000)}`);
  return result;
}

async function generate(work: string, name: string, pages: number): Promise<string> {
  const dir = path.join(work, `content-${name}`);
  check(
    `generating ${pages} pages`,
    await run(node, ['scripts/generate.ts', '--pages', String(pages), '--stale', '0', '--as-of', AS_OF, '--seed', 'bench', '--out', dir, '--force', '--quiet']),
  );
  return dir;
}

/** `npm run build` (scripts/build.ts) of `content`, with where its time and memory went (bench/lib/profile.ts). Same name, same site and cache: a warm rebuild. */
function ourBuild(work: string, name: string, content: string, extraEnv: Record<string, string> = {}): Promise<BuildProfile> {
  return profileBuild({
    repo,
    contentRoot: content,
    siteDir: path.join(work, `site-${name}`),
    cacheDir: path.join(work, `cache-${name}`),
    env: { FRESHNESS_AS_OF: AS_OF, ...extraEnv },
  });
}

async function firstQueryTransfer(siteDir: string, query: string): Promise<{ bytes: number; requests: number; results: number }> {
  const server = await serveStatic(siteDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ serviceWorkers: 'block' });
    let bytes = 0;
    let requests = 0;
    page.on('requestfinished', (request) => {
      if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
      requests++;
      void request.sizes().then((sizes) => (bytes += sizes.responseBodySize + sizes.responseHeadersSize));
    });
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] a').length > 0, undefined, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const results = await page.locator('[data-search-results] a').count();
    return { bytes, requests, results };
  } finally {
    await browser.close();
    await server.close();
  }
}

await runCli(async () => {
  const { flags, positionals } = parseArgs(process.argv.slice(2), {
    quick: {},
    sizes: { value: true },
    'markdown-pages': { value: true },
    'pagefind-pages': { value: true },
    'country-pages': { value: true },
    'country-offices': { value: true },
    'country-search': { value: true },
    'commands-offices': { value: true },
    'full-offices': { value: true },
    'no-freshness': {},
    'profile-pages': { value: true },
    'no-warm': {},
    'no-mdx': {},
    'no-hugo': {},
    out: { value: true },
    keep: {},
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const quick = flags['quick'] === true;
  const list = (name: string, fallback: number[]) => {
    const raw = flags[name];
    if (raw === undefined) return fallback;
    const values = String(raw).split(',').filter(Boolean).map(Number);
    if (values.some((v) => !Number.isInteger(v) || v < 0)) throw new UsageError(`--${name} takes whole numbers separated by commas, got "${String(raw)}"`);
    return values.filter((v) => v > 0);
  };
  const sizes = list('sizes', quick ? [100, 1000] : [100, 1000, 5000]);
  // Bodies no longer go through Astro's Markdown processor (the content loader renders them), so this comparison is opt-in.
  const markdownPages = list('markdown-pages', [0])[0];
  const profilePages = list('profile-pages', [1000])[0];
  const hugo = flags['no-hugo'] ? undefined : ensureHugo();
  const pagefindPages = list('pagefind-pages', quick ? [1000] : [1000, 5000]);
  const countryPages = list('country-pages', quick ? [] : [50_000])[0];
  const countryOffices = list('country-offices', quick ? [] : [50_000])[0];
  const fullOffices = list('full-offices', [5_000])[0] ?? 5_000;
  const countrySearch = list('country-search', quick ? [1_000] : [1_000, 10_000, 50_000]);
  // The commands run on a generated country too: `--country-offices 0` (the outside check of the build ratio) skips them
  // unless --commands-offices asks for them.
  const commandsOffices = list('commands-offices', quick || (flags['country-offices'] !== undefined && countryOffices === undefined) ? [] : [50_000])[0];
  const resultsFile = path.resolve(typeof flags['out'] === 'string' ? flags['out'] : 'bench/RESULTS.md');

  const stamp = new Date().toISOString();
  // Inside the repository (bench/out/ is ignored): Astro keeps prerender chunks of an out-of-tree build in the shared .astro/.
  const work = path.join(repo, 'bench/out', stamp.replace(/[:.]/g, '-'));
  fs.mkdirSync(work, { recursive: true });
  const started = performance.now();

  say(`## ${stamp.slice(0, 16).replace('T', ' ')} UTC — \`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\``);
  say();
  say(`Machine: ${machine()}.`);
  say(
    `Astro ${JSON.parse(fs.readFileSync('node_modules/astro/package.json', 'utf8')).version}, Pagefind ${JSON.parse(fs.readFileSync('node_modules/pagefind/package.json', 'utf8')).version}; synthetic content from \`npm run generate -- --pages N --stale 0 --seed bench --as-of ${AS_OF}\`.`,
  );
  say();

  // 1. Our build against bare Astro, page for page.
  const rows: BuildRow[] = [];
  const contents = new Map<number, string>();
  for (const pages of sizes) {
    const content = await generate(work, String(pages), pages);
    contents.set(pages, content);
    const bareDir = path.join(work, `bare-${pages}`);
    writeBareProject(content, bareDir, repo);
    // Alternate the order so a drift in machine load does not always favour one side.
    const runBare = () => run(node, [path.join(repo, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: bareDir });
    let oursProfile: BuildProfile;
    let bare: Measured;
    if (rows.length % 2 === 0) {
      oursProfile = await ourBuild(work, String(pages), content);
      bare = check(`bare Astro build of ${pages} pages`, await runBare());
    } else {
      bare = check(`bare Astro build of ${pages} pages`, await runBare());
      oursProfile = await ourBuild(work, String(pages), content);
    }
    const ours = oursProfile.measured;
    // Astro step: Astro's own "N page(s) built in" time, summed over every Astro process of ours (office
    // batches and the national layer, which runs beside the last batch's indexing), against bare Astro's.
    const astroTotal = (phases: { name: string; seconds: number }[]) => phases.find((p) => p.name.startsWith('astro build, total'))?.seconds;
    const o = { routes: oursProfile.routes, seconds: astroTotal(oursProfile.astroPhases) };
    const b = { routes: astroRoutes(bare.output), seconds: astroRender(bare.output).seconds };
    let mdx: Measured | undefined;
    if (!flags['no-mdx']) {
      const mdxDir = path.join(work, `bare-mdx-${pages}`);
      writeBareProject(content, mdxDir, repo, { format: 'mdx' });
      mdx = check(`bare Astro + MDX build of ${pages} pages`, await run(node, [path.join(repo, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: mdxDir }));
      fs.rmSync(mdxDir, { recursive: true, force: true });
    }
    let hugoRun: Measured | undefined;
    if (hugo && 'bin' in hugo) {
      const hugoDir = path.join(work, `hugo-${pages}`);
      writeHugoProject(content, hugoDir);
      hugoRun = check(`Hugo build of ${pages} pages`, await run(hugo.bin, ['--quiet', '-d', 'public'], { cwd: hugoDir }));
      fs.rmSync(hugoDir, { recursive: true, force: true });
    }
    let warmProfile: BuildProfile | undefined;
    if (!flags['no-warm']) {
      // An editor's change: one document edited, then the same build again into the same site with the same Astro cache.
      const minutesDir = path.join(content, 'offices', fs.readdirSync(path.join(content, 'offices')).sort()[0] ?? '', 'minutes');
      const doc = fs.existsSync(minutesDir) ? fs.readdirSync(minutesDir).sort()[0] : undefined;
      if (doc) {
        fs.appendFileSync(path.join(minutesDir, doc), '\nসংশোধিত।\n');
        warmProfile = await ourBuild(work, String(pages), content);
      }
    }
    const warm = warmProfile?.measured;
    rows.push({
      pages,
      ours,
      oursProfile,
      warmProfile,
      bare,
      oursRoutes: o.routes,
      bareRoutes: b.routes,
      oursRender: o.seconds,
      bareRender: b.seconds,
      mdx,
      hugo: hugoRun,
      warm,
    });
    process.stdout.write(`  ${pages} pages: ours ${s(ours.seconds)}, bare ${s(bare.seconds)}, ratio ${(ours.seconds / bare.seconds).toFixed(2)}x\n`);
    fs.rmSync(bareDir, { recursive: true, force: true });
  }
  if (rows.length) {
    say('### Our build vs bare Astro (same pages as plain Markdown)');
    say();
    say(
      '| pages | our build | bare Astro | ratio (goal ≤ 1.3x) | CPU use ours / bare (of 2 cores) | Astro step alone: ours / bare (goal ≤ 1.2x) | routes ours / bare | peak memory ours (goal < 3 GB at 5,000) | peak memory bare |',
    );
    say('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      const ratio = r.ours.seconds / r.bare.seconds;
      const render =
        r.oursRender && r.bareRender
          ? `${s(r.oursRender)} / ${s(r.bareRender)} = **${(r.oursRender / r.bareRender).toFixed(2)}x** ${r.oursRender / r.bareRender <= ASTRO_GOAL ? 'met' : 'not met'}`
          : 'n/a';
      say(
        `| ${r.pages.toLocaleString('en')} | ${s(r.ours.seconds)} | ${s(r.bare.seconds)} | **${ratio.toFixed(2)}x** ${ratio <= BUILD_GOAL ? 'met' : 'not met'} | ${cpuUse(r.ours).toFixed(2)} (${s(r.ours.cpuSeconds)} CPU) / ${cpuUse(r.bare).toFixed(2)} (${s(r.bare.cpuSeconds)}) | ${render} | ${r.oursRoutes} / ${r.bareRoutes} | ${gib(r.ours.peakRssBytes)} | ${gib(r.bare.peakRssBytes)} |`,
      );
    }
    say();
    say(
      'Our build is the whole `npm run build` (scripts/build.ts): validation and the freshness gate, the office builds (Astro processes of up to 400 offices each, rendering office by office while the offices already written get their Pagefind bundle, CMS entry, record and offline pack on the other core; the last one renders the national pages too), the national layer\'s finishing (search scopes and catalogue, CMS shell, sitemaps, service worker) and the swap into the published folder. CPU use: user + system seconds of the whole process tree (every process, polled every 100 ms) per wall second; 2.00 is both cores busy throughout. Astro step: the time Astro reports ("N page(s) built in"), summed over all our Astro processes, against bare Astro\'s one. Steps of each build: the tables below.',
    );
    say();
    say('**Goals, as ratios in this run:**');
    say();
    for (const r of rows) {
      const ratio = r.ours.seconds / r.bare.seconds;
      const astro = r.oursRender && r.bareRender ? r.oursRender / r.bareRender : undefined;
      const warm = r.warm ? r.warm.seconds / r.ours.seconds : undefined;
      const parts = [
        `whole build ${ratio.toFixed(2)}x bare Astro (≤ ${BUILD_GOAL}x: ${ratio <= BUILD_GOAL ? 'met' : 'not met'})`,
        astro === undefined ? 'Astro step n/a' : `Astro step ${astro.toFixed(2)}x (≤ ${ASTRO_GOAL}x: ${astro <= ASTRO_GOAL ? 'met' : 'not met'})`,
        `peak memory ${gib(r.ours.peakRssBytes)}${r.pages >= 5000 ? ` (< 3 GB: ${r.ours.peakRssBytes < 3e9 ? 'met' : 'not met'})` : ''}`,
        warm === undefined
          ? 'warm rebuild n/a'
          : `warm rebuild ${(warm * 100).toFixed(0)}% of cold (≤ ${WARM_GOAL * 100}%: ${warm <= WARM_GOAL ? 'met' : 'not met'})`,
        `CPU use ${cpuUse(r.ours).toFixed(2)} ours, ${cpuUse(r.bare).toFixed(2)} bare`,
      ];
      say(`- ${r.pages.toLocaleString('en')} pages: ${parts.join('; ')}.`);
    }
    say();
  }
  if (rows.some((r) => r.mdx || r.hugo || r.warm)) {
    say('### The same pages elsewhere, and a warm rebuild');
    say();
    say(
      '| pages | ours, cold | ours, warm (one document changed) | bare Astro (.md) | bare Astro + @astrojs/mdx (MDX cost) | Hugo | ours / Hugo | peak memory: bare .mdx / Hugo |',
    );
    say('|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      const warm = r.warm ? `${s(r.warm.seconds)} (${((r.warm.seconds / r.ours.seconds) * 100).toFixed(0)}% of cold; goal ≤ ${WARM_GOAL * 100}%)` : 'n/a';
      const mdx = r.mdx ? `${s(r.mdx.seconds)} (${(r.mdx.seconds / r.bare.seconds).toFixed(2)}x .md)` : 'n/a';
      const h = r.hugo ? s(r.hugo.seconds) : 'n/a';
      const oh = r.hugo ? `${(r.ours.seconds / r.hugo.seconds).toFixed(1)}x` : 'n/a';
      say(
        `| ${r.pages.toLocaleString('en')} | ${s(r.ours.seconds)} | ${warm} | ${s(r.bare.seconds)} | ${mdx} | ${h} | ${oh} | ${r.mdx ? gib(r.mdx.peakRssBytes) : 'n/a'} / ${r.hugo ? gib(r.hugo.peakRssBytes) : 'n/a'} |`,
      );
    }
    say();
    say(
      `Bare Astro + @astrojs/mdx builds the bare pages as \`.mdx\` (bench/lib/bare-astro.ts). Hugo: ${hugo === undefined ? 'not run (--no-hugo)' : 'bin' in hugo ? `${hugo.version} from the system, the same Markdown pages with a minimal layout (bench/lib/hugo.ts)` : `skipped: ${hugo.missing}`}. The warm rebuild appends a line to one minutes document and runs \`npm run build\` again into the same published folder with the same \`PORTAL_CACHE_DIR\`: only that office has a new input key.`,
    );
    say();
  }

  // Where the time and memory go: the builds above, step by step (the profile size's in full, the others' steps).
  for (const r of rows) {
    if (r.pages !== profilePages) continue;
    say(`### Where the time goes: ${r.pages.toLocaleString('en')} pages, step by step`);
    say();
    for (const line of formatProfile(r.oursProfile, 'cold (empty Astro cache, no published site)')) say(line);
    say();
    if (r.warmProfile) {
      for (const line of formatProfile(r.warmProfile, 'warm (one minutes document changed, same site and Astro cache)')) say(line);
      say();
    }
  }
  const others = rows.filter((r) => r.pages !== profilePages);
  if (others.length) {
    say('### Steps at the other sizes (seconds; cold, then warm)');
    say();
    const names = [...new Set(others.flatMap((r) => r.oursProfile.steps.map((step) => step.name.replace(/ \(\d+×\)$/, ''))))];
    say(`| step | ${others.map((r) => `${r.pages.toLocaleString('en')} cold | ${r.pages.toLocaleString('en')} warm`).join(' | ')} |`);
    say(`|---|${others.map(() => '---:|---:').join('|')}|`);
    const cell = (profile: BuildProfile | undefined, name: string) => {
      const step = profile?.steps.find((st) => st.name.replace(/ \(\d+×\)$/, '') === name);
      return step ? step.seconds.toFixed(2) : '—';
    };
    for (const name of names) say(`| ${name} | ${others.map((r) => `${cell(r.oursProfile, name)} | ${cell(r.warmProfile, name)}`).join(' | ')} |`);
    say();
  }
  if (profilePages && !rows.some((r) => r.pages === profilePages)) {
    const content = contents.get(profilePages) ?? (await generate(work, String(profilePages), profilePages));
    const profile = await ourBuild(work, `profile-${profilePages}`, content);
    say(`### Where the time goes: one build of ${profilePages.toLocaleString('en')} pages, step by step`);
    say();
    for (const line of formatProfile(profile, 'cold (empty Astro cache, no published site)')) say(line);
    say();
  }

  // 2. The Markdown processor.
  if (markdownPages) {
    const content = contents.get(markdownPages) ?? (await generate(work, String(markdownPages), markdownPages));
    const unifiedProfile = await ourBuild(work, `md-unified-${markdownPages}`, content);
    const satteriProfile = await ourBuild(work, `md-default-${markdownPages}`, content, { PORTAL_BENCH_MARKDOWN: 'default' });
    const unified = unifiedProfile.measured;
    const satteri = satteriProfile.measured;
    const u = unifiedProfile.astroSeconds;
    const d = satteriProfile.astroSeconds;
    say('### Markdown processor: unified + remark-gfm (ours) vs Astro default');
    say();
    say(
      `At ${markdownPages.toLocaleString('en')} pages: whole build ${s(unified.seconds)} with unified vs ${s(satteri.seconds)} with the default processor (${(unified.seconds / satteri.seconds).toFixed(2)}x); astro build alone ${u ? s(u) : 'n/a'} vs ${d ? s(d) : 'n/a'}. Peak memory ${gib(unified.peakRssBytes)} vs ${gib(satteri.peakRssBytes)}.`,
    );
    say(
      '(Document bodies are rendered by the content loader (src/content-model/render-body.ts), not by this processor; it only changes any .md Astro renders itself.)',
    );
    say();
  }

  // 3. Freshness for 10,000 offices.
  if (!flags['no-freshness']) {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts?: Record<string, string> };
    say('### Freshness check');
    say();
    if (pkg.scripts?.['bench:freshness']) {
      const result = check('npm run bench:freshness', await run(node, ['bench/freshness.ts', '--offices', '10000']));
      const json = result.output.split('\n').find((l) => l.startsWith('{"bench":"freshness"'));
      const data = json ? (JSON.parse(json) as { offices: number; documents: number; checkMs: number; checkWarmMs: number; goalMs: number }) : undefined;
      say(
        data
          ? `\`npm run bench:freshness\`: ${data.offices.toLocaleString('en')} offices, ${data.documents.toLocaleString('en')} documents, rules checked in ${data.checkMs} ms cold, ${data.checkWarmMs} ms warm (goal < ${data.goalMs} ms: ${data.checkMs < data.goalMs ? 'met' : 'not met'}).`
          : `\`npm run bench:freshness\` printed no result line:\n\n    ${result.output.trim().split('\n').join('\n    ')}`,
      );
    } else {
      say('`npm run bench:freshness` does not exist in this checkout.');
    }
    say();
  }

  // 4. Pagefind.
  if (pagefindPages.length) {
    say('### Search (Pagefind)');
    say();
    say('| pages | index size | files | first query: transfer (requests) | re-index the built site (national index) |');
    say('|---:|---:|---:|---:|---:|');
    for (const pages of pagefindPages) {
      let site = path.join(work, `site-${pages}`);
      if (!fs.existsSync(site)) {
        const content = contents.get(pages) ?? (await generate(work, String(pages), pages));
        await ourBuild(work, `pf-${pages}`, content);
        site = path.join(work, `site-pf-${pages}`);
      }
      const pf = path.join(site, 'pagefind');
      const files = fs.readdirSync(pf, { recursive: true }).length;
      const size = dirBytes(pf);
      const query = await firstQueryTransfer(site, 'সেবা');
      const t0 = performance.now();
      const content = contents.get(pages);
      const reindex = content ? await indexSite(site, content).then(() => (performance.now() - t0) / 1000) : undefined;
      say(
        `| ${pages.toLocaleString('en')} | ${mib(size)} | ${files} | ${kib(query.bytes)} (${query.requests}, ${query.results} results shown) | ${reindex === undefined ? 'n/a' : s(reindex)} |`,
      );
    }
    say();
    say(
      "First query: a cold browser opens `/search/?q=সেবা` (a word on nearly every page); the transfer counts every response under /pagefind/ (script, WebAssembly, entry, index chunks, filters, the shown results' fragments).",
    );
    say();
  }

  // 5. One office shard in a country.
  if (countryPages) {
    const gen = await run(node, [
      'scripts/generate.ts',
      '--pages',
      String(countryPages),
      '--stale',
      '0',
      '--as-of',
      AS_OF,
      '--seed',
      'country',
      '--out',
      path.join(work, 'country'),
      '--force',
    ]);
    check(`generating a ${countryPages}-page country`, gen);
    const content = path.join(work, 'country');
    const tree = readOfficeTree(content);
    const upazilas = [...tree.values()].filter((o) => o.id.startsWith('uno-'));
    const upazila = upazilas[Math.floor(upazilas.length / 2)]?.id ?? [...tree.keys()][0] ?? '';
    const office = [...tree.values()].find((o) => o.parent === upazila)?.id ?? upazila;
    const shardEnv = { PORTAL_CONTENT_DIR: content, FRESHNESS_AS_OF: AS_OF };
    const one = check(
      'office shard',
      await run(node, ['scripts/build-shard.ts', '--office', office, '--out', path.join(work, 'shard-office')], { env: shardEnv }),
    );
    const sub = check(
      'upazila shard',
      await run(node, ['scripts/build-shard.ts', '--office', upazila, '--out', path.join(work, 'shard-upazila')], { env: shardEnv }),
    );
    const subPages = astroRender(sub.output).routes;
    const fresh = await run(node, ['scripts/freshness.ts', '--format', 'json'], { env: shardEnv });
    say(`### One shard in a ${countryPages.toLocaleString('en')}-page country`);
    say();
    say(`${gen.output.trim().split('\n')[0] ?? ''} (${s(gen.seconds)}).`);
    say();
    say(`- one office (\`--office ${office}\`): ${s(one.seconds)}, peak memory ${gib(one.peakRssBytes)};`);
    say(`- its upazila's subtree (\`--office ${upazila}\`, ${subPages} routes): ${s(sub.seconds)}, peak memory ${gib(sub.peakRssBytes)};`);
    say(
      `- \`npm run freshness\` over the whole country from disk (${tree.size.toLocaleString('en')} offices, reading and parsing every file): ${s(fresh.seconds)} (exit ${fresh.code}).`,
    );
    say();
  }

  // 6. The office as the unit at country size (bench/country.ts): national layer, one office edited, a full build.
  if (countryOffices) {
    const section = path.join(work, 'country-section.md');
    const args = ['bench/country.ts', '--offices', String(countryOffices), '--full-offices', String(fullOffices), '--out', section];
    check('country (office by office)', await run(node, args));
    for (const line of fs.readFileSync(section, 'utf8').split('\n')) say(line.replace(/^## /, '### '));
  }

  // 7. Search by scope at country size (bench/country-search.ts).
  if (countrySearch.length) {
    const section = path.join(work, 'country-search-section.md');
    check('search by scope', await run(node, ['bench/country-search.ts', '--offices', countrySearch.join(','), '--out', section]));
    for (const line of fs.readFileSync(section, 'utf8').split('\n')) say(line.replace(/^## /, '### ').replace(/^#### /, '##### '));
  }

  // 8. The maintainers' commands at country size (bench/commands.ts): validate, freshness, codeowners, reminders.
  if (commandsOffices) {
    const section = path.join(work, 'commands-section.md');
    check('maintainers commands', await run(node, ['bench/commands.ts', '--offices', String(commandsOffices), '--out', section]));
    for (const line of fs.readFileSync(section, 'utf8').split('\n')) say(line.replace(/^## /, '### '));
  }

  say(
    `Total bench time ${s((performance.now() - started) / 1000)}; load average at the end ${(await import('node:os'))
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}.`,
  );
  say();
  if (!flags['keep']) fs.rmSync(work, { recursive: true, force: true });

  const header = '# Benchmark results\n\nWritten by `npm run bench` (bench/run.ts); newest run first. How to read them: docs/scale.md.\n\n';
  const previous = fs.existsSync(resultsFile) ? fs.readFileSync(resultsFile, 'utf8').replace(/^# Benchmark results\n\n[^\n]*\n\n/, '') : '';
  fs.writeFileSync(resultsFile, `${header}${lines.join('\n')}\n${previous}`);
  process.stdout.write(`\nresults written to ${path.relative(repo, resultsFile)}\n`);
  return 0;
});

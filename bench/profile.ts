/**
 * npm run bench:profile -- --content DIR | --pages N [--out-dir DIR] [--twice] [--touch]
 *
 * Where one build's time and memory go (bench/lib/profile.ts): each step of
 * `npm run build`, the phases of `astro build` and its rendering time by page
 * type, printed as Markdown. `--pages N` generates N synthetic pages first.
 * `--twice` builds again with the same Astro cache (a warm rebuild); `--touch`
 * changes one document before that second build, as an editor would (in a copy
 * of the content). The Astro processes' output is kept in the out dir (astro-cold.log, astro-warm.log).
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError, parseArgs, runCli } from '../scripts/lib/args.ts';
import { formatProfile, profileBuild } from './lib/profile.ts';
import { machine, run } from './lib/measure.ts';

const repo = process.cwd();

await runCli(async () => {
  const { flags } = parseArgs(process.argv.slice(2), { content: { value: true }, pages: { value: true }, 'out-dir': { value: true }, twice: {}, touch: {} });
  const work = path.resolve(typeof flags['out-dir'] === 'string' ? flags['out-dir'] : path.join(repo, 'bench/out/profile'));
  fs.mkdirSync(work, { recursive: true });
  let content = typeof flags['content'] === 'string' ? path.resolve(flags['content']) : undefined;
  if (!content) {
    const pages = Number(flags['pages']);
    if (!Number.isInteger(pages) || pages <= 0) throw new UsageError('give --content DIR or --pages N');
    content = path.join(work, `content-${pages}`);
    const gen = await run(process.execPath, [
      'scripts/generate.ts',
      '--pages',
      String(pages),
      '--stale',
      '0',
      '--as-of',
      '2024-05-01',
      '--seed',
      'bench',
      '--out',
      content,
      '--force',
      '--quiet',
    ]);
    if (gen.code !== 0) throw new Error(gen.output);
  }
  if (flags['touch'] && typeof flags['content'] === 'string') {
    // --touch edits a document: edit a copy, never the content it was pointed at.
    const copy = path.join(work, 'content-copy');
    fs.rmSync(copy, { recursive: true, force: true });
    fs.cpSync(content, copy, { recursive: true });
    content = copy;
  }
  const options = { repo, contentRoot: content, siteDir: path.join(work, 'site'), cacheDir: path.join(work, 'cache'), env: { FRESHNESS_AS_OF: '2024-05-01' } };
  fs.rmSync(options.cacheDir, { recursive: true, force: true });
  const out = (line = '') => process.stdout.write(`${line}\n`);
  out(`Machine: ${machine()}.`);
  out();
  const cold = await profileBuild(options);
  // The Astro processes' own output (phases, per-page times), for a closer look.
  fs.writeFileSync(path.join(work, 'astro-cold.log'), cold.astroOutput);
  for (const line of formatProfile(cold, `cold (empty Astro cache), ${content}`)) out(line);
  if (flags['twice'] || flags['touch']) {
    let touched = '';
    if (flags['touch']) {
      const offices = path.join(content, 'offices');
      const office = fs.readdirSync(offices).sort()[0] ?? '';
      const folder = path.join(offices, office, 'minutes');
      const file = fs.existsSync(folder) ? fs.readdirSync(folder).sort()[0] : undefined;
      if (file) {
        touched = path.join(folder, file);
        fs.appendFileSync(touched, '\nসংশোধিত।\n');
      }
    }
    out();
    const warm = await profileBuild(options);
    fs.writeFileSync(path.join(work, 'astro-warm.log'), warm.astroOutput);
    for (const line of formatProfile(
      warm,
      `warm (same Astro cache${touched ? `, one document changed: ${path.relative(content, touched)}` : ', nothing changed'})`,
    ))
      out(line);
  }
  return 0;
});

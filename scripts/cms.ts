/**
 * npm run cms [-- --port 4321] [--no-build] [--mode fs|git]: local editing on a laptop, no GitHub
 * account needed. Builds the site (with /admin/), serves it on 127.0.0.1 and starts Decap's local
 * proxy (decap-server, bound to 127.0.0.1 only) behind the same origin. Each save in the CMS writes
 * the file into content/ of this working copy; its office is then checked and built
 * (cms/office-checks.ts), and the admin shows the editor the result: published, or refused with
 * the reason. One Ctrl+C stops everything (the server, decap-server and a build under way).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startCmsServer } from '../cms/local-server.ts';
import { createOfficeChecks } from '../cms/office-checks.ts';
import { contentRoot } from '../src/content-model/paths.ts';
import { parseArgs, runCli, UsageError } from './lib/args.ts';

const repo = process.cwd();
const children = new Set<ChildProcess>();

/** Run a build script in a child process (the server keeps answering meanwhile); its output is kept for the report and echoed. */
function run(script: string, args: string[], env: Record<string, string>): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(repo, 'scripts', script), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    children.add(child);
    let output = '';
    const keep = (stream: NodeJS.WriteStream) => (d: Buffer) => {
      output += d.toString();
      stream.write(d);
    };
    child.stdout?.on('data', keep(process.stdout));
    child.stderr?.on('data', keep(process.stderr));
    child.on('close', (code) => {
      children.delete(child);
      resolve({ ok: code === 0, output });
    });
  });
}

await runCli(async () => {
  const { flags, positionals } = parseArgs(process.argv.slice(2), {
    port: { value: true },
    'no-build': {},
    mode: { value: true, choices: ['fs', 'git'] },
    verbose: {},
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (usage: npm run cms [-- --port 4321] [--no-build] [--mode fs|git])`);
  const port = Number(flags['port'] ?? 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, e.g. 4321; got "${String(flags['port'])}"`);
  const siteDir = path.resolve(repo, process.env['PORTAL_OUT_DIR'] || 'dist');
  const noBuild = Boolean(flags['no-build']);
  const mode = (flags['mode'] as 'fs' | 'git' | undefined) ?? 'fs';
  if (noBuild) {
    process.stdout.write(
      `cms: --no-build turns off two things: the site is not built now (the last build in ${path.relative(repo, siteDir) || '.'}/ is served as it is), and saves are not built or published afterwards (each save is still checked, and the admin says "checked, not built"). Run npm run build to see saved changes on the site.\n`,
    );
  } else if (!(await run('build.ts', [], { PORTAL_OUT_DIR: siteDir })).ok) {
    process.stderr.write('cms: the site did not build (see above); fix the content errors, or use --no-build to edit with the last build\n');
    return 1;
  }

  const checks = createOfficeChecks({
    repoDir: repo,
    contentRoot: contentRoot(),
    ...(noBuild ? {} : { build: (office: string) => run('build-office.ts', ['--office', office, '--out', siteDir], {}) }),
  });
  const server = await startCmsServer({
    siteDir,
    repoDir: repo,
    port,
    mode,
    verbose: Boolean(flags['verbose']),
    onSaved: (files) => {
      process.stdout.write(`cms: saved ${files.join(', ')}; checking${noBuild ? '' : ' and building'} its office...\n`);
      checks.saved(files);
    },
    officeReport: (office) => checks.report(office),
  });
  process.stdout.write(
    `\nCMS (সম্পাদনা): ${server.url}/admin/  — one office: ${server.url}/admin/<office-id>/\nSite: ${server.url}/\nDecap local proxy on ${server.decapUrl} (127.0.0.1 only). Ctrl+C stops everything.\n`,
  );
  if (mode === 'git')
    process.stdout.write(
      'cms: --mode git: saves are drafts on local branches; an office is checked and built when a draft is published (run npm run build:office).\n',
    );

  // One Ctrl+C: stop the server and decap-server, end a build under way, and exit (nothing else keeps the process alive).
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  process.stdout.write('\ncms: stopping...\n');
  for (const child of children) child.kill('SIGTERM');
  await server.close();
  return 0;
});

/**
 * npm run cms [-- --port 4321] [--no-build] [--mode fs|git]: local editing on a laptop, no GitHub
 * account needed. Builds the site (with /admin/), serves it on 127.0.0.1 and starts Decap's local
 * proxy (decap-server, bound to 127.0.0.1 only) behind the same origin; saving in the CMS writes the
 * file into content/ of this working copy, and the site is rebuilt so the change shows on it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startCmsServer } from '../cms/local-server.ts';
import { contentRoot } from '../src/content-model/paths.ts';
import { parseArgs, runCli, UsageError } from './lib/args.ts';

const repo = process.cwd();

/** Run the build in a child process (the server keeps answering meanwhile). */
function build(outDir: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(repo, 'scripts/build.ts')], { stdio: 'inherit', env: { ...process.env, PORTAL_OUT_DIR: outDir } });
    child.on('close', (code) => resolve(code === 0));
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
  if (!flags['no-build'] && !(await build(siteDir))) {
    process.stderr.write('cms: the site did not build (see above); fix the content errors, or use --no-build to edit with the last build\n');
    return 1;
  }
  const server = await startCmsServer({
    siteDir,
    repoDir: repo,
    port,
    mode: (flags['mode'] as 'fs' | 'git' | undefined) ?? 'fs',
    verbose: Boolean(flags['verbose']),
  });
  process.stdout.write(
    `\nCMS (সম্পাদনা): ${server.url}/admin/  — one office: ${server.url}/admin/<office-id>/\nSite: ${server.url}/\nDecap local proxy on ${server.decapUrl} (127.0.0.1 only). Ctrl+C stops both.\n`,
  );

  // Rebuild the site after the CMS saves, so the change shows on it (one build at a time).
  let timer: NodeJS.Timeout | undefined;
  let building = false;
  let again = false;
  const rebuild = async (): Promise<void> => {
    if (building) {
      again = true;
      return;
    }
    building = true;
    process.stdout.write('cms: content changed, rebuilding the site...\n');
    await build(siteDir);
    building = false;
    if (again) {
      again = false;
      await rebuild();
    }
  };
  if (!flags['no-build']) {
    fs.watch(contentRoot(), { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void rebuild(), 1500);
    });
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
});

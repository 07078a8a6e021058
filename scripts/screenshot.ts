/**
 * npm run screenshot -- <path>... [--width 360] [--out DIR] [--site DIR] [--full]
 * Serves a built site on 127.0.0.1 and saves Chromium screenshots of its pages,
 * so people can look at what the portal shows at phone and desktop widths.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { parseArgs, runCli, UsageError } from './lib/args.ts';

await runCli(async () => {
  const { flags, positionals } = parseArgs(process.argv.slice(2), {
    width: { value: true, repeat: true },
    out: { value: true },
    site: { value: true },
    full: {},
  });
  if (!positionals.length) throw new UsageError('give at least one page path, e.g. /offices/lgd/');
  const site = path.resolve((flags['site'] as string | undefined) ?? 'dist');
  if (!fs.existsSync(path.join(site, 'index.html'))) throw new UsageError(`${site} has no built site: run npm run build first`);
  const out = path.resolve((flags['out'] as string | undefined) ?? 'screenshots');
  fs.mkdirSync(out, { recursive: true });
  const widths = ((flags['width'] as string[] | undefined) ?? ['360', '1280']).map(Number);
  const server = await serveStatic(site);
  const browser = await launchChromium();
  try {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: width < 600 ? 760 : 900 }, locale: 'bn-BD' });
      for (const route of positionals) {
        await page.goto(`${server.url}${route}`, { waitUntil: 'networkidle' });
        const name = `${route.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}.png`;
        await page.screenshot({ path: path.join(out, name), fullPage: Boolean(flags['full']) });
        process.stdout.write(`${path.join(out, name)}\n`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return 0;
});

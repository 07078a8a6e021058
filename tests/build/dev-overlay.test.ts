/**
 * `npm run dev` shows what the build would refuse: with a content file that fails
 * its schema, the dev server keeps running and every page shows Astro's error
 * overlay naming the file, the line and the field; fixing the file clears it.
 * The overlay is screenshotted to $PROTISHRUTI_OVERLAY_SCREENSHOT (default
 * /tmp/protishruti-dev-overlay.png) for people to look at.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { nodeBin, repoRoot } from '../support/paths.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-dev-'));
const content = path.join(work, 'content');
const charter = path.join(content, 'offices/doict-bheramara/charters/2024-04-15.mdx');
const screenshot = process.env['PROTISHRUTI_OVERLAY_SCREENSHOT'] ?? path.join(os.tmpdir(), 'protishruti-dev-overlay.png');
let original = '';
let brokenLine = 0;
let dev: ChildProcess | undefined;
let output = '';
let origin = '';
let browser: Browser | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, seconds: number): Promise<T> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; dev server output:\n${output.slice(-4000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  fs.cpSync(path.join(repoRoot, 'content'), content, { recursive: true });
  original = fs.readFileSync(charter, 'utf8');
  const lines = original.split('\n');
  brokenLine = lines.findIndex((line) => line.trim() === 'kind: free') + 1;
  expect(brokenLine).toBeGreaterThan(0);
  lines[brokenLine - 1] = (lines[brokenLine - 1] ?? '').replace('kind: free', 'kind: gratis');
  fs.writeFileSync(charter, lines.join('\n'));

  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // Not vitest's NODE_ENV=test, MODE, DEV, … (they change what Vite's dev server serves).
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|TEST|VITEST.*|BASE_URL|MODE|DEV|PROD|SSR|PORTAL_.*)$/.test(name)));
  dev = spawn(nodeBin, [path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: repoRoot,
    env: { ...env, FORCE_COLOR: '0', NO_COLOR: '1', PORTAL_CONTENT_DIR: content, PORTAL_CACHE_DIR: path.join(work, 'astro-cache') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  dev.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  await waitFor('the dev server', async () => ((await fetch(`${origin}/`)).status ? true : undefined), 120);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (dev?.pid) dev.kill('SIGTERM');
  fs.rmSync(work, { recursive: true, force: true });
});

describe('astro dev with a broken content file', () => {
  it('keeps running and logs the file, the line and the field', () => {
    expect(output).toContain(`offices/doict-bheramara/charters/2024-04-15.mdx:${brokenLine}  error  schema  services.citizen.services[0].fee.kind:`);
  });

  it('answers every page with the validation error', async () => {
    for (const page of ['/', '/offices/lgd/', '/offices/doict-bheramara/charters/2024-04-15/']) {
      const response = await fetch(`${origin}${page}`);
      expect(response.status, page).toBe(500);
      expect(await response.text(), page).toContain('<title>ContentValidationError</title>');
    }
  });

  it('shows the overlay naming the file, the line and the field, with the fix', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${origin}/offices/doict-bheramara/`);
      const overlay = page.locator('vite-error-overlay');
      await overlay.locator('#message-content').waitFor({ timeout: 30_000 });
      await page.screenshot({ path: screenshot });
      const message = await overlay.locator('#message-content').innerText();
      expect(message).toContain(`doict-bheramara/charters/2024-04-15.mdx:${brokenLine}`);
      expect(message).toContain('services.citizen.services[0].fee.kind');
      expect(message).toContain('found "gratis"');
      // The code frame: the file and line, with the broken line marked.
      expect(await overlay.locator('#code header h2').innerText()).toBe(`charters/2024-04-15.mdx:${brokenLine}:1`);
      expect(await overlay.locator('#code .error-line').innerText()).toContain('kind: gratis');
      expect(await overlay.locator('#hint-content').innerText()).toContain('Fix the field services.citizen.services[0].fee.kind');

      // Fixing the file clears it: the integration re-checks and the page reloads by itself.
      fs.writeFileSync(charter, original);
      await waitFor(
        'the fixed page',
        async () => ((await fetch(`${origin}/offices/doict-bheramara/charters/2024-04-15/`)).status === 200 ? true : undefined),
        60,
      );
      await overlay.waitFor({ state: 'detached', timeout: 30_000 });
      expect(await page.locator('h1').first().innerText()).not.toBe('');
    } finally {
      await page.close();
    }
  });

  it('renders the fixed document with its content', async () => {
    const response = await fetch(`${origin}/offices/doict-bheramara/charters/2024-04-15/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('তথ্য');
    expect(output).toContain('content: no errors; the pages render again');
    // Only the changed office was checked again.
    expect(output).toMatch(/content: \d+ files of 1 office \(doict-bheramara\), 0 errors/);
  });
});

/**
 * A scanned charter table, for the OCR table measurement and test: the archive's
 * saved page (charters/08-saved-page.html: 10 citizen and 4 office services in
 * ruled tables) printed as a page without the site around it, rendered by
 * Chromium at two resolutions, and what the importer reads from Tesseract's
 * output of it — as plain lines (readTesseractTsv, before) and with the tables
 * rebuilt from the word boxes (ocr-tables.ts, after) — scored against the same
 * page read from its HTML.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { importDocument, importFile, type ImportResult } from '../../src/importer/index.ts';
import { textWithTables, wordsFromTsv } from '../../src/importer/ocr-tables.ts';
import { ocrLanguages, readTesseractTsv } from '../../src/importer/ocr.ts';
import { shaped } from '../../src/importer/read-input.ts';
import { itemsFromText } from '../../src/importer/source.ts';
import { launchChromium } from '../support/browser.ts';
import { ARCHIVE_DIR } from './make-archive.ts';
import { characterErrorRate } from './render.ts';

export const SCANNED_CHARTER = path.join(ARCHIVE_DIR, 'charters/08-saved-page.html');

/** The saved page as printed: the document only, ruled tables, Noto Sans Bengali. */
export function printedPage(html: string): string {
  return html
    .replace(/<nav>[\s\S]*?<\/nav>/, '')
    .replace(/<div class="text-size">[^<]*<\/div>/, '')
    .replace(
      '<style>',
      "<style>body{font-family:'Noto Sans Bengali',sans-serif;font-size:14px;line-height:1.5;margin:40px;width:1000px;color:#000;background:#fff} table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;padding:4px;vertical-align:top} ",
    );
}

/** Page images at each scale (1 ≈ 96 dpi, 2 ≈ 192 dpi), and Tesseract's TSV of each. */
export async function scanAndRead(dir: string, scales: number[] = [1, 2]): Promise<Record<number, string>> {
  fs.mkdirSync(dir, { recursive: true });
  const browser = await launchChromium();
  const html = printedPage(fs.readFileSync(SCANNED_CHARTER, 'utf8'));
  const tsv: Record<number, string> = {};
  try {
    for (const scale of scales) {
      const context = await browser.newContext({ deviceScaleFactor: scale, viewport: { width: 1100, height: 800 } });
      const page = await context.newPage();
      await page.setContent(html);
      await page.evaluate(() => document.fonts.ready);
      const png = path.join(dir, `charter@${scale}x.png`);
      await page.screenshot({ path: png, fullPage: true });
      await context.close();
      const base = path.join(dir, `charter@${scale}x`);
      execFileSync('tesseract', [png, base, '-l', ocrLanguages(), 'tsv'], { stdio: 'ignore' });
      tsv[scale] = fs.readFileSync(`${base}.tsv`, 'utf8');
    }
  } finally {
    await browser.close();
  }
  return tsv;
}

interface Service {
  name?: string;
  fee?: { kind?: string };
  timeLimit?: { value?: number; unit?: string };
}

function servicesOf(r: ImportResult): Service[] {
  const sections = (r.data?.['services'] ?? {}) as Record<string, { services?: Service[] } | undefined>;
  return Object.values(sections).flatMap((s) => s?.services ?? []);
}

export interface TableScore {
  /** Services the importer read (the truth has 14). */
  services: number;
  /** Truth services whose name was read with a character error rate of at most 10 %. */
  names: number;
  /** … of those, the fee kind (free / paid) and the time limit (value and unit) read right. */
  fees: number;
  timeLimits: number;
  /** Error diagnostics of the import (rows with a missing or extra cell…). */
  errors: number;
}

/** What the importer reads from recognised text, scored against the page's own HTML. */
export async function scoreTable(text: string): Promise<TableScore> {
  const truth = servicesOf(await importFile(SCANNED_CHARTER, 'truth'));
  const read = importDocument(
    shaped({ displayPath: 'scan', format: 'image', items: itemsFromText(text.normalize('NFC')), via: 'tesseract', ocrConfidence: 90 }),
    {
      kind: 'charter',
    },
  );
  const found = servicesOf(read);
  let names = 0;
  let fees = 0;
  let timeLimits = 0;
  for (const t of truth) {
    const match = found.find((f) => f.name && t.name && characterErrorRate(t.name, f.name) <= 0.1);
    if (!match) continue;
    names += 1;
    if (match.fee?.kind === t.fee?.kind) fees += 1;
    if (match.timeLimit?.value === t.timeLimit?.value && match.timeLimit?.unit === t.timeLimit?.unit) timeLimits += 1;
  }
  return { services: found.length, names, fees, timeLimits, errors: read.diagnostics.filter((d) => d.severity === 'error').length };
}

/** The recognised text both ways: Tesseract's lines (before) and with tables rebuilt (after). */
export function bothWays(tsv: string): { before: string; after: string } {
  return { before: readTesseractTsv(tsv).text, after: textWithTables(wordsFromTsv(tsv)) };
}

/**
 * Known Bengali text rendered by Chromium the way offices' documents reach the
 * importer: a digital PDF (text layer), page images at two resolutions, and a
 * scanned PDF (only an image of the page). For the OCR tests and measurements.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../support/browser.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The text as a printed A4-ish page: Noto Sans Bengali, one paragraph per input line. */
export function pageHtml(text: string, fontPx = 16): string {
  const paragraphs = text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `<p>${esc(l.trim())}</p>`)
    .join('\n');
  return `<!doctype html><html lang="bn"><head><meta charset="utf-8"><style>
body{font-family:'Noto Sans Bengali',sans-serif;font-size:${fontPx}px;line-height:1.6;margin:40px;width:700px;color:#000;background:#fff}
p{margin:0 0 10px}</style></head><body>${paragraphs}</body></html>`;
}

export interface Rendered {
  digitalPdf: string;
  /** scale → PNG path (scale 1 ≈ 96 dpi, 2 ≈ 192 dpi). */
  png: Record<number, string>;
  scannedPdf: string;
}

export async function renderText(text: string, dir: string, scales: number[] = [1, 2]): Promise<Rendered> {
  fs.mkdirSync(dir, { recursive: true });
  const browser = await launchChromium();
  try {
    const html = pageHtml(text);
    const png: Record<number, string> = {};
    for (const scale of scales) {
      const context = await browser.newContext({ deviceScaleFactor: scale, viewport: { width: 780, height: 600 } });
      const page = await context.newPage();
      await page.setContent(html);
      await page.evaluate(() => document.fonts.ready);
      png[scale] = path.join(dir, `page@${scale}x.png`);
      await page.screenshot({ path: png[scale], fullPage: true });
      await context.close();
    }
    const page = await browser.newPage();
    await page.setContent(html);
    await page.evaluate(() => document.fonts.ready);
    const digitalPdf = path.join(dir, 'digital.pdf');
    await page.pdf({ path: digitalPdf, format: 'A4', printBackground: true });
    // A scan: the page only as a picture (the highest-resolution image), no text layer.
    const best = png[Math.max(...scales)] ?? '';
    const data = fs.readFileSync(best).toString('base64');
    await page.setContent(`<!doctype html><html><body style="margin:0"><img src="data:image/png;base64,${data}" style="width:100%"></body></html>`);
    const scannedPdf = path.join(dir, 'scanned.pdf');
    await page.pdf({ path: scannedPdf, format: 'A4', printBackground: true });
    await page.close();
    return { digitalPdf, png, scannedPdf };
  } finally {
    await browser.close();
  }
}

/** Levenshtein distance over code points. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length] ?? 0;
}

/** Character error rate: edits to turn the recognised text into the reference, per reference character (whitespace folded). */
export function characterErrorRate(reference: string, recognised: string): number {
  const fold = (s: string) =>
    s
      .normalize('NFC')
      .replace(/[\s\u00A0]+/g, ' ')
      .trim();
  const ref = fold(reference);
  return editDistance(ref, fold(recognised)) / Math.max(1, [...ref].length);
}

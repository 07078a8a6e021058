import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrMatrix, qrPath, qrSvg } from '../../src/lib/qr.ts';

/** Read the rectangles of a path back into the set of dark modules. */
function modulesOfPath(d: string, margin: number): Set<string> {
  const dark = new Set<string>();
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1H\d+z/g)) {
    for (let i = 0; i < Number(w); i++) dark.add(`${Number(x) - margin + i},${Number(y) - margin}`);
  }
  return dark;
}

describe('QR codes drawn as SVG at build time', () => {
  const cases = [
    'https://portal.example/offices/doict-bheramara/charters/2024-04-15/',
    'https://portal.example/offices/prisons-directorate/minutes/2023-03-23-charter-monitoring-3/',
    'https://example.gov.bd/',
  ];
  it.each(cases)('draws exactly the dark modules of the qrcode library for %s', (url) => {
    const matrix = qrMatrix(url);
    const reference = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules;
    expect(matrix).toHaveLength(reference.size);
    const expected = new Set<string>();
    matrix.forEach((row, y) => row.forEach((dark, x) => dark && expected.add(`${x},${y}`)));
    for (let y = 0; y < reference.size; y++) for (let x = 0; x < reference.size; x++) expect(expected.has(`${x},${y}`)).toBe(Boolean(reference.get(y, x)));
    expect(modulesOfPath(qrPath(matrix, 4), 4)).toEqual(expected);
  });

  it('keeps a quiet zone of four modules and names the image for screen readers, escaping the text', () => {
    const svg = qrSvg('https://a.example/?q=<x>&y', { title: 'স্ক্যান "করুন"' });
    const size = qrMatrix('https://a.example/?q=<x>&y').length + 8;
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
    expect(svg).toContain('<title>স্ক্যান &quot;করুন&quot;</title>');
    expect(svg).toContain('role="img"');
    expect(svg).not.toContain('aria-hidden');
    expect(qrSvg('x')).toContain('aria-hidden="true"');
  });
});

describe('QR drawings kept by address', () => {
  it('draws each address once and gives the same SVG from the cache, also after a restart', async () => {
    const { fileQrCache } = await import('../../src/lib/qr-cache.ts');
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qr-cache-')), 'sub', 'qr.jsonl');
    const url = 'https://portal.example/offices/lgd/minutes/2021-07-28-e-governance-innovation/';
    const fresh = qrSvg(url, { title: 't' });
    const first = fileQrCache(file);
    expect(qrSvg(url, { title: 't' }, first)).toBe(fresh);
    expect(fs.readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(1);
    fs.appendFileSync(file, '["cut short'); // a build stopped mid-write
    const restarted = fileQrCache(file);
    expect(restarted.get(`M 4 ${url}`)).toBeDefined();
    expect(qrSvg(url, { title: 't' }, restarted)).toBe(fresh);
    expect(qrSvg(url, { title: 't', margin: 2 }, restarted)).toBe(qrSvg(url, { title: 't', margin: 2 }));
  });

  it('finds codes another process drew after this one first read the file (drawn ahead by the pipeline)', async () => {
    const { fileQrCache } = await import('../../src/lib/qr-cache.ts');
    const { drawQrCodes } = await import('../../src/lib/qr.ts');
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qr-cache-')), 'qr.jsonl');
    const urls = ['https://portal.example/offices/a/charter/', 'https://portal.example/offices/b/orders/2024-01-01/'];
    const page = fileQrCache(file);
    expect(page.get('M 4 nothing')).toBeUndefined(); // the page's process has read the (missing) file
    expect(await drawQrCodes(urls, fileQrCache(file))).toBe(2);
    expect(await drawQrCodes(urls, fileQrCache(file))).toBe(0);
    // The page's cache reads the lines appended since, so the page draws nothing.
    expect(page.get(`M 4 ${urls[1]}`)).toBeDefined();
    expect(qrSvg(urls[0] ?? '', { title: 't' }, page)).toBe(qrSvg(urls[0] ?? '', { title: 't' }));
    expect(fs.readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
  });
});

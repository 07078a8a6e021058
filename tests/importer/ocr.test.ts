/**
 * PDFs and scans: a seed's Bengali text rendered by Chromium to a digital PDF,
 * page images at two resolutions and a scanned PDF, read back through
 * pdftotext and Tesseract; the character error rate of each path is measured
 * (figures in docs/importer.md). Then the archive's "done when": one folder
 * with a Word file, a digital PDF and a scanned PDF imports in one command into
 * complete entries or CMS drafts, OCR always a draft with its confidence.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ocrImage, ocrPdf, pdfText, readTesseractTsv } from '../../src/importer/ocr.ts';
import { CHROMIUM_PATH } from '../support/browser.ts';
import { repoRoot, seedsDir } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';
import { ARCHIVE_DIR } from './make-archive.ts';
import { charterBlocks, makeDocx } from './make-docx.ts';
import { characterErrorRate, renderText, type Rendered } from './render.ts';
import { haveOcrTools } from './support.ts';

const haveTools = haveOcrTools;
const haveSeeds = fs.existsSync(seedsDir) && fs.existsSync(CHROMIUM_PATH);

/** Seed 000's title, header and first paragraph: prose, labels, dates and one English phrase. */
function seedExcerpt(): string {
  const file = fs.readdirSync(seedsDir).find((f) => f.startsWith('000_')) ?? '';
  return fs
    .readFileSync(path.join(seedsDir, file), 'utf8')
    .split('\n')
    .slice(4, 16)
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

let dir: string;
let rendered: Rendered;
let reference: string;

// Needs poppler-utils, tesseract with the Bengali model, Chromium and the seeds (.ci/run installs the tools).
describe.skipIf(!haveTools || !haveSeeds)('PDFs and scans', () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-ocr-'));
    reference = seedExcerpt();
    rendered = await renderText(reference, path.join(dir, 'seed'));
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads each path with a measured character error rate', () => {
    const digital = pdfText(rendered.digitalPdf);
    const low = ocrImage(rendered.png[1] ?? '');
    const high = ocrImage(rendered.png[2] ?? '');
    const scan = ocrPdf(rendered.scannedPdf);
    const figures = {
      'digital PDF (pdftotext -layout)': characterErrorRate(reference, digital?.text ?? ''),
      'PNG 1x (~96 dpi), tesseract': characterErrorRate(reference, low.text),
      'PNG 2x (~192 dpi), tesseract': characterErrorRate(reference, high.text),
      'scanned PDF (pdftoppm 300 dpi + tesseract)': characterErrorRate(reference, scan.text),
    };
    const confidence = { 'PNG 1x': low.confidence, 'PNG 2x': high.confidence, 'scanned PDF': scan.confidence ?? 0 };
    process.stdout.write(
      `OCR character error rate on ${[...reference].length} characters: ${JSON.stringify(figures)}; mean word confidence ${JSON.stringify(confidence)}\n`,
    );
    expect(digital?.via).toBe('pdftotext -layout');
    expect(figures['digital PDF (pdftotext -layout)']).toBeLessThan(0.01);
    expect(figures['PNG 1x (~96 dpi), tesseract']).toBeLessThan(0.08);
    expect(figures['PNG 2x (~192 dpi), tesseract']).toBeLessThan(0.12);
    expect(figures['scanned PDF (pdftoppm 300 dpi + tesseract)']).toBeLessThan(0.12);
    // A scan has no text layer: pdftotext finds nothing and the importer must fall back to OCR.
    expect(pdfText(rendered.scannedPdf)).toBeUndefined();
    for (const c of Object.values(confidence)) expect(c).toBeGreaterThan(50);
  }, 60_000);

  it('imports a folder holding the seeds in every shape, a Word file, a digital PDF and a scanned PDF in one command: complete or drafts, OCR always a draft', async () => {
    const minutes = fs.readFileSync(path.join(ARCHIVE_DIR, 'minutes/08-prose.txt'), 'utf8');
    const prose = await renderText(minutes, path.join(dir, 'prose'), [2]);
    const folder = path.join(dir, 'archive');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'charter.docx'), await makeDocx(charterBlocks()));
    fs.copyFileSync(prose.digitalPdf, path.join(folder, 'minutes-digital.pdf'));
    fs.copyFileSync(prose.scannedPdf, path.join(folder, 'minutes-scanned.pdf'));
    // And the seeds in every shape of the archive corpus (the same documents several times: later copies become drafts to compare).
    fs.cpSync(ARCHIVE_DIR, path.join(folder, 'shapes'), { recursive: true });

    const repo = path.join(dir, 'repo');
    fs.mkdirSync(path.join(repo, 'content/offices/lgd'), { recursive: true });
    fs.copyFileSync(path.join(repoRoot, 'content/offices/lgd/office.yaml'), path.join(repo, 'content/offices/lgd/office.yaml'));
    const git = (...a: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.invalid', '-c', 'user.name=t', ...a], { cwd: repo, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'office');

    const report = path.join(dir, 'report.md');
    const r = await runScript('import', [folder, '--office', 'lgd', '--out', path.join(repo, 'content'), '--draft', '--report', report]);
    expect(
      r.code,
      r.stdout
        .split('\n')
        .filter((l) => /error|refused|drafted|wrote/.test(l))
        .join('\n'),
    ).toBe(0);
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')) as {
      summary: Record<string, number>;
      inputs: { input: string; kind: string; outcome: string; via?: string; ocrConfidence?: number; branch?: string }[];
    };
    expect(json.summary).toMatchObject({ files: 24, refused: 0 });
    expect(json.summary['complete']).toBeGreaterThanOrEqual(6);
    const byName = Object.fromEntries(json.inputs.map((i) => [path.relative(folder, i.input), i]));
    expect(byName['shapes/charters/07-truncated.txt']).toMatchObject({ kind: 'charter', outcome: 'draft' });
    expect(byName['charter.docx']).toMatchObject({ kind: 'charter', outcome: 'complete' });
    expect(byName['minutes-digital.pdf']).toMatchObject({ kind: 'minutes', via: 'pdftotext -layout' });
    expect(['complete', 'draft']).toContain(byName['minutes-digital.pdf']?.outcome);
    expect(byName['minutes-scanned.pdf']).toMatchObject({ kind: 'minutes', outcome: 'draft' });
    expect(byName['minutes-scanned.pdf']?.ocrConfidence).toBeGreaterThan(50);
    const branch = byName['minutes-scanned.pdf']?.branch ?? '';
    expect(git('log', '-1', '--format=%B', branch)).toMatch(/mean word confidence \d+\.\d %/);
    expect(fs.readFileSync(report, 'utf8')).toMatch(/minutes-scanned\.pdf \| minutes \| CMS draft \(OCR \d+ %\)/);
    expect(git('status', '--porcelain', '--', 'content/offices/lgd/minutes')).toMatch(/^\?\?|^$/);
    expect(git('log', '--oneline', 'main').split('\n')).toHaveLength(1);
  }, 90_000);

  it('says how to install a missing tool', async () => {
    const input = path.join(dir, 'seed', 'scanned.pdf');
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-ocr-out-'));
    fs.mkdirSync(path.join(out, 'offices/lgd'), { recursive: true });
    fs.copyFileSync(path.join(repoRoot, 'content/offices/lgd/office.yaml'), path.join(out, 'offices/lgd/office.yaml'));
    const r = await runScript('import', [input, '--office', 'lgd', '--out', out, '--format', 'json'], { PATH: '/nonexistent' });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { diagnostics: { code: string; message: string }[] };
    expect(json.diagnostics[0]).toMatchObject({
      code: 'tool-missing',
      message: expect.stringContaining('apt-get install poppler-utils tesseract-ocr tesseract-ocr-ben'),
    });
    fs.rmSync(out, { recursive: true, force: true });
  }, 30_000);
});

describe('tesseract TSV', () => {
  it('gives lines, paragraphs and the mean confidence of real words', () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t',
      '5\t1\t1\t1\t1\t1\t0\t0\t10\t10\t90\tসভাপতি:',
      '5\t1\t1\t1\t1\t2\t0\t0\t10\t10\t80\tশেখ',
      '5\t1\t1\t1\t2\t1\t0\t0\t10\t10\t70\tতারিখ:',
      '5\t1\t2\t1\t1\t1\t0\t0\t10\t10\t60\tসময়',
      '5\t1\t2\t1\t1\t2\t0\t0\t10\t10\t-1\t ',
    ].join('\n');
    expect(readTesseractTsv(tsv)).toEqual({ text: 'সভাপতি: শেখ\nতারিখ:\n\nসময়', confidence: 75, words: 4 });
  });
});

/**
 * Text out of PDFs and images, with the tools offices' machines have:
 * digital PDFs through `pdftotext -layout` (poppler-utils); scanned PDFs
 * through `pdftoppm` to page images, and images, through `tesseract -l ben`
 * (tesseract-ocr, tesseract-ocr-ben). Tesseract's TSV output gives each
 * word's box, from which ruled tables are rebuilt (ocr-tables.ts), and its confidence; their mean is reported, and OCR text only ever becomes a
 * CMS draft. A missing tool is a clear sentence saying how to install it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { textWithTables, wordsFromTsv } from './ocr-tables.ts';

export const INSTALL_HINT = 'apt-get install poppler-utils tesseract-ocr tesseract-ocr-ben';

export class ToolError extends Error {
  readonly code: string;
  constructor(message: string, code = 'tool') {
    super(message);
    this.code = code;
  }
}

function run(tool: string, args: string[], what: string): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT')
      throw new ToolError(`${tool} is not installed, so ${what} cannot be read; install it (Debian/Ubuntu: ${INSTALL_HINT}) and import again`, 'tool-missing');
    throw new ToolError(
      `${tool} could not read ${what}: ${
        String(e.stderr ?? e.message)
          .trim()
          .split('\n')[0]
      }`,
    );
  }
}

/** Image files Tesseract reads. */
export const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.tif', '.tiff', '.bmp', '.gif', '.webp', '.pnm', '.ppm']);

/** Enough letters per page to be a digital PDF rather than a scan with a stray text layer. */
const MIN_LETTERS_PER_PAGE = 40;

export interface ExtractedText {
  text: string;
  /** pdftotext, or tesseract (with pdftoppm for a PDF). */
  via: string;
  /** Mean word confidence 0-100, for OCR only. */
  confidence?: number;
  pages?: number;
}

/**
 * A digital PDF's text, laid out as printed; table columns (runs of three or
 * more spaces, at least two of them in a line) become tabs so the importer
 * reads them as table rows.
 */
export function pdfText(file: string): ExtractedText | undefined {
  let text: string;
  try {
    text = run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], file);
  } catch (error) {
    if (error instanceof ToolError && error.code === 'tool') {
      throw new ToolError(
        `this PDF could not be read (${error.message.replace(/^.*?: /, '')}); open it and save it as PDF again, or export it to .docx, and import that`,
      );
    }
    throw error;
  }
  const pages = text.split('\f').filter((p) => p.trim()).length || 1;
  const letters = text.replace(/[\s\f]/g, '').length;
  if (letters < MIN_LETTERS_PER_PAGE * pages) return undefined;
  const cleaned = text
    .replace(/\f/g, '\n\n')
    .split('\n')
    // Three or more cells: a table row. One gap alone is a line with its parts spread out (a memo number and its date).
    .map((l) => l.replace(/^\s+/, ''))
    .map((l) => ((l.match(/ {3,}/g) ?? []).length >= 2 ? l.replace(/ {3,}/g, '\t') : l))
    .join('\n');
  return { text: cleaned, via: 'pdftotext -layout', pages };
}

/** Tesseract TSV: text as lines (block/paragraph/line numbers) and the mean confidence of its words. */
export function readTesseractTsv(tsv: string): { text: string; confidence: number; words: number } {
  const lines: string[] = [];
  let key = '';
  let current: string[] = [];
  let sum = 0;
  let words = 0;
  let lastBlock = '';
  for (const row of tsv.split('\n').slice(1)) {
    const cols = row.split('\t');
    if (cols.length < 12 || cols[0] !== '5') continue;
    const conf = Number(cols[10]);
    const word = cols[11] ?? '';
    if (!word.trim()) continue;
    if (conf >= 0) {
      sum += conf;
      words += 1;
    }
    const lineKey = `${cols[1]}.${cols[2]}.${cols[3]}.${cols[4]}`;
    const block = `${cols[1]}.${cols[2]}.${cols[3]}`;
    if (lineKey !== key) {
      if (current.length) lines.push(current.join(' '));
      // A new paragraph: a blank line, as the importer expects between paragraphs.
      if (key && block !== lastBlock) lines.push('');
      current = [];
      key = lineKey;
      lastBlock = block;
    }
    current.push(word);
  }
  if (current.length) lines.push(current.join(' '));
  return { text: lines.join('\n'), confidence: words ? sum / words : 0, words };
}

let languages: string | undefined;

/**
 * Bengali, plus English when its model is there (it comes with tesseract-ocr):
 * offices print English words (Zoom, e-mail addresses, web sites) in Bengali text,
 * and the Bengali model alone turns them into digits and noise.
 */
export function ocrLanguages(): string {
  if (languages) return languages;
  const list = run('tesseract', ['--list-langs'], 'the list of OCR languages')
    .split('\n')
    .map((l) => l.trim());
  if (!list.includes('ben'))
    throw new ToolError(
      `tesseract has no Bengali model (ben), so scans cannot be read; install it (Debian/Ubuntu: ${INSTALL_HINT}) and import again`,
      'tool-missing',
    );
  languages = list.includes('eng') ? 'ben+eng' : 'ben';
  return languages;
}

/** OCR of one image with the Bengali model. */
export function ocrImage(file: string): { text: string; confidence: number; words: number } {
  const lang = ocrLanguages();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-ocr-'));
  try {
    const base = path.join(dir, 'page');
    run('tesseract', [file, base, '-l', lang, 'tsv'], file);
    const tsv = fs.readFileSync(`${base}.tsv`, 'utf8');
    // Tables rebuilt from the word boxes (ocr-tables.ts): a scanned charter's services are read as a table.
    return { ...readTesseractTsv(tsv), text: textWithTables(wordsFromTsv(tsv)) };
  } catch (error) {
    if (error instanceof ToolError && /Failed loading language|ben\.traineddata/i.test(error.message)) {
      throw new ToolError(
        `tesseract has no Bengali model (ben), so ${file} cannot be read; install it (Debian/Ubuntu: ${INSTALL_HINT}) and import again`,
        'tool-missing',
      );
    }
    throw error;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** OCR of a scanned PDF: every page rendered at 300 dpi by pdftoppm, then read by tesseract. */
export function ocrPdf(file: string, dpi = 300): ExtractedText {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-scan-'));
  try {
    run('pdftoppm', ['-r', String(dpi), '-gray', '-png', file, path.join(dir, 'page')], file);
    const pages = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort();
    let sum = 0;
    let words = 0;
    const texts: string[] = [];
    for (const page of pages) {
      const r = ocrImage(path.join(dir, page));
      texts.push(r.text);
      sum += r.confidence * r.words;
      words += r.words;
    }
    return { text: texts.join('\n\n'), via: `pdftoppm + tesseract -l ${ocrLanguages()}`, confidence: words ? sum / words : 0, pages: pages.length };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

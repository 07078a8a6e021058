/**
 * Reading an input file: plain text, Markdown or Word. Refuses, with one plain
 * sentence naming the file, what it cannot read faithfully: empty files,
 * binary files, other encodings it cannot decode, old .doc, and legacy
 * Bijoy text. PDFs and images are read through pdftotext or OCR (ocr.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { detectBijoy } from './bijoy.ts';
import { bijoyToUnicode, convertBijoyText, isBijoyLine } from './bijoy-convert.ts';
import { LIMITS, limitMessage } from '../content-model/limits.ts';
import { itemsFromHtml, parseHtml, parseHtmlPage, plainText } from './docx.ts';
import { mergeContinuedTables, rebuildFlattenedTables } from './flattened-tables.ts';
import { IMAGE_EXTENSIONS, ocrImage, ocrLanguages, ocrPdf, pdfText, ToolError, type ExtractedText } from './ocr.ts';
import { stripPageChrome } from './page-chrome.ts';
import { isSeparatorRow, itemsFromText, type Item, type SourceDocument } from './source.ts';

/** A problem with an input as a whole; the message names the file and what to do. */
export class ImportError extends Error {
  readonly line: number;
  readonly code: string;
  constructor(message: string, code = 'input', line = 1) {
    super(message);
    this.line = line;
    this.code = code;
  }
}

function decodeText(bytes: Buffer, shown: string): string {
  if (bytes.length === 0) throw new ImportError(`${shown}: the file is empty; there is nothing to import`, 'empty');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    throw new ImportError(
      `${shown}: this is a binary file, not text; import plain text (.txt), Markdown (.md) or Word (.docx), or save the document in one of those formats first`,
      'binary',
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ImportError(
      `${shown}: the file is not UTF-8 text (it may be a legacy 8-bit encoding or a binary file); save it as UTF-8 (Unicode) text and import again`,
      'binary',
    );
  }
}

export interface ReadOptions {
  /** Convert legacy Bijoy lines to Unicode instead of refusing the file. */
  convertBijoy?: boolean;
}

function checkBijoy(text: string, shown: string, options: ReadOptions): boolean {
  const found = detectBijoy(text);
  if (found && options.convertBijoy) return true;
  if (found) {
    throw new ImportError(
      `${shown}:${found.line}: this looks like legacy Bijoy-encoded Bengali (ASCII letters in a Bijoy font, e.g. ${found.sample
        .map((w) => `"${w}"`)
        .join(
          ', ',
        )}), not Unicode; convert it to Unicode Bengali first (a Bijoy-to-Unicode converter such as Avro's, or import again with --convert-bijoy) and check the Bengali against the paper`,
      'bijoy',
      found.line,
    );
  }
  return false;
}

/** Paragraphs and cells one by one: Word files and web pages mix Unicode headings with a Bijoy body. */
function convertItems(items: Item[]): { items: Item[]; convertedFromBijoy: number[] } {
  const converted = new Set<number>();
  const fix = (text: string, line: number) =>
    text
      .split('\n')
      .map((l) => (isBijoyLine(l) ? (converted.add(line), bijoyToUnicode(l)) : l))
      .join('\n');
  for (const item of items) {
    if (item.kind === 'line') item.text = fix(item.text, item.line);
    else for (const row of item.rows) row.cells = row.cells.map((c) => fix(c, row.line));
  }
  return { items, convertedFromBijoy: [...converted].sort((a, b) => a - b) };
}

/**
 * The real-world shapes every format shares, undone before any kind is read:
 * the web page's chrome around the document, and tables flattened to one cell
 * per line.
 */
export function shaped(doc: SourceDocument): SourceDocument {
  const chrome = stripPageChrome(doc.items);
  // A rule under a table ("--- | ---- | …") is its look, not a row.
  for (const it of chrome.items) if (it.kind === 'table') it.rows = it.rows.filter((r, i) => i === 0 || !isSeparatorRow(r.cells));
  return {
    ...doc,
    items: mergeContinuedTables(rebuildFlattenedTables(chrome.items)),
    ...(chrome.removed.length ? { chromeRemoved: chrome.removed } : {}),
    ...(chrome.pageUpdated ? { pageUpdated: chrome.pageUpdated } : {}),
  };
}

function toolText(shown: string, read: () => ExtractedText): ExtractedText {
  try {
    return read();
  } catch (error) {
    if (error instanceof ToolError) throw new ImportError(`${shown}: ${error.message}`, error.code);
    throw error;
  }
}

function fromExtracted(extracted: ExtractedText, shown: string, format: 'pdf' | 'image', options: ReadOptions): SourceDocument {
  const text = extracted.text.replace(/\r\n?/g, '\n').normalize('NFC');
  if (!text.replace(/[\s\u00A0]/g, '')) {
    throw new ImportError(
      `${shown}: no text was found${extracted.confidence !== undefined ? ' by OCR' : ''} (${extracted.via}); check the file is the document, or type it into a .docx and import that`,
      'empty',
    );
  }
  const convert = checkBijoy(text, shown, options);
  const converted = convert ? convertBijoyText(text) : undefined;
  return shaped({
    displayPath: shown,
    format,
    items: itemsFromText(converted?.text ?? text),
    ...(converted ? { convertedFromBijoy: converted.lines } : {}),
    via: extracted.via,
    ...(extracted.confidence !== undefined ? { ocrConfidence: extracted.confidence } : {}),
  });
}

/** Read and cut one input file into items; throws ImportError with a clear message. */
export async function readInput(file: string, shown = file, options: ReadOptions = {}): Promise<SourceDocument> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ImportError(`${shown}: no such file`, 'missing');
  }
  if (!stat.isFile()) throw new ImportError(`${shown}: not a file`, 'missing');
  if (stat.size > LIMITS.importBytes) {
    throw new ImportError(
      `${shown}: ${limitMessage('importBytes', `the file is ${stat.size.toLocaleString('en')} bytes and was not read; import it in parts`)}`,
      'limit',
    );
  }
  const ext = path.extname(file).toLowerCase();
  const bytes = fs.readFileSync(file);
  if (bytes.length === 0) throw new ImportError(`${shown}: the file is empty; there is nothing to import`, 'empty');

  if (ext === '.doc' || bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw new ImportError(`${shown}: this is an old Word .doc file; open it in Word or LibreOffice and save it as .docx, then import the .docx`, 'binary');
  }
  if (ext === '.pdf' || bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    // A digital PDF has its text; a scan has only pictures of it, read by OCR.
    const extracted = toolText(shown, () => pdfText(file) ?? ocrPdf(file));
    return fromExtracted(extracted, shown, 'pdf', options);
  }
  if (IMAGE_EXTENSIONS.has(ext)) {
    const extracted = toolText(shown, () => {
      const r = ocrImage(file);
      return { text: r.text, via: `tesseract -l ${ocrLanguages()}`, confidence: r.confidence, pages: 1 };
    });
    return fromExtracted(extracted, shown, 'image', options);
  }
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === '.docx' || isZip) {
    if (!isZip) throw new ImportError(`${shown}: this is not a Word .docx file (a .docx is a zip package); save the document as .docx again`, 'binary');
    let html: string;
    try {
      // Loaded only for Word files: most imports are text.
      const mammoth = (await import('mammoth')).default;
      html = (await mammoth.convertToHtml({ buffer: bytes })).value;
    } catch (error) {
      throw new ImportError(
        `${shown}: Word could not be read (${(error as Error).message.split('\n')[0]}); open it in Word or LibreOffice and save it as .docx again`,
        'binary',
      );
    }
    const normalized = html.normalize('NFC');
    const tree = parseHtml(normalized);
    const convert = checkBijoy(plainText(tree), shown, options);
    const items = itemsFromHtml(tree);
    if (!items.length) throw new ImportError(`${shown}: the Word file has no text; there is nothing to import`, 'empty');
    if (!convert) return shaped({ displayPath: shown, format: 'docx', items });
    return shaped({ displayPath: shown, format: 'docx', ...convertItems(items) });
  }

  const text = decodeText(bytes, shown).replace(/\r\n?/g, '\n').normalize('NFC');
  // A page saved from an older portal: its paragraphs and tables, without scripts, styles and comments.
  if (ext === '.html' || ext === '.htm' || /^\s*<(?:!doctype\s+html|html)\b/i.test(text)) {
    const page = parseHtmlPage(text);
    const plain = plainText(page);
    if (!plain.replace(/&nbsp;|[\s\u00A0]/g, '')) throw new ImportError(`${shown}: the page has no text; there is nothing to import`, 'empty');
    const convert = checkBijoy(plain, shown, options);
    const items = itemsFromHtml(page);
    if (!convert) return shaped({ displayPath: shown, format: 'html', items });
    return shaped({ displayPath: shown, format: 'html', ...convertItems(items) });
  }
  if (!text.replace(/[\s\u00A0\u200B\uFEFF]/g, '')) throw new ImportError(`${shown}: the file has only blank space; there is nothing to import`, 'empty');
  const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.exec(text);
  if (controls) {
    const line = text.slice(0, controls.index).split('\n').length;
    throw new ImportError(
      `${shown}:${line}: the file holds control characters, so it is probably binary; import plain text, Markdown or .docx`,
      'binary',
      line,
    );
  }
  const format = ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
  if (!checkBijoy(text, shown, options)) return shaped({ displayPath: shown, format, items: itemsFromText(text) });
  const converted = convertBijoyText(text);
  return shaped({ displayPath: shown, format, items: itemsFromText(converted.text), convertedFromBijoy: converted.lines });
}

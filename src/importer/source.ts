/**
 * The importer's model of an input document: a sequence of lines and tables,
 * each remembering the line of the input it came from, and whether a parser
 * has placed it in a structured field. Whatever no parser places becomes the
 * MDX body, so nothing is ever dropped silently.
 */

export interface SourceLine {
  kind: 'line';
  /** NFC text, trailing whitespace and Markdown hard breaks removed. */
  text: string;
  /** 1-based line of the input (for Word files: paragraph number, a table row counts one). */
  line: number;
  /** A blank line (or the start of the document) separates it from the previous item. */
  blankBefore: boolean;
  used: boolean;
}

export interface TableRow {
  cells: string[];
  line: number;
}

export type TableShape = 'tab' | 'html' | 'pipe' | 'markdown' | 'docx' | 'flattened';

export interface SourceTable {
  kind: 'table';
  rows: TableRow[];
  line: number;
  /** Every shape its rows were written in (a seed mixes tab and `<p>` rows in one table). */
  shapes: TableShape[];
  blankBefore: boolean;
  used: boolean;
}

export type Item = SourceLine | SourceTable;

/** An input cut into items, plus the path shown in diagnostics. */
export interface SourceDocument {
  displayPath: string;
  format: 'text' | 'markdown' | 'docx' | 'html' | 'pdf' | 'image';
  items: Item[];
  /** Input lines converted from legacy Bijoy text (with --convert-bijoy). */
  convertedFromBijoy?: number[];
  /** Input lines removed as web-page chrome (menus, "Text size", "সর্ব-শেষ হাল-নাগাদ"). */
  chromeRemoved?: number[];
  /** The page's own "last updated" date, when it prints one. */
  pageUpdated?: { iso: string; text: string; line: number };
  /** How the text was obtained when not read as is: pdftotext, or tesseract. */
  via?: string;
  /** Mean OCR word confidence (0-100) when the text was recognised from images. */
  ocrConfidence?: number;
}

/** Removes Markdown emphasis markers, which printed values never contain. */
export function stripEmphasis(s: string): string {
  return s.replace(/\*\*|__/g, '').trim();
}

/** Collapses whitespace runs (NBSP included) to one space and trims. */
export function squash(s: string): string {
  return s.replace(/[\s\u00A0]+/g, ' ').trim();
}

/** The text of an item for matching: tables give their cells joined by tabs. */
export function itemText(item: Item): string {
  return item.kind === 'line' ? item.text : item.rows.map((r) => r.cells.join('\t')).join('\n');
}

const CELL_SEPARATOR_ONLY = /^[\s|:\-–—_=]*$/;

/** A row such as `-----\t--\t--` or `| --- | --- |`: the look of a table, no content. */
export function isSeparatorRow(cells: string[]): boolean {
  return cells.every((c) => CELL_SEPARATOR_ONLY.test(c)) && cells.some((c) => /-/.test(c));
}

function stripP(cell: string): string {
  return cell
    .replace(/<\/?p\b[^>]*>/gi, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/[ \t\u00A0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}

/** Split a Markdown pipe row, honouring `\|` escapes. */
function splitPipes(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  return s.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').trim());
}

/** The cells of a line when it is a table row, else undefined. */
function rowCells(line: string): { cells: string[]; shape: TableShape } | undefined {
  if (line.includes('\t')) {
    const shape: TableShape = /<p\b/i.test(line) ? 'html' : 'tab';
    if (!line.replace(/\t/g, '').trim()) return undefined;
    return { cells: line.split('\t').map(stripP), shape };
  }
  const trimmed = line.trim();
  if (/^\|.*\|$/.test(trimmed) && trimmed.length > 2) return { cells: splitPipes(trimmed), shape: 'markdown' };
  // "a | b | c": at least two spaced pipes, as some converters print tables.
  if ((trimmed.match(/\s\|\s/g) ?? []).length >= 2) return { cells: splitPipes(trimmed), shape: 'pipe' };
  if (/^<p\b.*<\/p>$/i.test(trimmed) && /<\/p>\s*<p\b/i.test(trimmed)) {
    return { cells: trimmed.split(/<\/p>\s*<p\b[^>]*>/i).map(stripP), shape: 'html' };
  }
  return undefined;
}

/**
 * Cut plain text or Markdown into items. Table rows (tab-separated, `<p>`
 * fragments, pipes) that follow each other, or are separated only by blank
 * lines and have the same number of cells, form one table: printed tables are
 * often broken by page breaks that survive as blank lines.
 */
export function itemsFromText(text: string): Item[] {
  const items: Item[] = [];
  let blank = true;
  let lastTable: SourceTable | undefined;
  let lastWasTable = false;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] ?? '').replace(/\r$/, '');
    // Trailing tabs are empty cells of a table row, so only spaces are trimmed here.
    const content = raw.replace(/[ \u00A0\u200B\uFEFF\r]+$/u, '');
    if (!content.trim()) {
      blank = true;
      continue;
    }
    const row = rowCells(content);
    if (row) {
      if (isSeparatorRow(row.cells)) {
        // A separator continues the table it belongs to; alone it is nothing.
        if (lastTable && lastWasTable) {
          blank = false;
          continue;
        }
        blank = true;
        continue;
      }
      // Adjacent rows always belong together (a short row is a missing cell, reported later);
      // across blank lines only rows of the same width continue the table.
      const sameWidth = lastTable?.rows[0]?.cells.length === row.cells.length;
      const continues = lastTable && items[items.length - 1] === lastTable && ((lastWasTable && !blank) || sameWidth);
      if (continues && lastTable) {
        lastTable.rows.push({ cells: row.cells, line: i + 1 });
        if (!lastTable.shapes.includes(row.shape)) lastTable.shapes.push(row.shape);
      } else {
        lastTable = { kind: 'table', rows: [{ cells: row.cells, line: i + 1 }], line: i + 1, shapes: [row.shape], blankBefore: blank, used: false };
        items.push(lastTable);
      }
      lastWasTable = true;
      blank = false;
      continue;
    }
    lastWasTable = false;
    items.push({ kind: 'line', text: content.trim(), line: i + 1, blankBefore: blank, used: false });
    blank = false;
  }
  return items;
}

/** Lines of the document, in order, that no parser has used yet. */
export function unusedLines(items: Item[]): SourceLine[] {
  return items.filter((i): i is SourceLine => i.kind === 'line' && !i.used);
}

/**
 * Tables copied out of a web page into text lose their rows: every cell is a
 * line of its own ending in " |", the header is followed by a `---|` line,
 * and the charter's column numbers ("(১) |" … "(৮) |", or bare "১ |" … "৮ |")
 * come as cells too, just before a data row that itself starts with "১ |".
 * This rebuilds the rows: the header (or the column-number run) gives the
 * width, then cells are dealt into rows of that width. A last row cut short
 * stays short, so the table readers report the missing cells.
 */
import { toAsciiDigits } from '../domain/bengali-digits.ts';
import { squash, type Item, type SourceLine, type SourceTable, type TableRow } from './source.ts';

const CELL_END = /(?:^|\s)\|$/u;
const SEPARATOR = /^[-–—:=\s]+\|$/u;

interface Cell {
  text: string;
  line: number;
}

const numberOf = (text: string): number | undefined => {
  const m = /^\(?\s*([০-৯0-9]{1,2})\s*[).।]?$/u.exec(text.trim());
  return m ? Number(toAsciiDigits(m[1] ?? '')) : undefined;
};

/** Width from a column-number run "1 2 3 … N" followed by a cell that starts the next count (or by no number). */
function widthFromNumbers(cells: Cell[], from: number): { at: number; width: number } | undefined {
  for (let i = from; i < cells.length; i++) {
    if (numberOf(cells[i]?.text ?? '') !== 1) continue;
    let n = 1;
    while (numberOf(cells[i + n]?.text ?? '') === n + 1) n++;
    if (n >= 3) return { at: i, width: n };
  }
  return undefined;
}

function toTable(cells: Cell[], first: SourceLine): SourceTable | undefined {
  const sep = cells.findIndex((c) => /^[-–—:=\s]+$/u.test(c.text));
  let header: Cell[];
  let rest: Cell[];
  if (sep > 0) {
    header = cells.slice(0, sep);
    rest = cells.slice(sep + 1);
  } else {
    const numbers = widthFromNumbers(cells, 0);
    if (!numbers || numbers.at !== numbers.width) return undefined;
    header = cells.slice(0, numbers.at);
    rest = cells.slice(numbers.at);
  }
  const width = header.length;
  if (width < 2) return undefined;
  const rows: TableRow[] = [{ cells: header.map((c) => c.text), line: header[0]?.line ?? first.line }];
  const serialFirst = /ক্র|নং|ক্রম/u.test(header[0]?.text ?? '');
  let i = 0;
  while (i < rest.length) {
    const head = rest[i] as Cell;
    // A merged cell across the table (a section heading such as "দাপ্তরিক সেবা") is one cell where a serial number belongs.
    if (serialFirst && numberOf(head.text) === undefined && numberOf(rest[i + 1]?.text ?? '') !== undefined) {
      rows.push({ cells: [head.text, ...Array.from({ length: width - 1 }, () => head.text)], line: head.line });
      i += 1;
      continue;
    }
    const chunk = rest.slice(i, i + width);
    i += width;
    // A rule printed under the last row ("--- | ---- | …") is the look of the table, not a row.
    if (chunk.every((c) => /^[-–—:=\s]*$/u.test(c.text))) continue;
    rows.push({ cells: chunk.map((c) => c.text), line: head.line });
  }
  return { kind: 'table', rows, line: first.line, shapes: ['flattened'], blankBefore: first.blankBefore, used: false };
}

/** Replaces runs of one-cell-per-line lines with the tables they were. */
export function rebuildFlattenedTables(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length;) {
    const it = items[i];
    if (!it || it.kind !== 'line' || !(CELL_END.test(it.text) || SEPARATOR.test(it.text))) {
      if (it) out.push(it);
      i++;
      continue;
    }
    // Collect the run: cell lines, and lines of a multi-line cell that continue into the next cell line.
    const cells: Cell[] = [];
    let pending: SourceLine[] = [];
    let j = i;
    for (; j < items.length; j++) {
      const next = items[j];
      if (!next || next.kind !== 'line') break;
      if (CELL_END.test(next.text) || SEPARATOR.test(next.text)) {
        const text = squash([...pending.map((p) => p.text), next.text.replace(/\s*\|$/u, '')].join('\n'));
        cells.push({ text, line: pending[0]?.line ?? next.line });
        pending = [];
      } else {
        const follower = items[j + 1];
        if (follower?.kind === 'line' && !follower.blankBefore && CELL_END.test(follower.text) && pending.length < 5) pending.push(next);
        else break;
      }
    }
    const table = cells.length >= 4 ? toTable(cells, it) : undefined;
    if (!table) {
      out.push(it);
      i++;
      continue;
    }
    out.push(table);
    i = j - pending.length;
  }
  return out;
}

/**
 * A table broken by a page break (in a saved page or a Word file: two tables)
 * is one table: a table that directly follows another of the same width and
 * starts with a data row, not a header, continues it.
 */
export function mergeContinuedTables(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const it of items) {
    const last = out[out.length - 1];
    const width = (t: SourceTable) => t.rows[0]?.cells.length ?? 0;
    if (
      it.kind === 'table' &&
      last?.kind === 'table' &&
      width(it) === width(last) &&
      width(it) > 2 &&
      numberOf(it.rows[0]?.cells[0] ?? '') !== undefined &&
      numberOf(last.rows[0]?.cells[0] ?? '') === undefined
    ) {
      last.rows.push(...it.rows);
      for (const s of it.shapes) if (!last.shapes.includes(s)) last.shapes.push(s);
      continue;
    }
    out.push(it);
  }
  return out;
}

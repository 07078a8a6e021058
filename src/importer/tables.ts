/** Tables: which column holds what (by header words), rows with missing cells, and tables kept in the body. */
import type { ImportContext } from './context.ts';
import { squash, stripEmphasis, type SourceTable } from './source.ts';

/**
 * Assign header cells to fields: each pattern, in the order given, takes the
 * first cell it matches that no earlier pattern took. Order the patterns from
 * most to least specific.
 */
export function columnsOf<K extends string>(header: string[], patterns: Record<K, RegExp>): Partial<Record<K, number>> {
  const taken = new Set<number>();
  const out: Partial<Record<K, number>> = {};
  for (const key of Object.keys(patterns) as K[]) {
    const index = header.findIndex((cell, i) => !taken.has(i) && patterns[key].test(squash(stripEmphasis(cell))));
    if (index >= 0) {
      out[key] = index;
      taken.add(index);
    }
  }
  return out;
}

/** "(১) (২) (৩)": the column-number row printed under a charter's header. */
export function isColumnNumberRow(cells: string[]): boolean {
  return cells.every((c) => /^\(?\s*[০-৯0-9]{1,2}\s*\)?$/u.test(c.trim()));
}

/** Rows whose cell count differs from the header's are errors: a cell went missing and columns would shift. */
export function reportMissingCells(ctx: ImportContext, table: SourceTable, field: string): boolean {
  const width = table.rows[0]?.cells.length ?? 0;
  let bad = false;
  for (const row of table.rows.slice(1)) {
    if (row.cells.length !== width) {
      bad = true;
      ctx.report(
        row.line,
        field,
        'unparsed',
        `this table row has ${row.cells.length} cells but the table's header has ${width}: a cell is missing or extra, so values would land in the wrong columns; fix the row (an empty cell still needs its separator) and import again`,
        'error',
      );
    }
  }
  return bad;
}

/** A header printed again (a table continued on the next page). */
export function isRepeatedHeader(cells: string[], header: string[]): boolean {
  return cells.length === header.length && cells.every((c, i) => squash(stripEmphasis(c)) === squash(stripEmphasis(header[i] ?? '')));
}

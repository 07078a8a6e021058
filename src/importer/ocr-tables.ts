/**
 * Tables in scans, rebuilt from Tesseract's word boxes (its TSV output).
 *
 * Tesseract reads a ruled table as lines running across all the cells of a
 * row, each cell's words one after the other, and a wrapped cell's second line
 * as a line of its own: the columns are lost, and a charter's services come
 * out as prose. The boxes keep them: within a line, a rule read as `|` or a gap
 * wider than about half a line's height separates two cells. A line of three or
 * more cells starts a table row (when it stands below the row above, not
 * inside it); the lines after it whose first cell starts right of the row's
 * first column are its cells' next lines, each piece going to the column
 * whose start is at or left of it. Every row becomes one line of cells joined
 * by tabs, which the importer reads as a table (source.ts) with its columns
 * found by their header words. Pure: TSV text in, text out.
 *
 * It cannot see cells that are empty on a row's first line (they shift the
 * cells after them one column left: the importer reports the row as short) or
 * a serial number Tesseract dropped (that row joins the one above it).
 */

export interface OcrWord {
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** Tesseract's line: `block.paragraph.line`. */
  line: string;
  block: string;
}

/** The words of Tesseract's TSV (level 5 rows), in reading order. */
export function wordsFromTsv(tsv: string): OcrWord[] {
  const words: OcrWord[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const c = row.split('\t');
    if (c.length < 12 || c[0] !== '5') continue;
    const text = (c[11] ?? '').trim();
    if (!text) continue;
    words.push({
      text,
      left: Number(c[6]),
      top: Number(c[7]),
      width: Number(c[8]),
      height: Number(c[9]),
      line: `${c[1]}.${c[2]}.${c[3]}.${c[4]}`,
      block: `${c[1]}.${c[2]}.${c[3]}`,
    });
  }
  return words;
}

interface Segment {
  left: number;
  right: number;
  words: string[];
  /** Where each word starts and ends: a next line's words go to their columns one by one. */
  lefts: number[];
  rights: number[];
}

interface Line {
  /** Median top and bottom of its words: one tall box (a bracket, a rule) does not make the line taller. */
  top: number;
  bottom: number;
  tops: number[];
  bottoms: number[];
  block: string;
  segments: Segment[];
}

/** A table rule read as a word. */
const RULE = /^[|¦\[\]]+$/;
/** A rule read as part of the word beside it (`|০১৯২২…`, `[টেলিফোন/`, `৪]`). */
const RULE_BEFORE = /^[|¦\[\]]+(?=\S)/;
const RULE_AFTER = /(?<=\S)[|¦\[\]]+$/;

/** A word with the rules stuck to it split off: rule, word, rule (each may be empty). */
function splitRules(w: OcrWord): OcrWord[] {
  const before = RULE_BEFORE.exec(w.text)?.[0] ?? '';
  const after = RULE_AFTER.exec(w.text.slice(before.length))?.[0] ?? '';
  const core = w.text.slice(before.length, w.text.length - after.length);
  if (!before && !after) return [w];
  // The rule is a thin glyph: the word keeps its box (Tesseract's width of such a word is often too wide to divide).
  return [...(before ? [{ ...w, text: '|', width: 0 }] : []), { ...w, text: core }, ...(after ? [{ ...w, text: '|', left: w.left + w.width, width: 0 }] : [])];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Tesseract sometimes gives a word a box reaching over the words after it (a bracket read
 * into it): a word ends where the next word of its line starts.
 */
function clampWidths(words: OcrWord[]): OcrWord[] {
  return words.map((w, i) => {
    const next = words[i + 1];
    return next && next.line === w.line && next.left > w.left && w.left + w.width > next.left ? { ...w, width: Math.max(1, next.left - w.left - 1) } : w;
  });
}

/** Tesseract's lines, each cut into cells at rules and wide gaps. */
function linesOf(words: OcrWord[], cellGap: number): Line[] {
  const lines: Line[] = [];
  let key = '';
  let previousRight = -Infinity;
  for (const w of words) {
    if (w.line !== key) {
      lines.push({ top: 0, bottom: 0, tops: [], bottoms: [], block: w.block, segments: [] });
      key = w.line;
      previousRight = -Infinity;
    }
    const line = lines[lines.length - 1]!;
    if (RULE.test(w.text)) {
      previousRight = -Infinity;
      line.segments.push({ left: w.left + w.width, right: w.left + w.width, words: [], lefts: [], rights: [] });
      continue;
    }
    line.tops.push(w.top);
    line.bottoms.push(w.top + w.height);
    const current = line.segments[line.segments.length - 1];
    if (current && current.words.length === 0) {
      // A cell just after a rule starts at its first word.
      current.left = w.left;
      current.right = w.left + w.width;
      current.words.push(w.text);
      current.lefts.push(w.left);
      current.rights.push(w.left + w.width);
    } else if (current && w.left - previousRight <= cellGap) {
      current.right = w.left + w.width;
      current.words.push(w.text);
      current.lefts.push(w.left);
      current.rights.push(w.left + w.width);
    } else {
      line.segments.push({ left: w.left, right: w.left + w.width, words: [w.text], lefts: [w.left], rights: [w.left + w.width] });
    }
    previousRight = w.left + w.width;
  }
  for (const line of lines) {
    line.segments = line.segments.filter((s) => s.words.length > 0);
    line.top = median(line.tops);
    line.bottom = median(line.bottoms);
  }
  return lines.filter((l) => l.segments.length > 0);
}

/**
 * The widest gap still between two words of one cell: well above the usual space between
 * words (the median gap on a line), between a third and four fifths of a line's height.
 */
function cellGapOf(words: OcrWord[], height: number): number {
  return Math.max(height / 3, Math.min(height * 0.8, 2.5 * medianWordGap(words)));
}

/** The usual space between two words of a line. */
function medianWordGap(words: OcrWord[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1]!;
    const b = words[i]!;
    if (a.line === b.line && !RULE.test(a.text) && !RULE.test(b.text)) gaps.push(b.left - (a.left + a.width));
  }
  return median(gaps.filter((g) => g >= 0));
}

/**
 * A row's first line read with fewer cells than the table has columns: two cells close
 * together were taken for one. Split at the widest gaps between words until the count is
 * right, while such a gap is clearly wider than a space (`minGap`).
 */
function splitToColumns(segments: Segment[], columns: number, minGap: number): Segment[] {
  const out = segments.map((g) => ({ ...g, words: [...g.words], lefts: [...g.lefts], rights: [...g.rights] }));
  while (out.length < columns) {
    let best: { segment: number; at: number; gap: number } | undefined;
    out.forEach((g, si) => {
      for (let i = 1; i < g.words.length; i++) {
        const gap = (g.lefts[i] ?? 0) - (g.rights[i - 1] ?? 0);
        if (gap >= minGap && (!best || gap > best.gap)) best = { segment: si, at: i, gap };
      }
    });
    if (!best) break;
    const g = out[best.segment]!;
    const head: Segment = {
      left: g.left,
      right: g.rights[best.at - 1] ?? g.left,
      words: g.words.slice(0, best.at),
      lefts: g.lefts.slice(0, best.at),
      rights: g.rights.slice(0, best.at),
    };
    const tail: Segment = {
      left: g.lefts[best.at] ?? g.left,
      right: g.right,
      words: g.words.slice(best.at),
      lefts: g.lefts.slice(best.at),
      rights: g.rights.slice(best.at),
    };
    out.splice(best.segment, 1, head, tail);
  }
  return out;
}

interface Row {
  /** Where each column starts (from the row's first line). */
  starts: number[];
  right: number;
  bottom: number;
  cells: string[][];
  /** Every word of the row with where it starts, in reading order. */
  words: { text: string; left: number }[];
}

/**
 * A table's rows as tab-separated lines. Most rows show every column; a row read with fewer
 * cells (two cells of its first line taken for one, a header split over lines) is cut again
 * by the columns of the nearest row that has them all.
 */
function tableLines(rows: Row[], tolerance: number): string[] {
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
  const columns = Math.max(...[...counts].filter(([, n]) => n === Math.max(...counts.values())).map(([c]) => c));
  return rows.map((r, i) => {
    let cells = r.cells;
    if (cells.length < columns) {
      const reference = rows
        .map((other, j) => ({ other, distance: Math.abs(j - i) }))
        .filter(({ other }) => other.cells.length === columns)
        .sort((a, b) => a.distance - b.distance)[0]?.other;
      if (reference) {
        cells = reference.starts.map(() => []);
        for (const w of r.words) cells[Math.max(0, columnOf(reference.starts, w.left, tolerance))]?.push(w.text);
      }
    }
    return cells.map((c) => c.join(' ')).join('\t');
  });
}

/** The column of a piece of a later line: the last column starting at or left of it. */
function columnOf(starts: number[], left: number, tolerance: number): number {
  let column = -1;
  for (let i = 0; i < starts.length; i++) if ((starts[i] ?? 0) - tolerance <= left) column = i;
  return column;
}

/**
 * The recognised text with tables as tab-separated rows and the rest as
 * readTesseractTsv gives it (lines; a blank line between paragraphs).
 */
export function textWithTables(words: OcrWord[]): string {
  if (!words.length) return '';
  words = clampWidths(words).flatMap(splitRules);
  const height = median(words.filter((w) => !RULE.test(w.text)).map((w) => w.height)) || 1;
  const lines = linesOf(words, cellGapOf(words, height));
  const tolerance = height * 0.6;
  const wordGap = medianWordGap(words);
  /** Columns of the table so far (its header's, or its widest row's). */
  let tableColumns = 0;
  const out: string[] = [];
  let row: Row | undefined;
  let table: Row[] = [];
  let lastBlock = '';
  let previous: Line | undefined;

  const endRow = () => {
    if (row) table.push(row);
    row = undefined;
  };
  const endTable = () => {
    endRow();
    out.push(...tableLines(table, tolerance));
    table = [];
  };
  for (const line of lines) {
    const first = line.segments[0]!;
    const gap = previous ? line.top - previous.bottom : Infinity;
    // The row's next line: its first piece right of the first column; or one line further down inside the
    // first column, every piece inside its column (a heading or a new header below the table runs across them).
    const firstColumn = row ? columnOf(row.starts, first.left, tolerance) : -1;
    const fits = (r: Row) =>
      line.segments.every((segment) => {
        const column = columnOf(r.starts, segment.left, tolerance);
        const end = column + 1 < r.starts.length ? (r.starts[column + 1] ?? 0) : Infinity;
        return column >= 0 && segment.right <= end + tolerance;
      });
    // A new row's first line fills (nearly) every column; a header's or a cell's next line in the first column does not.
    const fullLine = row !== undefined && line.segments.length >= row.starts.length - 1 && gap > 0;
    const continues = row !== undefined && (firstColumn > 0 || (firstColumn === 0 && !fullLine && fits(row)));
    if (continues && row) {
      for (const segment of line.segments)
        segment.words.forEach((word, i) => {
          const left = segment.lefts[i] ?? segment.left;
          row!.cells[Math.max(0, columnOf(row!.starts, left, tolerance))]?.push(word);
          row!.words.push({ text: word, left });
        });
      row.bottom = line.bottom;
    } else if (line.segments.length >= 3) {
      const wasTable = row !== undefined;
      endRow();
      if (!wasTable && out.length && out[out.length - 1] !== '') out.push('');
      tableColumns = Math.max(wasTable ? tableColumns : 0, line.segments.length);
      const segments = splitToColumns(line.segments, tableColumns, wordGap * 1.5);
      row = {
        starts: segments.map((s) => s.left),
        right: segments[segments.length - 1]?.right ?? 0,
        bottom: line.bottom,
        cells: segments.map((s) => [...s.words]),
        words: segments.flatMap((s) => s.words.map((text, i) => ({ text, left: s.lefts[i] ?? s.left }))),
      };
    } else {
      if (row) {
        endTable();
        out.push('');
      } else if (lastBlock && line.block !== lastBlock && out[out.length - 1] !== '') out.push('');
      out.push(line.segments.map((s) => s.words.join(' ')).join(' '));
    }
    lastBlock = line.block;
    previous = line;
  }
  endTable();
  return out.join('\n');
}

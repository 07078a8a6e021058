/**
 * The Markdown body of an imported document: everything no field took, escaped
 * so MDX reads it as text. The file itself is written by the content model's
 * one writer (src/content-model/write.ts).
 */
import { isSeparatorRow, type Item, type SourceTable } from './source.ts';

/** Characters MDX would read as JSX or expressions become entities; ESM keywords at a line start are broken up. */
export function escapeMdx(text: string): string {
  return text
    .replace(/<\/?p\b[^>]*>/gi, ' ')
    .replace(/[{}<>]/g, (c) => ({ '{': '&#123;', '}': '&#125;', '<': '&lt;', '>': '&gt;' })[c] ?? c)
    .replace(/^(import|export)(\s)/, (_, w: string, s: string) => `&#${w.charCodeAt(0)};${w.slice(1)}${s}`)
    .replace(/[ \t]+$/, '');
}

function cell(text: string): string {
  return escapeMdx(text.replace(/\s*\n\s*/g, ' '))
    .replace(/\|/g, '\\|')
    .trim();
}

/** A GFM table; the first row is the header, short rows are padded so nothing shifts. */
export function gfmTable(table: SourceTable): string {
  const rows = table.rows.filter((r) => !isSeparatorRow(r.cells));
  const width = Math.max(...rows.map((r) => r.cells.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cell(cells[i] ?? '')).join(' | ')} |`;
  const [head, ...rest] = rows;
  return [line(head?.cells ?? []), `| ${Array(width).fill('---').join(' | ')} |`, ...rest.map((r) => line(r.cells))].join('\n');
}

/** The body: unused items in order; lines printed together stay together (hard breaks), headings shifted to start at ##. */
export function renderBody(items: Item[]): string {
  const unused = items.filter((it) => !it.used);
  const headingLevels = unused.flatMap((it) => (it.kind === 'line' ? [/^(#{1,6})\s/.exec(it.text)?.[1]?.length ?? 0] : [])).filter((n) => n > 0);
  const shift = headingLevels.length ? 2 - Math.min(...headingLevels) : 0;
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let lastIndex = -2;
  const flush = () => {
    if (paragraph.length) blocks.push(paragraph.join('\\\n'));
    paragraph = [];
  };
  for (const it of unused) {
    const index = items.indexOf(it);
    const adjacent = index === lastIndex + 1 && !it.blankBefore;
    lastIndex = index;
    if (it.kind === 'table') {
      flush();
      blocks.push(gfmTable(it));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(it.text);
    if (heading) {
      flush();
      const level = Math.min(6, Math.max(2, (heading[1]?.length ?? 2) + shift));
      blocks.push(`${'#'.repeat(level)} ${escapeMdx(heading[2] ?? '')}`);
      continue;
    }
    const isListItem = /^[-*+]\s+/.test(it.text);
    if (!adjacent || isListItem !== /^[-*+]\s+/.test(paragraph[paragraph.length - 1] ?? '')) flush();
    if (isListItem && paragraph.length) {
      // Consecutive list items: one per line, no hard breaks.
      blocks.push(paragraph.join('\\\n'));
      paragraph = [];
    }
    paragraph.push(escapeMdx(it.text));
    if (isListItem) flush();
  }
  flush();
  return blocks.join('\n\n');
}

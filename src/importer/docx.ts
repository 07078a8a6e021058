/**
 * Word (.docx) input: mammoth turns the document into simple HTML (paragraphs,
 * headings, lists, tables), which we walk into the importer's items. Line
 * numbers of a Word file are paragraph numbers in document order; each table
 * row counts as one.
 */
import type { Item, SourceTable } from './source.ts';

interface HtmlNode {
  tag: string;
  attrs: string;
  children: (HtmlNode | string)[];
}

const VOID = new Set(['br', 'img', 'hr']);
/** Deepest element nesting kept; old table-layout portal pages nest about 30 deep. */
const MAX_HTML_DEPTH = 200;

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
    const name = e.toLowerCase();
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' } as Record<string, string>)[name] ?? '';
  });
}

/** A tolerant parser for mammoth's well-formed HTML. */
export function parseHtml(html: string): HtmlNode {
  const root: HtmlNode = { tag: 'root', attrs: '', children: [] };
  const stack: HtmlNode[] = [root];
  // `[^<>]` in a tag: a `<` without its `>` ends the attempt at the next `<` instead of rescanning the rest of the page.
  const re = /<(\/?)([a-zA-Z0-9]+)([^<>]*?)(\/?)>|([^<]+)/g;
  for (const m of html.matchAll(re)) {
    const top = stack[stack.length - 1] ?? root;
    if (m[5] !== undefined) {
      top.children.push(decodeEntities(m[5]));
      continue;
    }
    const tag = (m[2] ?? '').toLowerCase();
    if (m[1]) {
      const at = stack.map((n) => n.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const node: HtmlNode = { tag, attrs: m[3] ?? '', children: [] };
    top.children.push(node);
    if (tag === 'br') node.children.push('\n');
    // Unclosed tags would nest without end (and the walk below recurses): past a depth no page needs, children stay flat.
    if (!VOID.has(tag) && !m[4] && stack.length < MAX_HTML_DEPTH) stack.push(node);
  }
  return root;
}

function textOf(node: HtmlNode | string): string {
  if (typeof node === 'string') return node;
  if (node.tag === 'br') return '\n';
  const inner = node.children.map(textOf).join('');
  if (node.tag === 'p' || node.tag === 'li' || /^h[1-6]$/.test(node.tag)) return `${inner}\n`;
  return inner;
}

function cellText(node: HtmlNode): string {
  return textOf(node)
    .split('\n')
    .map((l) => l.replace(/[\s\u00A0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Items of a Word document from mammoth's HTML. */
export function itemsFromHtml(html: string): Item[] {
  const items: Item[] = [];
  let line = 0;
  const pushLine = (text: string) => {
    const clean = text.replace(/[\s\u00A0]+/g, ' ').trim();
    line += 1;
    if (clean) items.push({ kind: 'line', text: clean, line, blankBefore: true, used: false });
  };
  const walk = (node: HtmlNode) => {
    for (const child of node.children) {
      if (typeof child === 'string') {
        if (child.trim()) pushLine(child);
        continue;
      }
      const heading = /^h([1-6])$/.exec(child.tag);
      if (heading) pushLine(`${'#'.repeat(Number(heading[1]))} ${textOf(child)}`);
      else if (child.tag === 'p') {
        // A paragraph with manual line breaks keeps them as separate lines.
        const parts = textOf(child).split('\n').filter((p) => p.trim());
        if (parts.length === 0) line += 1;
        parts.forEach((p, i) => {
          pushLine(p);
          const last = items[items.length - 1];
          if (i > 0 && last && last.kind === 'line') last.blankBefore = false;
        });
      } else if (child.tag === 'ul' || child.tag === 'ol') {
        for (const li of child.children) if (typeof li !== 'string') pushLine(`- ${textOf(li)}`);
      } else if (child.tag === 'table') {
        const rows: HtmlNode[] = [];
        const collect = (n: HtmlNode) => {
          for (const c of n.children) if (typeof c !== 'string') (c.tag === 'tr' ? rows.push(c) : c.tag !== 'table' && collect(c));
        };
        collect(child);
        const table: SourceTable = { kind: 'table', rows: [], line: line + 1, shapes: ['docx'], blankBefore: true, used: false };
        // Merged cells: a row-spanning cell (the officer of every service) is repeated in the rows it covers;
        // a column-spanning cell keeps its text in its first column and leaves the others empty.
        const carried: ({ text: string; left: number } | undefined)[] = [];
        for (const tr of rows) {
          line += 1;
          const cells: string[] = [];
          const take = () => {
            while (carried[cells.length] && (carried[cells.length]?.left ?? 0) > 0) {
              const c = carried[cells.length];
              if (!c) break;
              c.left -= 1;
              cells.push(c.text);
            }
          };
          for (const td of tr.children.filter((c): c is HtmlNode => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th'))) {
            take();
            const text = cellText(td);
            const rowspan = Number(/rowspan\s*=\s*["']?(\d+)/i.exec(td.attrs)?.[1] ?? 1);
            const colspan = Number(/colspan\s*=\s*["']?(\d+)/i.exec(td.attrs)?.[1] ?? 1);
            for (let k = 0; k < Math.max(1, colspan); k++) {
              if (rowspan > 1) carried[cells.length] = { text: k === 0 ? text : '', left: rowspan - 1 };
              cells.push(k === 0 ? text : '');
            }
          }
          take();
          if (cells.some(Boolean)) table.rows.push({ cells, line });
        }
        if (table.rows.length) items.push(table);
      } else walk(child);
    }
  };
  walk(parseHtml(html));
  return items;
}

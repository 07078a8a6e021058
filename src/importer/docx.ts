/**
 * Word (.docx) input: mammoth turns the document into simple HTML (paragraphs,
 * headings, lists, tables), which we walk into the importer's items. Line
 * numbers of a Word file are paragraph numbers in document order; each table
 * row counts as one.
 */
import { parse, parseFragment } from 'parse5';
import type { Item, SourceTable } from './source.ts';

export interface HtmlNode {
  tag: string;
  attrs: string;
  children: (HtmlNode | string)[];
}

/** Elements of a web page that are never the document: scripts, styles and the site's navigation. */
const NOT_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'iframe', 'svg']);

interface Parse5Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parse5Node[];
}

/** parse5's tree as the small node shape the walkers below read; attributes kept as `name="value"` text. */
/** Deepest element nesting kept; old table-layout portal pages nest about 30 deep (hostile input nests without end, and the walkers recurse). */
const MAX_HTML_DEPTH = 200;

function fromParse5(node: Parse5Node, skip: ReadonlySet<string>, depth = 0): HtmlNode {
  const children: (HtmlNode | string)[] = [];
  for (const child of node.childNodes ?? []) {
    if (child.nodeName === '#text') children.push(child.value ?? '');
    else if (child.tagName && !skip.has(child.tagName)) {
      // Past a depth no page needs, the text of deeper elements is kept flat.
      const converted = depth < MAX_HTML_DEPTH ? fromParse5(child, skip, depth + 1) : { tag: child.tagName, attrs: '', children: [parse5Text(child)] };
      if (child.tagName === 'br') converted.children.push('\n');
      children.push(converted);
    }
  }
  const attrs = (node.attrs ?? []).map((a) => `${a.name}="${a.value.replace(/"/g, '&quot;')}"`).join(' ');
  return { tag: node.tagName ?? 'root', attrs, children };
}

/** An HTML fragment (mammoth's output for a Word file), parsed by parse5 as a browser would. */
export function parseHtml(html: string): HtmlNode {
  return fromParse5(parseFragment(html) as unknown as Parse5Node, new Set(['script', 'style', 'template']));
}

/** The body of a saved web page without scripts, styles and site navigation. */
export function parseHtmlPage(html: string): HtmlNode {
  const doc = parse(html) as unknown as Parse5Node;
  const htmlEl = doc.childNodes?.find((n) => n.tagName === 'html');
  const body = htmlEl?.childNodes?.find((n) => n.tagName === 'body') ?? htmlEl ?? doc;
  return fromParse5(body, NOT_CONTENT);
}

/** All text of a parsed tree, one block per line (for checks over the whole text, such as Bijoy detection). */
export function plainText(node: HtmlNode): string {
  return textOf(node);
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
export function itemsFromHtml(html: string | HtmlNode): Item[] {
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
        const parts = textOf(child)
          .split('\n')
          .filter((p) => p.trim());
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
          for (const c of n.children) if (typeof c !== 'string') c.tag === 'tr' ? rows.push(c) : c.tag !== 'table' && collect(c);
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
  walk(typeof html === 'string' ? parseHtml(html) : html);
  return items;
}

/** All the text under a parse5 node, without recursion (for content nested past MAX_HTML_DEPTH). */
function parse5Text(node: Parse5Node): string {
  const parts: string[] = [];
  const stack = [node];
  for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
    if (at.nodeName === '#text') parts.push(at.value ?? '');
    else stack.push(...[...(at.childNodes ?? [])].reverse());
  }
  return parts.join('');
}

/**
 * A document body to HTML, once, at content-load time.
 *
 * Bodies are stored as `.mdx`, but the content safety policy
 * (src/validation/checks/content-safety.ts) forbids everything that makes MDX
 * more than Markdown: no imports or exports, no `{…}` expressions (only comments),
 * no components, only plain formatting elements with literal attributes. So a body
 * needs no JavaScript compiler: it is parsed with MDX's own syntax (micromark's
 * mdxjs extension, so every file means exactly what it meant under @astrojs/mdx:
 * no indented code, `<br />` is an element, `{/* … *\/}` a comment), with GFM, and
 * turned straight into HTML. Vite never sees it, and Astro's data store keeps the
 * HTML between builds (src/content-model/astro-loader.ts).
 *
 * The HTML is written the way Astro writes MDX output (its JSX renderer): the
 * same plugins in the same order (rehypeLangParts, heading ids, shiki for code),
 * text escaped like Astro's `escapeHTML`, void elements as `<br/>`, whitespace
 * dropped inside tables. tests/site/rendered-html.test.ts holds every sample page
 * to the HTML @astrojs/mdx made.
 */
import { rehypeHeadingIds, rehypeShiki } from '@astrojs/markdown-remark';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { find, html as htmlSchema } from 'property-information';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { rehypeLangParts } from '../domain/lang.ts';

export interface RenderedBody {
  html: string;
  headings: { depth: number; slug: string; text: string }[];
}

interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: HastNode[];
}

/** The MDX node types a body may hold after the safety policy: JSX elements, and expressions (comments only). */
const MDX_NODE_TYPES = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'] as const;

/** remark-mdx without its dependency chain: MDX's syntax for the parser and the tree. */
function remarkMdxSyntax(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(mdxjs());
  (data.fromMarkdownExtensions ??= []).push(mdxFromMarkdown());
}

/** Shiki only when a body has a code block: the highlighter takes a while to start and bodies rarely have code. */
function rehypeShikiWhenNeeded() {
  // Astro's plugin, called as unified would (it ignores `this`); default Shiki settings, as under @astrojs/mdx.
  const highlight = (rehypeShiki as unknown as (config: object) => (tree: HastNode) => Promise<void>)({});
  const hasCode = (node: HastNode): boolean => node.tagName === 'pre' || (node.children ?? []).some(hasCode);
  return async (tree: HastNode) => (hasCode(tree) ? highlight(tree) : undefined);
}

/**
 * Last: JSX elements become plain elements (the safety policy allows only
 * literal attribute values) and expressions (comments) disappear. Done after
 * rehypeLangParts and heading ids because under MDX those never saw JSX nodes.
 */
function rehypeMdxToElements() {
  const convert = (node: HastNode): HastNode[] => {
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'mdxjsEsm') return [];
    const children = (node.children ?? []).flatMap(convert);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (!node.name) return children; // a fragment <>…</>
      const properties: Record<string, unknown> = {};
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
        properties[attribute.name] =
          attribute.value === null || attribute.value === undefined ? true : typeof attribute.value === 'string' ? attribute.value : undefined;
      }
      return [{ type: 'element', tagName: node.name, properties, children, jsx: true } as HastNode];
    }
    return [{ ...node, ...(node.children ? { children } : {}) }];
  };
  return (tree: HastNode) => {
    tree.children = (tree.children ?? []).flatMap(convert);
  };
}

// Astro's escapeHTML (runtime/server/escape.js) for text, its toAttributeString for attribute values.
const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
const escapeText = (value: string) => value.replace(/[&<>'"]/g, (c) => TEXT_ENTITIES[c] ?? c);
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose whitespace-only text MDX drops (hast-util-to-estree), so `<tr>`s follow each other without newlines. */
const TABLE_ELEMENTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/** A style attribute as MDX gives it to Astro: parsed into declarations, written back as `name:value;name:value`. */
function styleString(style: string): string {
  return style
    .split(';')
    .map((declaration) => {
      const colon = declaration.indexOf(':');
      return colon < 0 ? '' : `${declaration.slice(0, colon).trim().toLowerCase()}:${declaration.slice(colon + 1).trim()}`;
    })
    .filter((declaration) => declaration && !declaration.endsWith(':'))
    .join(';');
}

function attributes(node: HastNode): string {
  let out = '';
  const properties = { ...node.properties };
  // hast-util-to-estree turns a GFM cell's `align` into a style, which Astro writes as `text-align:…`.
  if (!(node as { jsx?: boolean }).jsx && typeof properties['align'] === 'string' && (node.tagName === 'td' || node.tagName === 'th')) {
    properties['style'] = `text-align:${properties['align']}`;
    delete properties['align'];
  }
  if (typeof properties['style'] === 'string') properties['style'] = styleString(properties['style']);
  for (const [key, raw] of Object.entries(properties)) {
    // hast-util-to-estree leaves out null, undefined and false, and writes true as a bare attribute.
    if (raw === undefined || raw === null || raw === false) continue;
    const info = find(htmlSchema, key);
    if (raw === true) {
      out += ` ${info.attribute}`;
      continue;
    }
    const value = Array.isArray(raw) ? raw.join(info.commaSeparated ? ', ' : ' ') : String(raw);
    out += value === '' ? ` ${info.attribute}` : ` ${info.attribute}="${escapeAttribute(value)}"`;
  }
  return out;
}

/** Serialise like Astro's JSX renderer (runtime/server/jsx.js renderElement). */
export function toAstroHtml(node: HastNode, parentTag?: string): string {
  switch (node.type) {
    case 'root':
      return (node.children ?? []).map((c) => toAstroHtml(c)).join('');
    case 'text': {
      const value = node.value ?? '';
      if (parentTag && TABLE_ELEMENTS.has(parentTag) && value.trim() === '') return '';
      return escapeText(value);
    }
    case 'raw':
      return node.value ?? '';
    case 'element': {
      const tag = node.tagName ?? 'div';
      const children = (node.children ?? []).map((c) => toAstroHtml(c, tag)).join('');
      if (children === '' && VOID_ELEMENTS.has(tag)) return `<${tag}${attributes(node)}/>`;
      return `<${tag}${attributes(node)}>${children}</${tag}>`;
    }
    default:
      return ''; // comments and doctypes: MDX has neither
  }
}

// unified's processor types follow each plugin's; this one is only run, never inspected.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let processor: Processor<any, any, any, any, any> | undefined;

function bodyProcessor() {
  processor ??= unified()
    .use(remarkParse)
    .use(remarkMdxSyntax)
    .use(remarkGfm)
    .use(remarkRehype, { passThrough: [...MDX_NODE_TYPES] })
    .use(rehypeShikiWhenNeeded)
    .use(rehypeLangParts)
    .use(rehypeHeadingIds)
    .use(rehypeMdxToElements)
    .freeze();
  return processor;
}

/** Render one body (the text after the frontmatter). `filePath` names the file in errors and marks it as MDX for heading ids. */
export async function renderBody(body: string, filePath: string): Promise<RenderedBody> {
  const file = new VFile({ value: body, path: filePath, data: { astro: { frontmatter: {} } } });
  const p = bodyProcessor();
  const tree = (await p.run(p.parse(file), file)) as HastNode;
  const headings = (file.data as { astro?: { headings?: RenderedBody['headings'] } }).astro?.headings ?? [];
  return { html: toAstroHtml(tree), headings };
}

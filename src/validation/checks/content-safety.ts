/**
 * Check: content is text and data, never code. Anyone may propose a content
 * change by pull request, and a reviewer reads meaning, not markup, so the
 * build must refuse anything in a content file that could run code in a
 * citizen's browser, load something from elsewhere, or show different text
 * from what is stored.
 *
 * The body is parsed with the same parser family Astro's MDX integration uses
 * (micromark + mdast, with the MDX and GFM extensions), so a finding names the
 * exact line of the construct and never trips on text that merely looks like
 * code. `.md` bodies are parsed as CommonMark+GFM and their raw HTML is held to
 * the same allow-list as MDX elements (Astro passes `.md` HTML through as is).
 * About 360 lines: one walk over the body's syntax tree, a case per construct, each
 * with the message an editor reads; the allow-lists are ./safety-policy.ts.
 *
 * The policy (what is allowed, in one place) is ./safety-policy.ts.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { officeMediaPath, safeDecode } from '../../content-model/media-path.ts';
import type { ContentFile } from '../../content-model/load.ts';
import { formatFieldPath, type FieldPath } from '../../content-model/source-file.ts';
import type { Diagnostic, Severity } from '../diagnostic.ts';
import { htmlTags } from './html-tags.ts';
import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_COMPONENTS,
  ALLOWED_ELEMENTS,
  BIDI_OR_INVISIBLE_TEST,
  FORBIDDEN_ELEMENT_REASONS,
  SAFE_LINK_SCHEMES,
  SCHEME_PREFIX,
  SCRIPT_SCHEMES,
  findHiddenCharacters,
  isUnsafeUrl,
  urlScheme,
} from './safety-policy.ts';

// Field names holding who someone is or how to reach them: an invisible character there is an error, elsewhere a warning.
const IDENTITY_KEYS = new Set(['name', 'bn', 'en', 'designation', 'phone', 'email', 'website', 'memoNumber', 'recipient', 'office']);
/** An HTML element name; `<info@x.gov.bd>` is a tag to a tokenizer but an e-mail address to a reader. */
const ELEMENT_NAME = /^[a-z][a-z0-9-]*$/;

/** The first HTML markup in a plain-text field, as written: a tag (`<b>`, `</p>`, `<img src=x>`) or a comment; `a < b` is text. */
function markupIn(value: string): string | undefined {
  if (!value.includes('<')) return undefined;
  const tag = htmlTags(value).find((t) => (t.kind === 'comment' ? /^<!(?:--|\[CDATA\[)/.test(t.source) : ELEMENT_NAME.test(t.name)));
  return tag?.source;
}

export function checkContentSafety(file: ContentFile, data: unknown = file.source.data): Diagnostic[] {
  const out: Diagnostic[] = [];
  const displayPath = file.source.displayPath;
  const push = (line: number, field: string, severity: Severity, message: string) =>
    out.push({ file: displayPath, line, field, severity, code: 'unsafe-content', message });

  // 1. Frontmatter (or office.yaml): every string is plain text.
  walkStrings(data, [], (path, value) => {
    // Looking a line up walks the YAML document: only worth it for a finding, and most strings have none.
    if (!value.includes('<') && !SCHEME_PREFIX.test(value) && !BIDI_OR_INVISIBLE_TEST.test(value)) return;
    const markup = markupIn(value);
    if (markup === undefined && !SCHEME_PREFIX.test(value) && !BIDI_OR_INVISIBLE_TEST.test(value)) return;
    const line = file.source.lineOf(path);
    const field = formatFieldPath(path);
    if (markup !== undefined) {
      push(
        line,
        field,
        'error',
        `HTML is not allowed in ${file.kind === 'office' ? 'office.yaml' : 'frontmatter'} ("${shorten(markup)}"): fields are shown as plain text, so write the words without tags`,
      );
    }
    // Only schemes that run or smuggle content: "মন্তব্য: ..." or "Note: ..." are ordinary text.
    const scheme = urlScheme(value);
    if (scheme && SCRIPT_SCHEMES.has(scheme)) {
      push(line, field, 'error', `a "${scheme}:" address is not allowed: only http(s), mailto and tel addresses may be published; remove it`);
    }
    const hidden = findHiddenCharacters(value);
    if (hidden.bidi.length) {
      push(
        line,
        field,
        'error',
        `contains ${hidden.bidi.join(', ')}: bidi controls make the shown text differ from the stored text; retype the value without them`,
      );
    }
    if (hidden.invisible.length) {
      const key = [...path].reverse().find((k): k is string => typeof k === 'string') ?? '';
      push(
        line,
        field,
        IDENTITY_KEYS.has(key) ? 'error' : 'warning',
        `contains invisible ${hidden.invisible.join(', ')}: it makes two equal-looking values differ; retype the value without it`,
      );
    }
  });

  // 2. The body.
  // A body over a limit is not parsed at all (checks/limits.ts reports it): parsing it is what the limit prevents.
  if (file.kind !== 'office' && file.source.body.trim() !== '' && !file.source.limitFindings.length) checkBody(file, push);
  return out;
}

const MAY_HOLD_CODE_OR_LINKS = /[<{}]|\]\(|\]:|\]\[|^[ \t]*(?:import|export)\b/m;

type Push = (line: number, field: string, severity: Severity, message: string) => void;

interface MdNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: MdAttribute[];
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
  data?: { estree?: { body?: unknown[] } };
}
interface MdAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
  position?: { start: { line: number } };
}

function checkBody(file: ContentFile, push: Push): void {
  const { body, bodyStartLine } = file.source;
  const isMdx = file.source.displayPath.endsWith('.mdx');
  const lineOf = (node: { position?: { start: { line: number } } }) => bodyStartLine - 1 + (node.position?.start.line ?? 1);

  // Hidden characters are about the raw text, wherever they are (text, link, table cell).
  body.split('\n').forEach((text, i) => {
    const hidden = findHiddenCharacters(text);
    if (hidden.bidi.length)
      push(
        bodyStartLine + i,
        'body',
        'error',
        `contains ${hidden.bidi.join(', ')}: bidi controls make the shown text differ from the stored text; retype the line without them`,
      );
    if (hidden.invisible.length) push(bodyStartLine + i, 'body', 'warning', `contains invisible ${hidden.invisible.join(', ')}; retype the line without it`);
  });

  // Parsing is the expensive part (micromark reads ~150 KB/s of Bengali text). Every construct this
  // policy refuses starts with "<", "{", "}", a link "](" / "]:" / "][", or an import/export line; a body
  // with none of them has nothing to refuse, so it is not parsed. Astro still parses it when it builds.
  if (!MAY_HOLD_CODE_OR_LINKS.test(body)) return;

  let tree: MdNode;
  try {
    tree = fromMarkdown(body, {
      extensions: isMdx ? [mdxjs(), gfm()] : [gfm()],
      mdastExtensions: isMdx ? [mdxFromMarkdown(), gfmFromMarkdown()] : [gfmFromMarkdown()],
    }) as MdNode;
  } catch (error) {
    // MDX that does not parse cannot be built either. Say where, and name a forbidden construct on that line when there is one.
    const place = error as { line?: number; reason?: string; message?: string };
    const line = bodyStartLine - 1 + (place.line ?? 1);
    const reason = (place.reason ?? place.message ?? String(error)).split('\n')[0];
    const text = body.split('\n')[(place.line ?? 1) - 1] ?? '';
    const hint = describeRawHtml(text);
    push(
      line,
      'body',
      'error',
      hint
        ? `${hint} (and the body does not parse as MDX: ${reason})`
        : `the body does not parse as MDX: ${reason}. Text characters "{", "}" and "<" must be escaped as "\\{", "\\}" and "\\<"`,
    );
    return;
  }

  const visit = (node: MdNode): void => {
    const line = lineOf(node);
    switch (node.type) {
      case 'mdxjsEsm':
        push(line, 'body', 'error', `import/export is not allowed: content cannot load code or components; remove the line "${shorten(node.value ?? '')}"`);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node)) {
          push(
            line,
            'body',
            'error',
            `the JavaScript expression "{${shorten(node.value ?? '')}}" is not allowed: content is text, not code; to print a brace write "\\{"`,
          );
        }
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, line, push);
        break;
      case 'html':
        checkRawHtml(node.value ?? '', line, push);
        break;
      case 'link':
      case 'definition': {
        if (refuseLinkTarget(node.url ?? '', line, push)) break;
        // A link to a media file (a scanned signed copy) names this office's own media folder, like an image.
        if (isMediaPath(node.url ?? '')) checkOwnMedia(file.officeId, node.url ?? '', 'a link to a media file', line, push);
        break;
      }
      case 'image': {
        // Images come from the portal itself: a third-party image would tell another site who reads what.
        const url = node.url ?? '';
        const scheme = urlScheme(url);
        if (scheme !== undefined || /^\s*[\\/]{2}/.test(url)) {
          push(
            line,
            'body',
            'error',
            `an image from another site is not allowed ("${shorten(url)}"): put the image in the office media folder and link it by path, e.g. ![ছবি](media/photo.jpg)`,
          );
        } else {
          checkOwnMedia(file.officeId, url, 'an image', line, push);
        }
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
}

/** A Markdown link or an `href` to anything but http(s), mailto, tel or a path: reported; true when it was. */
function refuseLinkTarget(url: string, line: number, push: Push): boolean {
  const scheme = isUnsafeUrl(url, SAFE_LINK_SCHEMES);
  if (scheme) {
    push(
      line,
      'body',
      'error',
      `a link to a "${scheme}:" address is not allowed ("${shorten(url)}"): link only to http(s), mailto or tel addresses or to pages of the portal`,
    );
  }
  return scheme !== undefined;
}

/** A path (no scheme) that names a file in some media folder, however written (`media/`, `../x/media/`, `%2e%2e/media/`). */
function isMediaPath(url: string): boolean {
  if (urlScheme(url) !== undefined || /^\s*[\\/]{2}/.test(url)) return false;
  const decoded = safeDecode(url) ?? url;
  return /(^|[\\/])media[\\/]/.test(decoded.split(/[?#]/)[0] ?? '');
}

/** An image or media link stays in the office's own media folder (src/content-model/confine.ts). */
function checkOwnMedia(officeId: string, url: string, what: string, line: number, push: Push): void {
  const confined = officeMediaPath(officeId, url.split(/[?#]/)[0] ?? '');
  if ('refused' in confined) {
    push(
      line,
      'body',
      'error',
      `${what} "${shorten(url)}" is refused because ${confined.refused}: use a file in this office's media folder, e.g. media/scan.pdf (ফাইলটি এই অফিসের media/ ফোল্ডারে রাখুন)`,
    );
  }
}

/** `{/* a comment *\/}` compiles to nothing, so it is harmless. */
function isCommentOnly(node: MdNode): boolean {
  const program = node.data?.estree;
  return program !== undefined && Array.isArray(program.body) && program.body.length === 0;
}

function checkElement(node: MdNode, line: number, push: Push): void {
  const refused = checkElementName(node.name ?? '', line, push);
  for (const attribute of node.attributes ?? []) {
    const attrLine = attribute.position ? lineOfAttribute(attribute, line, node) : line;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      push(
        attrLine,
        'body',
        'error',
        `the JavaScript expression "{${shorten(String(attribute.value ?? ''))}}" in <${node.name}> is not allowed: content is text, not code; remove it`,
      );
      continue;
    }
    checkAttribute(node.name ?? '', attribute.name ?? '', attribute.value, attrLine, push, refused);
  }
}

/** Reports an element outside the allow-lists; true when it was refused. */
function checkElementName(name: string, line: number, push: Push): boolean {
  if (name === '') {
    push(line, 'body', 'error', 'a JSX fragment "<>…</>" is not allowed: write the text without it');
  } else if (/^[A-Z]|[.:]/.test(name)) {
    if (ALLOWED_COMPONENTS.includes(name)) return false;
    push(
      line,
      'body',
      'error',
      `the component <${name}> is not allowed: ${ALLOWED_COMPONENTS.length ? `only ${ALLOWED_COMPONENTS.join(', ')} may be used` : 'documents use no components'}; write the content as text, lists or tables`,
    );
  } else if (!ALLOWED_ELEMENTS.has(name.toLowerCase())) {
    const reason = FORBIDDEN_ELEMENT_REASONS[name.toLowerCase()] ?? 'only plain formatting elements (p, br, strong, em, lists, tables) are allowed';
    push(line, 'body', 'error', `<${name}> is not allowed: ${reason}; remove it`);
  } else {
    return false;
  }
  return true;
}

function lineOfAttribute(attribute: MdAttribute, elementLine: number, node: MdNode): number {
  const nodeLine = node.position?.start.line ?? 1;
  return elementLine + ((attribute.position?.start.line ?? nodeLine) - nodeLine);
}

/** `elementRefused`: the element is already reported, so only handlers and script URLs are worth a second line. */
function checkAttribute(element: string, name: string, value: MdAttribute['value'], line: number, push: Push, elementRefused = false): void {
  const lower = name.toLowerCase();
  if (value && typeof value === 'object') {
    push(line, 'body', 'error', `the JavaScript expression in ${name}={…} on <${element}> is not allowed: attribute values are plain text in quotes`);
    return;
  }
  if (lower.startsWith('on')) {
    push(line, 'body', 'error', `the event handler ${name}= on <${element}> is not allowed: content cannot run code; remove the attribute`);
  } else if (!ALLOWED_ATTRIBUTES.has(lower) && !elementRefused) {
    push(line, 'body', 'error', `the attribute ${name}= on <${element}> is not allowed (allowed: ${[...ALLOWED_ATTRIBUTES].join(', ')}); remove it`);
  } else if (lower === 'href') {
    refuseLinkTarget(value ?? '', line, push);
  }
}

// Raw HTML in `.md` bodies: micromark isolates it as `html` nodes; each start tag in a node, read as a browser
// reads it (./html-tags.ts), is held to the element/attribute allow-list.
function checkRawHtml(html: string, line: number, push: Push): void {
  for (const tag of htmlTags(html)) {
    if (tag.kind !== 'start') continue;
    const tagLine = line + tag.line - 1;
    const refused = checkElementName(tag.name, tagLine, push);
    for (const attribute of tag.attributes) checkAttribute(tag.name, attribute.name, attribute.value, tagLine, push, refused);
  }
}

/** For a line the MDX parser could not read: the first forbidden construct a person would recognise. */
function describeRawHtml(text: string): string | undefined {
  const tags = htmlTags(text).filter((t) => t.kind === 'start');
  const forbidden = tags.find((t) => Object.hasOwn(FORBIDDEN_ELEMENT_REASONS, t.name));
  if (forbidden) return `<${forbidden.name}> is not allowed: ${FORBIDDEN_ELEMENT_REASONS[forbidden.name]}`;
  const handler = tags.flatMap((t) => t.attributes).find((a) => a.name.startsWith('on'));
  if (handler) return `the event handler ${handler.name}= is not allowed: content cannot run code; remove the attribute`;
  // Not HTML: a Markdown link or text with a script address.
  const scheme = /\b(javascript|vbscript|data)\s*:/i.exec(text);
  if (scheme) return `a "${scheme[1]!.toLowerCase()}:" address is not allowed: link only to http(s), mailto or tel addresses`;
  return undefined;
}

function shorten(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

function walkStrings(value: unknown, path: (string | number)[], visit: (path: FieldPath, value: string) => void): void {
  if (typeof value === 'string') visit(path, value);
  else if (Array.isArray(value)) value.forEach((item, i) => walkStrings(item, [...path, i], visit));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) walkStrings(v, [...path, k], visit);
  }
}

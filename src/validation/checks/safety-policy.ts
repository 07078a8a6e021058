/**
 * The content safety policy (checks/content-safety.ts applies it): what a content
 * file may contain, and the character and address rules it is read with.
 *
 * - no `import`/`export`, no `{…}` JavaScript expressions (an MDX comment `{/* … *\/}` is fine);
 * - no components at all (ALLOWED_COMPONENTS is empty), and only plain formatting HTML
 *   elements (ALLOWED_ELEMENTS) with a few harmless attributes (ALLOWED_ATTRIBUTES);
 * - link targets are web addresses, mail/phone links or site paths (never `javascript:`,
 *   `data:` or any other scheme); images are paths on the portal (the office media folder);
 * - frontmatter strings are plain text: no HTML tags, no script URLs;
 * - no bidi overrides or invisible characters that make shown text differ from stored text.
 */

/** Components content may use. Deliberately none: every document kind is rendered from its data by the portal. */
export const ALLOWED_COMPONENTS: readonly string[] = [];

/** Plain formatting HTML an MDX or Markdown body may use (tables, line breaks, emphasis, lists). */
export const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set([
  'p',
  'br',
  'hr',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'abbr',
  'span',
  'div',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'figure',
  'figcaption',
]);

/**
 * Attributes allowed on those elements. No `style` (it can hide or fake text),
 * no `class`/`id` (they can borrow the portal's own styles and anchors), no `dir`
 * (it can reorder text), no event handlers.
 */
export const ALLOWED_ATTRIBUTES: ReadonlySet<string> = new Set(['colspan', 'rowspan', 'scope', 'title', 'lang', 'href', 'start']);

/** Elements that get their own explanation, because they are the usual ways in. */
export const FORBIDDEN_ELEMENT_REASONS: Record<string, string> = {
  script: 'content cannot run code',
  iframe: 'content cannot embed other pages',
  frame: 'content cannot embed other pages',
  object: 'content cannot embed plugins or other pages',
  embed: 'content cannot embed plugins or other pages',
  style: 'content cannot change the portal\u2019s styles',
  link: 'content cannot load style sheets or other resources',
  meta: 'content cannot change page metadata or redirect',
  base: 'content cannot change where links point',
  form: 'content cannot collect input from citizens',
  input: 'content cannot collect input from citizens',
  button: 'content cannot collect input from citizens',
  img: 'images come from the office media folder through Markdown `![text](media/file.jpg)`, not HTML',
  svg: 'SVG can carry scripts; use an image file in the media folder',
  math: 'MathML is not used by documents',
};

/** URL schemes a link may use; anything else (javascript:, data:, vbscript:, file:, ...) is refused. */
export const SAFE_LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
/** Schemes refused even in plain-text fields, because a field may be turned into a link (office website). */
export const SCRIPT_SCHEMES = new Set(['javascript', 'vbscript', 'data', 'file', 'blob']);

/**
 * Bidi controls (embeddings, overrides, isolates and marks) and characters that
 * show nothing: zero-width space, word joiner, BOM, soft hyphen, invisible
 * operators, interlinear annotations, Unicode tag characters, and C0/C1 control
 * codes other than tab and line breaks. ZWJ and ZWNJ are NOT here: Bengali
 * spelling needs them (র‍্যাব, খণ্ড-ত).
 */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u180E\u200B\u2060-\u2064\uFEFF\uFFF9-\uFFFB\u{E0000}-\u{E007F}]/u;
const BIDI_OR_INVISIBLE = new RegExp(`${BIDI.source}|${INVISIBLE.source}`, 'gu');
export const BIDI_OR_INVISIBLE_TEST = new RegExp(`${BIDI.source}|${INVISIBLE.source}`, 'u');
/** Cheap pre-test for a URL scheme at the start of a value (the exact test is `urlScheme`). */
export const SCHEME_PREFIX = /^[\s\u0000-\u0020]*[a-zA-Z][a-zA-Z0-9+.\t\n\r-]*:/;

const CHARACTER_NAMES: Record<string, string> = {
  '\u061C': 'ARABIC LETTER MARK',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\u00AD': 'SOFT HYPHEN',
  '\u200B': 'ZERO WIDTH SPACE',
  '\u2060': 'WORD JOINER',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE (BOM)',
};

/** `U+202E RIGHT-TO-LEFT OVERRIDE`, or `U+E0041 (tag character)`. */
export function describeCharacter(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const name =
    CHARACTER_NAMES[ch] ?? (cp >= 0xe0000 ? '(tag character)' : cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) ? '(control character)' : '(invisible character)');
  return `${hex} ${name}`;
}

/** Every bidi control or invisible character in `s`, described, in order of appearance (each kind once). */
export function findHiddenCharacters(s: string): { bidi: string[]; invisible: string[] } {
  const bidi = new Set<string>();
  const invisible = new Set<string>();
  for (const [ch] of s.matchAll(BIDI_OR_INVISIBLE)) (BIDI.test(ch) ? bidi : invisible).add(describeCharacter(ch));
  return { bidi: [...bidi], invisible: [...invisible] };
}

/**
 * The scheme of a link target as a browser sees it: browsers drop ASCII tabs and
 * line breaks and leading control characters and spaces before reading the
 * scheme, so `java\tscript:` is `javascript:`. Undefined for relative targets.
 */
export function urlScheme(url: string): string | undefined {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return match ? match[1]!.toLowerCase() : undefined;
}

export function isUnsafeUrl(url: string, allowed: ReadonlySet<string>): string | undefined {
  const scheme = urlScheme(url);
  if (scheme === undefined || allowed.has(scheme)) return undefined;
  return scheme;
}

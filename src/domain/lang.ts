/**
 * Language of parts (WCAG 3.1.2): pages are Bengali (`<html lang="bn">`), and a
 * text that is English on its own (an English name, an address, an email) is
 * marked `lang="en"` so screen readers switch voice. English words inside a Bengali
 * sentence stay as they are: marking them would split the sentence.
 */

/** Bengali letters and signs; Bengali digits (U+09E6-09EF) also appear inside English emails as typed. */
const BENGALI = /[\u0980-\u09E5\u09F0-\u09FF]/;
const LATIN_WORD = /[A-Za-z]{2,}/;

/** True when `text` reads as English: it has Latin words and no Bengali letters. */
export function isEnglishText(text: string): boolean {
  return LATIN_WORD.test(text) && !BENGALI.test(text);
}

/** `lang` attribute value for a standalone text: 'en' for English, undefined (inherit Bengali) otherwise. */
export function langFor(text: string | undefined | null): 'en' | undefined {
  return text && isEnglishText(text) ? 'en' : undefined;
}

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const textOf = (node: HastNode): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));

/**
 * Rehype plugin for document bodies (Markdown/MDX): marks each element whose whole
 * text is English with `lang="en"`, outermost first, e.g. a table cell holding an
 * English system name.
 */
export function rehypeLangParts() {
  const visit = (node: HastNode, inherited: string | undefined) => {
    for (const child of node.children ?? []) {
      if (child.type !== 'element') continue;
      const own = child.properties?.['lang'];
      let lang = typeof own === 'string' ? own : inherited;
      if (lang !== 'en' && child.tagName !== 'code' && child.tagName !== 'pre' && isEnglishText(textOf(child))) {
        child.properties = { ...child.properties, lang: 'en' };
        lang = 'en';
      }
      visit(child, lang);
    }
  };
  return (tree: HastNode) => visit(tree, undefined);
}

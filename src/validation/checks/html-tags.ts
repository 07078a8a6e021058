/**
 * The tags in a piece of HTML as a browser's tokenizer reads them (parse5's
 * Tokenizer, the WHATWG algorithm): names lower-cased, attribute values with
 * every character reference decoded (`&#x6A;avascript&colon;` is `javascript:`),
 * duplicate attributes dropped as a browser drops them, unquoted and oddly
 * spaced attributes read as a browser reads them.
 *
 * Tokens, not a tree, on purpose: a tree builder drops or moves tags by context
 * (a fragment parser folds `<body onload=…>` into the body it assumes), while a
 * page that contains the HTML would still act on them. Every start tag is seen,
 * including tags inside `<script>`, `<style>` or `<textarea>` (a browser reads
 * those as text; they are refused anyway, so that only adds findings).
 */
import { Tokenizer, type Token } from 'parse5';

export interface HtmlTag {
  kind: 'start' | 'end' | 'comment';
  /** Lower-cased tag name; '' for a comment. */
  name: string;
  attributes: { name: string; value: string }[];
  /** 1-based line inside the HTML. */
  line: number;
  /** The tag's source text, as written. */
  source: string;
}

/** Every start tag, end tag and comment (bogus ones included: `<?x>`, `<![CDATA[`) of `html`, in order. */
export function htmlTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  const at = (location: Token.Location | null) => ({
    line: location?.startLine ?? 1,
    source: location ? html.slice(location.startOffset, location.endOffset) : '',
  });
  const ignore = () => {};
  const tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: true },
    {
      onStartTag: (token) =>
        tags.push({ kind: 'start', name: token.tagName, attributes: token.attrs.map((a) => ({ name: a.name, value: a.value })), ...at(token.location) }),
      onEndTag: (token) => tags.push({ kind: 'end', name: token.tagName, attributes: [], ...at(token.location) }),
      onComment: (token) => tags.push({ kind: 'comment', name: '', attributes: [], ...at(token.location) }),
      onDoctype: ignore,
      onEof: ignore,
      onCharacter: ignore,
      onNullCharacter: ignore,
      onWhitespaceCharacter: ignore,
    },
  );
  tokenizer.write(html, true);
  return tags;
}

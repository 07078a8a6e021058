/**
 * Cutting the parts out of a saved web page that are not the document (comments,
 * scripts, styles, navigation), in time linear in the page's length.
 *
 * The regular expressions these replace (`/<!--[\s\S]*?-->/`, `/<(script|…)\b[\s\S]*?<\/\1>/`,
 * `/<[^>]+>/`) try every start position to the end of the page when the end marker
 * is missing, so 200 KB of `<!--` or `<script` took minutes (found by fuzzing).
 */

/** `text` without every `open … close` span (case-insensitive markers); an unclosed `open` and what follows are kept. */
export function removeSpans(text: string, open: RegExp, closeOf: (opened: RegExpExecArray) => string): string {
  const out: string[] = [];
  let kept = 0;
  const unclosed = new Set<string>();
  const opener = new RegExp(open.source, 'gi');
  for (let m = opener.exec(text); m; m = opener.exec(text)) {
    const close = closeOf(m).toLowerCase();
    if (unclosed.has(close)) continue;
    // A literal search: one pass over the rest of the text, at most once per kind of end marker that is missing.
    const end = indexOfIgnoreCase(text, close, m.index + m[0].length);
    if (end < 0) {
      unclosed.add(close);
      continue;
    }
    out.push(text.slice(kept, m.index));
    kept = end + close.length;
    opener.lastIndex = kept;
  }
  out.push(text.slice(kept));
  return out.join('');
}

function indexOfIgnoreCase(text: string, needle: string, from: number): number {
  const finder = new RegExp(needle.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'gi');
  finder.lastIndex = from;
  return finder.exec(text)?.index ?? -1;
}

/** The page's body: between `<body …>` and `</body>` (or the end), or the whole page without a body tag. */
export function bodyOf(html: string): string {
  const open = /<body\b[^<>]*>/i.exec(html);
  if (!open) return html;
  const start = open.index + open[0].length;
  const end = indexOfIgnoreCase(html, '</body>', start);
  return html.slice(start, end < 0 ? undefined : end);
}

/** A page without its comments, scripts, styles and navigation, as the importer reads it. */
export function documentPart(html: string): string {
  let body = removeSpans(bodyOf(html), /<!--/, () => '-->');
  body = removeSpans(body, /<(script|style|noscript|template)\b/, (m) => `</${m[1]}>`);
  return removeSpans(body, /<(nav|header|footer)\b/, (m) => `</${m[1]}>`);
}

/** Tags replaced by line breaks. `[^<>]` (not `[^>]`) so a run of `<` without `>` is one step each, not a rescan. */
export function tagsToLines(html: string): string {
  return html.replace(/<[^<>]+>/g, '\n');
}

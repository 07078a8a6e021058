/** Comparing the CMS preview's HTML with the built site's: same elements, attributes and text, whitespace aside. */

/** Collapse the whitespace HTML rendering ignores (between tags, runs of spaces). */
export function normalizeHtml(html: string): string {
  return (
    html
      .replace(/\s+/g, ' ')
      .replace(/>\s+</g, '><')
      .replace(/\s+>/g, '>')
      .replace(/>\s+/g, '>')
      .replace(/\s+</g, '<')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .trim()
      // One tag per line, so a difference shows as a short line diff.
      .replace(/></g, '>\n<')
  );
}

/** The `<div class="table-scroll">` holding one section's service table in a built charter page. */
export function siteServiceTable(pageHtml: string, section: string): string {
  const start = pageHtml.indexOf(`<div class="table-scroll" role="region" aria-labelledby="services-${section}-caption"`);
  if (start < 0) throw new Error(`no ${section} service table in the page`);
  const end = pageHtml.indexOf('</table>', start);
  const close = pageHtml.indexOf('</div>', end);
  return pageHtml.slice(start, close + '</div>'.length);
}

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

/** The `<div class="service-list">` holding one section's services in a built charter page (ends where its section does). */
export function siteServiceTable(pageHtml: string, section: string): string {
  const start = pageHtml.indexOf(`<div class="service-list" id="services-${section}"`);
  if (start < 0) throw new Error(`no ${section} service list in the page`);
  // The list closes right before its section does; nothing inside it closes a div and a section together.
  return pageHtml.slice(start, pageHtml.indexOf('</div></section>', start) + '</div>'.length);
}

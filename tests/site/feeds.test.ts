/** Share and find on the built sample site: RSS per office, sitemap, robots.txt, canonical and Open Graph tags. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleSiteDir } from '../support/paths.ts';
import { pageTypes } from '../browser/page-types.ts';

const SITE = 'https://portal.example';
const read = (file: string) => fs.readFileSync(path.join(sampleSiteDir, file), 'utf8');
const offices = fs.readdirSync(path.join(sampleSiteDir, 'offices')).sort();
const docsOf = (office: string, kind: string) => {
  const dir = path.join(sampleSiteDir, 'offices', office, kind);
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
};
const tags = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((m) => m[1] ?? '');

describe('share and find', () => {
  it.each(offices)("publishes an RSS feed of %s's minutes and orders, newest first, linking to their pages", (office) => {
    const xml = read(`offices/${office}/feed.xml`);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0">/);
    expect(xml).toContain('<language>bn</language>');
    const items = xml.split('<item>').slice(1);
    const expected = [...docsOf(office, 'minutes').map((d) => `minutes/${d}`), ...docsOf(office, 'orders').map((d) => `orders/${d}`)];
    expect(items).toHaveLength(expected.length);
    const links = items.flatMap((item) => tags(item, 'link'));
    expect(links.map((l) => l.replace(`${SITE}/offices/${office}/`, '').replace(/\/$/, '')).sort()).toEqual(expected.sort());
    for (const link of links) expect(fs.existsSync(path.join(sampleSiteDir, new URL(link).pathname, 'index.html'))).toBe(true);
    const dates = items.flatMap((item) => tags(item, 'pubDate')).map((d) => Date.parse(d));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(tags(xml, 'link')[0]).toBe(`${SITE}/offices/${office}/`);
    // The office page announces its feed to browsers and feed readers.
    expect(read(`offices/${office}/index.html`)).toContain(`<link rel="alternate" type="application/rss+xml"`);
  });

  it('lists every office and document page in the sitemap, and not the offline, search or CMS pages', () => {
    // National pages in Astro's sitemap, office pages in sitemaps written from each office's build manifest.
    const index = read('sitemap-index.xml');
    expect(index).toContain(`<loc>${SITE}/sitemap-0.xml</loc>`);
    expect(index).toContain(`<loc>${SITE}/sitemap-offices-0.xml</loc>`);
    const locs = tags(index, 'loc').flatMap((sitemap) => tags(read(sitemap.slice(SITE.length + 1)), 'loc'));
    for (const office of offices) {
      expect(locs).toContain(`${SITE}/offices/${office}/`);
      for (const kind of ['charters', 'minutes', 'orders'])
        for (const doc of docsOf(office, kind)) expect(locs).toContain(`${SITE}/offices/${office}/${kind}/${doc}/`);
    }
    expect(locs).toContain(`${SITE}/`);
    for (const hidden of ['/offline/', '/search/', '/admin/', '/404/']) expect(locs).not.toContain(`${SITE}${hidden}`);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  it.each(pageTypes().filter((p) => !['not found', 'search'].includes(p.type)))(
    'gives the $type page a canonical URL and Open Graph tags for link previews',
    ({ type, route }) => {
      const html = read(path.join(route, 'index.html'));
      const meta = (property: string) => html.match(new RegExp(`<meta property="${property}" content="([^"]*)"`))?.[1];
      const canonical = html.match(/<link rel="canonical" href="([^"]*)"/)?.[1];
      expect(canonical).toBe(`${SITE}${route}`);
      expect(meta('og:url')).toBe(canonical);
      expect(meta('og:title')?.length).toBeGreaterThan(0);
      expect(meta('og:description')?.length).toBeGreaterThan(0);
      expect(meta('og:locale')).toBe('bn_BD');
      expect(meta('og:site_name')).toBe('প্রতিশ্রুতি');
      const isDocument = ['charter', 'current charter', 'minutes', 'office order'].includes(type);
      expect(meta('og:type')).toBe(isDocument ? 'article' : 'website');
      if (isDocument) expect(meta('article:modified_time')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(html).toContain('<link rel="manifest"');
    },
  );
});

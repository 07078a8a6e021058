/**
 * The CMS preview renders charters and minutes with the same markup as the site:
 * for every seed charter and minutes, the functions Decap's preview pane calls
 * (src/components/document-html.ts, which the page components wrap) produce the
 * same HTML as the built page, whitespace aside: a page template that stops
 * using them, or wraps them differently, fails here naming the line. A charter goes
 * through the preview's own resolution of its `standard:` rows (cms/standard-services.ts
 * previewCharter, with the standards the built site publishes and on its day), as the
 * admin shows it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStandards, previewCharter } from '../../cms/standard-services.ts';
import { charterView, letterFooter, minutesView } from '../../src/components/document-html.ts';
import { loadContentTree } from '../../src/content-model/load.ts';
import type { CharterFile, Minutes } from '../../src/schemas/index.ts';
import { validateTree } from '../../src/validation/index.ts';
import { normalizeHtml, siteServiceTable } from '../cms/preview-compare.ts';
import { repoRoot, sampleSiteDir } from '../support/paths.ts';

const { valid } = validateTree(loadContentTree(path.join(repoRoot, 'content')));
const pageOf = (id: string, folder: string) => {
  const [office, stem] = id.split('/');
  return fs.readFileSync(path.join(sampleSiteDir, 'offices', office!, folder, stem!, 'index.html'), 'utf8');
};
const between = (html: string, start: string, end: string) => {
  const i = html.indexOf(start);
  const j = html.indexOf(end, i);
  if (i < 0 || j < 0) throw new Error(`"${start}" … "${end}" not found in the built page`);
  return html.slice(i, j);
};

/** The standards as the admin reads them: the built site's /api/standards.json, and the day it was built for. */
const siteFile = (url: string | URL | Request) => path.join(sampleSiteDir, decodeURIComponent(new URL(String(url)).pathname));
const siteDay = (JSON.parse(fs.readFileSync(siteFile('http://site/api/standards.json'), 'utf8')) as { day: string }).day;
beforeAll(() => loadStandards(new URL('http://site/'), async (url) => new Response(fs.readFileSync(siteFile(url as string)))));
const preview = (data: unknown) => charterView(previewCharter(data as CharterFile, siteDay));

describe('the CMS preview', () => {
  const charters = valid.filter((v) => v.file.kind === 'charter');
  const minutes = valid.filter((v) => v.file.kind === 'minutes');

  it.each(charters.map((v) => [v.file.id, v] as const))('renders the charter %s as the site does', (id, v) => {
    const html = pageOf(id, 'charters');
    expect(normalizeHtml(preview(v.data))).toBe(normalizeHtml(between(html, '<nav class="service-index"', '<div class="doc-body">')));
  });

  it('shows the seed charter’s citizen services with the site’s markup and classes', () => {
    const seed = charters.find((v) => v.file.id === 'doict-bheramara/2024-04-15')!;
    const site = siteServiceTable(pageOf(seed.file.id, 'charters'), 'citizen');
    expect(normalizeHtml(siteServiceTable(preview(seed.data), 'citizen'))).toBe(normalizeHtml(site));
    expect(site).toContain('<div class="service-list" id="services-citizen"');
    expect((site.match(/<section class="service" /g) ?? []).length).toBe(10);
  });

  it.each(minutes.map((v) => [v.file.id, v] as const))('renders the minutes %s and their signature block as the site does', (id, v) => {
    const html = pageOf(id, 'minutes');
    expect(normalizeHtml(minutesView(v.data as Minutes))).toBe(normalizeHtml(between(html, '<dl class="facts meeting-facts">', '<div class="doc-body">')));
    const footer = html.slice(html.indexOf('<section class="letter-footer"'), html.lastIndexOf('</article>'));
    expect(normalizeHtml(letterFooter(v.data as Minutes))).toBe(normalizeHtml(footer));
  });
});

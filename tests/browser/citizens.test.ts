/**
 * The portal as a citizen meets it, in real Chromium on a 360 px phone and a 1,280 px
 * desktop: a charter opens with its services (each a heading with its anchor, contract
 * 1) and names each officer once; the current charter has a stable address (contract 2);
 * lists are numbered once and stay on the screen; empty fields are left out; every date
 * is in both calendars in one format and counts are written as Bengali writes them; the
 * home page says what the site is and leads on; the directory exists; the compliance
 * dashboard puts status first and fits the screen.
 */
import { resolveCharter } from '../../src/domain/standard-services.ts';
import { diskLookup } from '../../src/content-model/standards.ts';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serviceAnchors } from '../../src/domain/service-anchor.ts';
import { charterSchema } from '../../src/schemas/charter.ts';
import { parseDocument } from 'yaml';
import { useSampleSiteInChromium } from '../support/browser.ts';
import { repoRoot, sampleSiteDir } from '../support/paths.ts';
import { pageTypes } from './page-types.ts';

const site = useSampleSiteInChromium();

async function open(route: string, width = 360): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 740 }, serviceWorkers: 'block', locale: 'bn-BD' });
  await page.clock.setFixedTime(new Date('2024-04-30T18:00:00Z')); // the sample's own date: no re-check changes the page
  await page.goto(`${site.server.url}${route}`);
  return page;
}

/** The sample Bheramara charter as the schema reads it. */
function bheramaraCharter() {
  const text = fs.readFileSync(path.join(repoRoot, 'content/offices/doict-bheramara/charters/2024-04-15.mdx'), 'utf8');
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  // As the page shows it: rows that use a standard service carry the standard's name.
  return resolveCharter(charterSchema.parse(parseDocument(frontmatter).toJS()), diskLookup(path.join(repoRoot, 'content')), '2024-04-15').charter;
}

describe('a charter page opens with its services', () => {
  it('shows the first services, with fee and time limit, on the first screen of a 360 px phone', async () => {
    const page = await open('/offices/doict-bheramara/charter/');
    const first = page.locator('.service-index-list li').first();
    const box = await first.boundingBox();
    expect(box && box.y + box.height).toBeLessThan(740);
    expect(await first.innerText()).toMatch(/আইসিটি অধিদপ্তর সংক্রান্ত তথ্য প্রদান[\s\S]*বিনামূল্যে[\s\S]*তাৎক্ষণিক/);
    await page.close();
  });

  it('gives each service a heading carrying serviceAnchors() of its name, and the jump list leads there', async () => {
    const charter = bheramaraCharter();
    const names = [...charter.services.citizen.services, ...charter.services.office.services, ...charter.services.internal.services].map((s) => s.name);
    const anchors = serviceAnchors(names);
    const page = await open('/offices/doict-bheramara/charter/');
    expect(await page.locator('.service-index-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(anchors.map((a) => `#${a}`));
    const headings = await page.locator('.service-name').evaluateAll((hs) => hs.map((h) => ({ tag: h.tagName, id: h.id })));
    expect(headings).toEqual(anchors.map((id) => ({ tag: 'H4', id })));
    await page.locator('.service-index-list a').nth(11).click();
    await page.waitForURL((url) => decodeURIComponent(url.hash) === `#${anchors[11]}`);
    // The service's heading comes to the top of the screen.
    await page.waitForFunction((id) => {
      const top = document.getElementById(id)?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < 200;
    }, anchors[11]!);
    await page.close();
  });

  it('shows an officer who answers for several services once, each service linking to that one entry', async () => {
    const page = await open('/offices/doict-bheramara/charter/');
    // The officer of all 14 services, with one phone number: printed once, not 14 times.
    const phones = await page.locator('.services a[href^="tel:"], .officers a[href^="tel:"]').count();
    expect(await page.locator('.officers .officer').count()).toBe(1);
    expect(phones).toBe(1);
    const links = await page.locator('.service .officer-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toHaveLength(14);
    expect(new Set(links)).toEqual(new Set(['#officer-1']));
    await page.close();
  });

  it('serves the current charter at its stable address as a real page with the same services as its dated version, linked from the office page', async () => {
    const read = (route: string) => fs.readFileSync(path.join(sampleSiteDir, route, 'index.html'), 'utf8');
    const body = (html: string) => /<nav class="service-index"[\s\S]*?<section class="signature"/.exec(html)?.[0];
    const current = read('offices/doict-bheramara/charter');
    const dated = read('offices/doict-bheramara/charters/2024-04-15');
    expect(body(current)).toBeDefined();
    expect(body(current)).toBe(body(dated));
    // Search indexes the stable address only, so a service is found once.
    expect(current).toContain('data-pagefind-body');
    expect(dated).not.toContain('data-pagefind-body');
    // The dated page is the current version: no "superseded" note, a link to the stable address.
    expect(dated).not.toContain('data-charter-superseded');
    const page = await open('/offices/doict-bheramara/');
    expect(await page.locator('#current-charter ~ .charter-link a').first().getAttribute('href')).toBe('/offices/doict-bheramara/charter/');
    await page.close();
  });
});

describe('lists, fields, dates and words', () => {
  it('numbers the distribution list once, with its markers on the screen of a phone', async () => {
    const page = await open(pageTypes().find((t) => t.type === 'office order')!.route);
    const list = page.locator('.distribution-list');
    expect(await list.evaluate((ol) => getComputedStyle(ol).listStyleType)).toBe('none');
    const items = await list.locator('li').evaluateAll((lis) => lis.map((li) => li.textContent?.trim() ?? ''));
    expect(items[0]).toMatch(/^১\. সচিব/);
    for (const item of items) expect(item).not.toMatch(/^[০-৯]+\.?\s*[০-৯]+\s/);
    // Every number is inside the page (a "১০." used to show as "০.").
    const lefts = await list.locator('.item-number').evaluateAll((spans) => spans.map((s) => s.getBoundingClientRect().left));
    for (const left of lefts) expect(left).toBeGreaterThanOrEqual(0);
    await page.close();
  });

  it('puts ordered-list markers inside the text column on a phone', async () => {
    const page = await open('/offices/doict-bheramara/charter/');
    const expectations = page.locator('[aria-labelledby="expectations"] ol');
    expect(await expectations.evaluate((ol) => getComputedStyle(ol).listStylePosition)).toBe('inside');
    await page.close();
  });

  it('leaves out a decision field that is empty instead of showing its label alone', async () => {
    const page = await open(pageTypes().find((t) => t.type === 'minutes')!.route);
    const cards = await page
      .locator('.decisions-table tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          [...row.querySelectorAll('td')].filter((td) => getComputedStyle(td).display !== 'none').map((td) => [td.dataset['label'], td.textContent?.trim()]),
        ),
      );
    for (const card of cards) for (const [label, text] of card) expect(text, `${label} shown empty`).not.toBe('');
    await page.close();
  });

  it.each(pageTypes().filter((t) => !['search', 'offline fallback', 'not found'].includes(t.type)))(
    'shows every date on the $type page in both calendars, one format, and counts as ৪টি',
    async ({ route }) => {
      const page = await open(route);
      const dates = await page.locator('main time').evaluateAll((ts) => ts.map((t) => t.textContent ?? ''));
      // A letter's Bangla date is shown as printed ("০৬ আশ্বিন' ১৪২৯"); a computed one ends in বঙ্গাব্দ.
      for (const date of dates) expect(date).toMatch(/^[০-৯]{1,2} \S+ [০-৯]{4} \([০-৯]{1,2} \S+,? [০-৯]{4}( বঙ্গাব্দ)?\)$/);
      const text = await page.locator('main').innerText();
      expect(text).not.toMatch(/[০-৯] টি/);
      // No Gregorian-only date written out anywhere (the old "৭ ডিসেম্বর, ২০২৬").
      expect(text).not.toMatch(/[০-৯], [০-৯]{4}/);
      await page.close();
    },
  );
});

describe('pages every citizen needs', () => {
  it('has a home page that says in one line what the site is and leads to search, the directory and the guide', async () => {
    const page = await open('/');
    expect(await page.locator('.lead').first().innerText()).toContain('সেবা প্রদান প্রতিশ্রুতি');
    expect(await page.locator('main form[role=search]').getAttribute('action')).toBe('/search/');
    const links = await page.locator('.home-ways a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/directory/', '/help/', '/compliance/']));
    // What the home page links to exists.
    for (const link of links) expect(fs.existsSync(path.join(sampleSiteDir, link ?? '', 'index.html')), link ?? '').toBe(true);
    await page.close();
  });

  it('lists every office at /directory/', async () => {
    const page = await open('/directory/');
    const offices = await page.locator('.office-tree a.office-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const id of fs.readdirSync(path.join(repoRoot, 'content/offices'))) expect(offices).toContain(`/offices/${id}/`);
    await page.close();
  });

  it('shows compliance status first on a 360 px phone without scrolling sideways, and the whole table at 1,280 px', async () => {
    const phone = await open('/compliance/');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const firstCell = phone.locator('[data-compliance-table] tbody tr').first().locator('td, th').first();
    expect(await firstCell.getAttribute('data-label')).toBe('বর্তমান অবস্থা');
    const box = await firstCell.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(360);
    await phone.close();
    const desktop = await open('/compliance/', 1280);
    const region = desktop.locator('[data-compliance] .table-scroll');
    expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await desktop.close();
  });
});

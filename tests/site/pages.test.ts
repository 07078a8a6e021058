import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleSiteDir } from '../support/paths.ts';

const page = (route: string) => {
  const file = path.join(sampleSiteDir, route, 'index.html');
  expect(fs.existsSync(file), `${route} should be built`).toBe(true);
  return fs.readFileSync(file, 'utf8');
};
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ');
const docsOf = (office: string, kind: string) => {
  const dir = path.join(sampleSiteDir, 'offices', office, kind);
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
};

describe('the sample portal', () => {
  it('is Bengali first and lists every office on the national home, by hierarchy', () => {
    const home = page('');
    expect(home).toMatch(/<html lang="bn"/);
    for (const name of ['কারা অধিদপ্তর', 'বিভাগীয় কমিশনারের কার্যালয়', 'ভেড়ামারা', 'স্থানীয় সরকার বিভাগ']) {
      expect(text(home).normalize('NFC')).toContain(name.normalize('NFC'));
    }
    for (const office of ['prisons-directorate', 'divcom-rangpur', 'doict-bheramara', 'lgd']) {
      expect(home).toContain(`href="/offices/${office}/"`);
    }
  });

  it('has a home for each of the four offices with names and document lists', () => {
    for (const office of ['prisons-directorate', 'divcom-rangpur', 'doict-bheramara', 'lgd']) {
      const html = page(`offices/${office}`);
      expect(html).toContain('ফোকাল পয়েন্ট কর্মকর্তা');
      expect(html).toContain('সর্বশেষ হালনাগাদ');
    }
    expect(text(page('offices/doict-bheramara'))).toContain('Upazila ICT Office');
  });

  it('builds a page for each of the five documents', () => {
    expect(docsOf('doict-bheramara', 'charters')).toEqual(['2024-04-15']);
    expect(docsOf('prisons-directorate', 'minutes')).toHaveLength(1);
    expect(docsOf('prisons-directorate', 'orders')).toHaveLength(1);
    expect(docsOf('divcom-rangpur', 'minutes')).toHaveLength(1);
    expect(docsOf('lgd', 'minutes')).toHaveLength(1);
  });

  it('renders every service of the Bheramara charter in its section, with fee and time limit', () => {
    const html = page('offices/doict-bheramara/charters/2024-04-15');
    const rows = (id: string) => {
      const list = html.split(`<div class="service-list" id="${id}"`)[1]?.split('</div></section>')[0] ?? '';
      return list.split('<section class="service"').length - 1;
    };
    expect(rows('services-citizen')).toBe(10);
    expect(rows('services-office')).toBe(4);
    const body = text(html);
    expect(body).toContain('বিনামূল্যে');
    expect(body).toContain('৩ কার্যদিবস');
    expect(body).toContain('অভিযোগ প্রতিকার ব্যবস্থাপনা (GRS)');
    expect(body).toContain('আপনার কাছে আমাদের প্রত্যাশা');
    // Both calendars, the Bangla date computed: 15 April 2024 is 2 বৈশাখ 1431.
    expect(body).toContain('১৫ এপ্রিল ২০২৪');
    expect(body).toContain('২ বৈশাখ ১৪৩১ বঙ্গাব্দ');
  });

  it('shows the decisions of the Rangpur minutes as a table with who implements', () => {
    const [stem] = docsOf('divcom-rangpur', 'minutes');
    const html = page(`offices/divcom-rangpur/minutes/${stem}`);
    const decisions = html.split('class="decisions-table')[1]?.split('</table>')[0] ?? '';
    expect((decisions.split('<tbody>')[1] ?? '').split('<tr').length - 1).toBeGreaterThanOrEqual(7);
    expect(text(decisions)).toContain('জেলা প্রশাসক (সকল)');
    // The memo is dated 25 June 2023 and prints its Bangla date as ১১ আষাঢ়, ১৪৩০ (which the revised
    // calendar agrees with): the page shows it as printed.
    expect(text(html)).toContain('২৫ জুন ২০২৩ (১১ আষাঢ়, ১৪৩০)');
  });

  it('shows the order with its distribution list and its Bangla date as printed, never a computed one that contradicts the paper', () => {
    const [stem] = docsOf('prisons-directorate', 'orders');
    const body = text(page(`offices/prisons-directorate/orders/${stem}`));
    expect(body).toContain('৫৮.০৪.০০০০.০২১.০৩.০২০-২২- ১০৩০');
    // The letter prints ০৬ আশ্বিন beside 19 September 2022 (the revised calendar gives ৪ আশ্বিন):
    // the validator warns the editor; the citizen sees the signed paper's date.
    expect(body).not.toContain('৪ আশ্বিন ১৪২৯');
    expect(body).toContain("১৯ সেপ্টেম্বর ২০২২ (০৬ আশ্বিন' ১৪২৯)");
    expect(body).toContain('গার্ড ফাইল');
  });
});

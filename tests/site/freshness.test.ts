import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleSiteDir } from '../support/paths.ts';

const read = (route: string) => fs.readFileSync(path.join(sampleSiteDir, route), 'utf8');

interface Compliance {
  asOf: string;
  asOfSource: string;
  fiscalYear: string;
  quarter: number;
  offices: {
    id: string;
    status: string;
    standing: { status: string; staleSince: string | null; reasons: { rule: string }[] };
    obligations: { rule: string; status: string; dueBy: string | null; quarters: { quarter: number; status: string }[] }[];
  }[];
  summary: Record<string, number>;
}

describe('freshness on the sample site (built as of the pinned date)', () => {
  it('gives the office page and every document of an office the same standing, computed at build time, with the data to re-check it', () => {
    const office = read('offices/doict-bheramara/index.html');
    expect(office).toMatch(/<section class="freshness standing-box standing-fresh" data-freshness data-status="fresh"/);
    expect(office).toContain('হালনাগাদ</strong>');
    // Fresh until the charter's deadline, both calendars.
    expect(office).toContain('পরবর্তী হালনাগাদ ১৫ জুলাই ২০২৪ (৩১ আষাঢ় ১৪৩১ বঙ্গাব্দ) তারিখের মধ্যে');
    // Built as of the day its badge began to read as it does (the charter's date), not the pinned
    // date: the page stays the same until the standing changes; the browser shows today's.
    expect(office).toMatch(/<script type="application\/json" data-freshness-input[^>]*>\{"input":\{"asOf":"2024-04-15","office"/);
    const standing = (html: string) => /<section class="freshness[\s\S]*?<script/.exec(html)?.[0];
    for (const page of ['offices/doict-bheramara/charter/index.html', 'offices/doict-bheramara/charters/2024-04-15/index.html']) {
      expect(standing(read(page)), page).toBe(standing(office));
    }
    // No build internals on a citizen's page: the commit is on the history page.
    expect(read('offices/doict-bheramara/charter/index.html')).not.toMatch(/provenance|<code/);
  });

  it('publishes compliance.json with every office, obligation and quarter, agreeing with the dashboard', () => {
    const data = JSON.parse(read('compliance.json')) as Compliance;
    expect(data).toMatchObject({ asOf: '2024-05-01', asOfSource: 'pinned', fiscalYear: '2023-24', quarter: 4, summary: { fresh: 1, stale: 0, exempt: 4 } });
    expect(data.offices.map((o) => o.id)).toEqual(['divcom-rangpur', 'doict', 'doict-bheramara', 'lgd', 'prisons-directorate']);
    const charter = data.offices.find((o) => o.id === 'doict-bheramara')?.obligations.find((o) => o.rule === 'charter-revised');
    expect(charter).toMatchObject({ status: 'fresh', dueBy: '2024-07-15' });
    expect(charter?.quarters.map((q) => q.status)).toEqual(['stale', 'stale', 'stale', 'fresh']);

    const dashboard = read('compliance/index.html');
    const rows = dashboard.match(/<tr[^>]* data-office="[^"]+"[^>]*data-rule="[^"]+" data-status="[^"]+"/g) ?? [];
    expect(rows).toHaveLength(data.offices.length * 4);
    expect(dashboard).toContain('নমুনা তথ্য পুরনো');
    // Each office's standing in the JSON is what its pages and the dashboard say.
    const headline = (html: string) => /data-freshness-headline>([^<]*)</.exec(html)?.[1];
    for (const o of data.offices) {
      expect(o.standing.status).toBe(o.status);
      const page = read(`offices/${o.id}/index.html`);
      expect(page).toContain(`data-status="${o.standing.status}"`);
      const item = new RegExp(`<li class="standing-item[^"]*" data-office="${o.id}"[\\s\\S]*?</li>`).exec(dashboard)?.[0] ?? '';
      expect(headline(item), o.id).toBe(headline(page));
    }
    expect(dashboard).toContain('href="/compliance.csv"');
  });

  it('publishes compliance.csv with a row per office and obligation, in UTF-8 with a BOM for spreadsheets', () => {
    const csv = read('compliance.csv');
    expect(csv.startsWith('\uFEFFoffice_id,office_name,parent,office_status,rule,status,')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(1 + 5 * 4);
    expect(lines.find((l) => l.startsWith('doict-bheramara,') && l.includes(',charter-revised,'))).toContain(
      ',fresh,2024-04-15,2024-07-15,,content/offices/doict-bheramara/charters/2024-04-15.mdx,stale,stale,stale,fresh,',
    );
  });
});

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
    obligations: { rule: string; status: string; dueBy: string | null; quarters: { quarter: number; status: string }[] }[];
  }[];
  summary: Record<string, number>;
}

describe('freshness on the sample site (built as of the pinned date)', () => {
  it('gives the Bheramara office and charter pages a Bengali badge computed at build time, with the data to re-check it', () => {
    const office = read('offices/doict-bheramara/index.html');
    expect(office).toMatch(/<div class="freshness"[^>]*data-status="fresh"/);
    expect(office).toContain('হালনাগাদ</strong>');
    expect(office).toContain('<time datetime="2024-07-15" data-freshness-due-date');
    // The stale banner is there for the browser to reveal, hidden while fresh.
    expect(office).toMatch(/<div class="freshness-banner" role="status" data-freshness-banner hidden/);
    // Built as of the day its badge began to read "fresh" (the charter's date), not the pinned
    // date: the page stays the same until the status changes; the browser shows today's check.
    expect(office).toMatch(/<script type="application\/json" data-freshness-input[^>]*>\{"input":\{"asOf":"2024-04-15","scope":"office"/);
    expect(office).toMatch(/<span class="freshness-checked" data-freshness-checked-line hidden[ >]/);
    const charter = read('offices/doict-bheramara/charters/2024-04-15/index.html');
    expect(charter).toMatch(/\{"input":\{"asOf":"2024-04-15","scope":"charter"/);
    expect(charter).toContain('সেবা প্রদান প্রতিশ্রুতি:</span>');
  });

  it('publishes compliance.json with every office, obligation and quarter, agreeing with the dashboard', () => {
    const data = JSON.parse(read('compliance.json')) as Compliance;
    expect(data).toMatchObject({ asOf: '2024-05-01', asOfSource: 'pinned', fiscalYear: '2023-24', quarter: 4, summary: { fresh: 1, stale: 0, exempt: 3 } });
    expect(data.offices.map((o) => o.id)).toEqual(['divcom-rangpur', 'doict-bheramara', 'lgd', 'prisons-directorate']);
    const charter = data.offices.find((o) => o.id === 'doict-bheramara')?.obligations.find((o) => o.rule === 'charter-revised');
    expect(charter).toMatchObject({ status: 'fresh', dueBy: '2024-07-15' });
    expect(charter?.quarters.map((q) => q.status)).toEqual(['stale', 'stale', 'stale', 'fresh']);

    const dashboard = read('compliance/index.html');
    const rows = dashboard.match(/<tr data-office="[^"]+"[^>]*data-rule="[^"]+" data-status="[^"]+"/g) ?? [];
    expect(rows).toHaveLength(data.offices.length * 4);
    expect(dashboard).toContain('data-compliance-pinned');
    expect(dashboard).toContain('href="/compliance.csv"');
  });

  it('publishes compliance.csv with a row per office and obligation, in UTF-8 with a BOM for spreadsheets', () => {
    const csv = read('compliance.csv');
    expect(csv.startsWith('\uFEFFoffice_id,office_name,parent,office_status,rule,status,')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(1 + 4 * 4);
    expect(lines.find((l) => l.startsWith('doict-bheramara,') && l.includes(',charter-revised,'))).toContain(
      ',fresh,2024-04-15,2024-07-15,,content/offices/doict-bheramara/charters/2024-04-15.mdx,stale,stale,stale,fresh,',
    );
  });
});

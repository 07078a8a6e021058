/** /compliance.csv: one row per office and obligation, with each quarter's status (UTF-8 with BOM so spreadsheets read Bengali). */
import type { APIRoute } from 'astro';
import { complianceCsv } from '../domain/freshness/report.ts';
import { loadNational } from '../lib/national-data.ts';

export const GET: APIRoute = async () => {
  const { freshness } = await loadNational();
  return new Response(`\uFEFF${complianceCsv(freshness.compliance)}`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};

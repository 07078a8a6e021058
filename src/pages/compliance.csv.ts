/** /compliance.csv: one row per office and obligation, with each quarter's status (UTF-8 with BOM so spreadsheets read Bengali). */
import type { APIRoute } from 'astro';
import { complianceCsv } from '../domain/freshness/report.ts';
import { loadPortalFreshness } from '../lib/freshness-site.ts';

export const GET: APIRoute = async () => {
  const { compliance } = await loadPortalFreshness();
  return new Response(`\uFEFF${complianceCsv(compliance)}`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};

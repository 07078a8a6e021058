/** /compliance.csv: one row per office and obligation, with each quarter's status (UTF-8 with BOM so spreadsheets read Bengali). */
import type { APIRoute } from 'astro';
import { complianceCsv } from '../domain/freshness/report.ts';
import { complianceRollupCsv } from '../lib/compliance-data.ts';
import { loadNational } from '../lib/national-data.ts';
import { LIST_LIMIT } from '../lib/national-model.ts';

export const GET: APIRoute = async () => {
  const model = await loadNational();
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const csv = model.freshness.compliance.length > LIST_LIMIT ? complianceRollupCsv(model, null, base) : complianceCsv(model.freshness.compliance);
  return new Response(`\uFEFF${csv}`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};

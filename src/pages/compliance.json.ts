/** /compliance.json: the whole country's compliance, the same data as the dashboard. */
import type { APIRoute } from 'astro';
import { complianceJson } from '../lib/compliance-data.ts';
// Indented while a person might read it; compact for a country (tens of MB).
import { LIST_LIMIT } from '../lib/national-model.ts';
import { loadNational } from '../lib/national-data.ts';

export const GET: APIRoute = async () => {
  const { freshness } = await loadNational();
  return new Response(`${JSON.stringify(complianceJson(freshness, freshness.compliance, null), null, freshness.compliance.length > LIST_LIMIT ? 0 : 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};

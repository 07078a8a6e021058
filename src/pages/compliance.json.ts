/** /compliance.json: the whole country's compliance, the same data as the dashboard. */
import type { APIRoute } from 'astro';
import { complianceJson, complianceRollupJson } from '../lib/compliance-data.ts';
// A scope of more than LIST_LIMIT offices is a roll-up (src/lib/compliance-data.ts), so no file grows with the country.
import { LIST_LIMIT } from '../lib/national-model.ts';
import { loadNational } from '../lib/national-data.ts';

export const GET: APIRoute = async () => {
  const model = await loadNational();
  const { freshness } = model;
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const data = freshness.compliance.length > LIST_LIMIT ? complianceRollupJson(model, null, base) : complianceJson(freshness, freshness.compliance, null);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};

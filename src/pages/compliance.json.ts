/** /compliance.json: the whole country's compliance, the same data as the dashboard. */
import type { APIRoute } from 'astro';
import { complianceJson } from '../lib/compliance-data.ts';
import { loadNational } from '../lib/national-data.ts';

export const GET: APIRoute = async () => {
  const { freshness } = await loadNational();
  return new Response(`${JSON.stringify(complianceJson(freshness, freshness.compliance, null), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};

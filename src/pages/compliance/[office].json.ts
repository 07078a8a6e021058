/** /compliance/<parent>.json: a parent office's compliance, itself and every office under it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { complianceJson, complianceUnder } from '../../lib/compliance-data.ts';
// Indented while a person might read it; compact for a country (tens of MB).
import { LIST_LIMIT } from '../../lib/national-model.ts';
import { loadNational } from '../../lib/national-data.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { offices } = await loadNational();
  return offices.filter((o) => o.children.length > 0).map((o) => ({ params: { office: o.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const { freshness } = await loadNational();
  const { offices } = complianceUnder(freshness, params.office ?? '');
  return new Response(`${JSON.stringify(complianceJson(freshness, offices, params.office ?? null), null, offices.length > LIST_LIMIT ? 0 : 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};

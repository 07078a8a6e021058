/** /compliance/<parent>.json: a parent office's compliance, itself and every office under it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { complianceJson, complianceRollupJson, complianceUnder } from '../../lib/compliance-data.ts';
// A scope of more than LIST_LIMIT offices is a roll-up (src/lib/compliance-data.ts), so no file grows with the country.
import { LIST_LIMIT } from '../../lib/national-model.ts';
import { loadNational } from '../../lib/national-data.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { offices } = await loadNational();
  return offices.filter((o) => o.children.length > 0).map((o) => ({ params: { office: o.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const model = await loadNational();
  const { freshness } = model;
  const { offices } = complianceUnder(freshness, params.office ?? '');
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const data =
    offices.length > LIST_LIMIT ? complianceRollupJson(model, params.office ?? null, base) : complianceJson(freshness, offices, params.office ?? null);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};

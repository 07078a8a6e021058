/** /compliance/<parent>.json: a parent office's compliance, itself and every office under it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { complianceJson, complianceUnder } from '../../lib/compliance-data.ts';
import { loadPortalFreshness } from '../../lib/freshness-site.ts';
import { loadPortal } from '../../lib/portal-data.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const portal = await loadPortal();
  return [...portal.values()].filter((b) => b.children.length > 0).map((b) => ({ params: { office: b.office.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const freshness = await loadPortalFreshness();
  const { offices } = complianceUnder(freshness, params.office ?? '');
  return new Response(`${JSON.stringify(complianceJson(freshness, offices, params.office ?? null), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};

/** /compliance/<parent>.csv: a parent office's compliance as CSV. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { complianceCsv } from '../../domain/freshness/report.ts';
import { complianceUnder } from '../../lib/compliance-data.ts';
import { loadPortalFreshness } from '../../lib/freshness-site.ts';
import { loadPortal } from '../../lib/portal-data.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const portal = await loadPortal();
  return [...portal.values()].filter((b) => b.children.length > 0).map((b) => ({ params: { office: b.office.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const { offices } = complianceUnder(await loadPortalFreshness(), params.office ?? '');
  return new Response(`\uFEFF${complianceCsv(offices)}`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};

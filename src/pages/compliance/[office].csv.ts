/** /compliance/<parent>.csv: a parent office's compliance as CSV. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { complianceCsv } from '../../domain/freshness/report.ts';
import { complianceUnder } from '../../lib/compliance-data.ts';
import { loadNational } from '../../lib/national-data.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { offices } = await loadNational();
  return offices.filter((o) => o.children.length > 0).map((o) => ({ params: { office: o.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const { freshness } = await loadNational();
  const { offices } = complianceUnder(freshness, params.office ?? '');
  return new Response(`\uFEFF${complianceCsv(offices)}`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};

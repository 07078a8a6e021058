/** /compliance/<parent>.csv: a parent office's compliance as CSV. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { complianceCsv } from '../../domain/freshness/report.ts';
import { complianceRollupCsv, complianceUnder } from '../../lib/compliance-data.ts';
import { LIST_LIMIT } from '../../lib/national-model.ts';
import { loadNational } from '../../lib/national-data.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { offices } = await loadNational();
  return offices.filter((o) => o.children.length > 0).map((o) => ({ params: { office: o.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const model = await loadNational();
  const { offices } = complianceUnder(model.freshness, params.office ?? '');
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const csv = offices.length > LIST_LIMIT ? complianceRollupCsv(model, params.office ?? null, base) : complianceCsv(offices);
  return new Response(`\uFEFF${csv}`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};

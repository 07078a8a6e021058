/** /api/offices.json: every office, with links to its JSON and page (national layer: from the office records). */
import type { APIRoute } from 'astro';
import { apiPaths, jsonResponse } from '../../lib/open-data.ts';
import { loadNational } from '../../lib/national-data.ts';
import { urls } from '../../lib/portal-data.ts';
import { schemaUrl } from './_shared.ts';

export const GET: APIRoute = async ({ site }) => {
  const { offices: all } = await loadNational();
  const offices = all
    .filter((o) => o.published)
    .map((o) => ({
      id: o.id,
      name: { bn: o.name.bn, en: o.name.en },
      url: urls.office(o.id),
      json: apiPaths.office(o.id),
      kind: o.kind,
      ...(o.parent ? { parent: o.parent } : {}),
      ...(o.lastUpdated ? { lastUpdated: o.lastUpdated } : {}),
      counts: o.counts ?? { charters: 0, minutes: 0, orders: 0 },
    }));
  return jsonResponse({ $schema: schemaUrl(site, 'offices'), offices });
};

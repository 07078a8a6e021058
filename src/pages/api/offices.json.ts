/** /api/offices.json: every office, with links to its JSON and page. */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/open-data.ts';
import { loadPortal, officeLastUpdated } from '../../lib/portal-data.ts';
import { officeRef, schemaUrl } from './_shared.ts';

export const GET: APIRoute = async ({ site }) => {
  const portal = await loadPortal();
  const offices = [...portal.values()].map((bundle) => {
    const lastUpdated = officeLastUpdated(bundle);
    return {
      ...officeRef(bundle.office),
      kind: bundle.office.data.kind,
      ...(bundle.parent ? { parent: bundle.parent.id } : {}),
      ...(lastUpdated ? { lastUpdated } : {}),
      counts: { charters: bundle.charters.length, minutes: bundle.minutes.length, orders: bundle.orders.length },
    };
  });
  return jsonResponse({ $schema: schemaUrl(site, 'offices'), offices });
};

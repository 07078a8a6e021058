/** /api/offices/<id>.json: an office's metadata and the list of its documents. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, sourcePath } from '../../../lib/open-data.ts';
import { renderedOffices, urls, type OfficeBundle } from '../../../lib/portal-data.ts';
import { documentRef, lastChangeOf, officeRef, schemaUrl } from '../_shared.ts';

export const getStaticPaths = (async () => {
  const offices = await renderedOffices();
  return offices.map((bundle) => ({ params: { office: bundle.office.id }, props: { bundle } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ bundle: OfficeBundle }> = ({ props, site }) => {
  const { office, parent, children, charters, minutes, orders } = props.bundle;
  return jsonResponse({
    $schema: schemaUrl(site, 'office'),
    id: office.id,
    url: urls.office(office.id),
    source: sourcePath(office.filePath),
    ...lastChangeOf(office.filePath),
    data: office.data,
    ...(parent ? { parent: officeRef(parent) } : {}),
    children: children.map(officeRef),
    charters: charters.map((e) => documentRef('charter', e)),
    minutes: minutes.map((e) => documentRef('minutes', e)),
    orders: orders.map((e) => documentRef('order', e)),
  });
};

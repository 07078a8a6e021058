/** /api/offices/<id>/<charters|minutes|orders>/<doc>.json: one document, its typed data and its body text. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, sourcePath } from '../../../../../lib/open-data.ts';
import { documentDate, renderedOffices, type OfficeEntry } from '../../../../../lib/portal-data.ts';
import { DOCUMENT_KINDS } from '../../../../../schemas/index.ts';
import { documentRef, lastChangeOf, officeRef, schemaUrl, type DocumentEntry } from '../../../_shared.ts';

type Kind = 'charter' | 'minutes' | 'order';

export const getStaticPaths = (async () => {
  const offices = await renderedOffices();
  return offices.flatMap((bundle) =>
    (
      [
        ['charter', bundle.charters],
        ['minutes', bundle.minutes],
        ['order', bundle.orders],
      ] as [Kind, DocumentEntry[]][]
    ).flatMap(([kind, entries]) =>
      entries.map((entry) => ({
        params: { office: bundle.office.id, folder: DOCUMENT_KINDS[kind].folder, doc: entry.id.split('/')[1] },
        props: { kind, entry, office: bundle.office },
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ kind: Kind; entry: DocumentEntry; office: OfficeEntry }> = ({ props, site }) => {
  const { kind, entry, office } = props;
  return jsonResponse({
    $schema: schemaUrl(site, kind),
    kind,
    id: entry.id,
    office: officeRef(office),
    date: documentDate(entry),
    url: documentRef(kind, entry).url,
    source: sourcePath(entry.filePath),
    ...lastChangeOf(entry.filePath),
    data: entry.data,
    body: entry.body ?? '',
  });
};

/**
 * Shared by the open-data endpoints: references to offices and documents, and
 * the last change of a source file. Files starting with "_" are not routes.
 */
import { fileHistory } from '../../lib/git.ts';
import { absolute, apiPaths, type OpenDataSchemaName } from '../../lib/open-data.ts';
import { documentDate, urls, type CharterEntry, type MinutesEntry, type OfficeEntry, type OrderEntry } from '../../lib/portal-data.ts';

export type DocumentEntry = CharterEntry | MinutesEntry | OrderEntry;

export const schemaUrl = (site: URL | undefined, name: OpenDataSchemaName) => absolute(site ?? 'https://portal.example', apiPaths.schema(name));

export function officeRef(office: OfficeEntry) {
  return { id: office.id, name: { bn: office.data.name.bn, en: office.data.name.en }, url: urls.office(office.id), json: apiPaths.office(office.id) };
}

export function documentTitle(entry: DocumentEntry): string {
  const data = entry.data as { title?: string; subject?: string };
  return data.title ?? data.subject ?? entry.id;
}

export function documentRef(kind: 'charter' | 'minutes' | 'order', entry: DocumentEntry) {
  const url =
    kind === 'charter' ? urls.charter(entry as CharterEntry) : kind === 'minutes' ? urls.minutes(entry as MinutesEntry) : urls.order(entry as OrderEntry);
  return { id: entry.id, date: documentDate(entry), title: documentTitle(entry), url, json: apiPaths.document(kind, entry.id) };
}

/** The last commit of a source file, when git knows it (left out otherwise, and for uncommitted files). */
export function lastChangeOf(filePath: string | undefined): { lastChange?: { commit: string; date: string } } {
  if (!filePath) return {};
  const history = fileHistory(filePath);
  return history.last && !history.uncommitted ? { lastChange: history.last } : {};
}

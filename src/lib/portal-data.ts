/**
 * The portal's view of the content: offices with their documents, sorted, and
 * the URLs of every page. Pages read content only through here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildScope, rendersOffice } from '../content-model/scope.ts';

export type OfficeEntry = CollectionEntry<'offices'>;
export type CharterEntry = CollectionEntry<'charters'>;
export type MinutesEntry = CollectionEntry<'minutes'>;
export type OrderEntry = CollectionEntry<'orders'>;

export interface OfficeBundle {
  office: OfficeEntry;
  /** Newest first; the first is the current charter. */
  charters: CharterEntry[];
  /** Newest meeting first. */
  minutes: MinutesEntry[];
  /** Newest first. */
  orders: OrderEntry[];
  children: OfficeEntry[];
  parent: OfficeEntry | undefined;
}

const officeOf = (id: string) => id.split('/')[0] ?? '';
const byDateDesc =
  <T>(date: (entry: T) => string) =>
  (a: T, b: T) =>
    date(b).localeCompare(date(a));
/** One collator for every Bengali name comparison (`localeCompare(x, 'bn')` looks one up per call). */
const bengaliOrder = new Intl.Collator('bn').compare;

let cache: Promise<Map<string, OfficeBundle>> | undefined;

/** Every office with its documents, keyed by office id. Built once per build. */
export function loadPortal(): Promise<Map<string, OfficeBundle>> {
  cache ??= (async () => {
    const [offices, charters, minutes, orders] = await Promise.all([
      getCollection('offices'),
      getCollection('charters'),
      getCollection('minutes'),
      getCollection('orders'),
    ]);
    const byId = new Map(offices.map((office) => [office.id, office]));
    // One pass over each collection, grouped by office (filtering every collection per office
    // was offices x documents: 600 offices x 5,000 documents at 5,000 pages).
    const group = <T>(entries: T[], officeIdOf: (entry: T) => string | undefined) => {
      const groups = new Map<string, T[]>();
      for (const entry of entries) {
        const id = officeIdOf(entry);
        if (id === undefined) continue;
        const list = groups.get(id);
        if (list) list.push(entry);
        else groups.set(id, [entry]);
      }
      return groups;
    };
    const chartersOf = group(charters, (c) => officeOf(c.id));
    const minutesOf = group(minutes, (m) => officeOf(m.id));
    const ordersOf = group(orders, (o) => officeOf(o.id));
    const childrenOf = group(offices, (o) => o.data.parent);
    const bundles = new Map<string, OfficeBundle>();
    for (const office of [...offices].sort((a, b) => a.id.localeCompare(b.id))) {
      bundles.set(office.id, {
        office,
        charters: (chartersOf.get(office.id) ?? []).sort(byDateDesc((c) => c.data.effectiveDate)),
        minutes: (minutesOf.get(office.id) ?? []).sort(byDateDesc((m) => m.data.meetingDate)),
        orders: (ordersOf.get(office.id) ?? []).sort(byDateDesc((o) => o.data.date)),
        children: (childrenOf.get(office.id) ?? []).sort((a, b) => bengaliOrder(a.data.name.bn, b.data.name.bn)),
        parent: office.data.parent ? byId.get(office.data.parent) : undefined,
      });
    }
    return bundles;
  })();
  return cache;
}

/**
 * The offices whose pages this build renders: all of them, or an office build's own
 * (the others loaded are context: ancestors and children named on these pages).
 */
export async function renderedOffices(): Promise<OfficeBundle[]> {
  const scope = buildScope();
  return [...(await loadPortal()).values()].filter((bundle) => rendersOffice(scope, bundle.office.id));
}

/** The date a document's content last changed, as stated by the document itself. */
export function documentDate(entry: CharterEntry | MinutesEntry | OrderEntry): string {
  return 'effectiveDate' in entry.data ? entry.data.effectiveDate : entry.data.date;
}

/** The newest document date of an office: when its portal content was last updated. */
export function officeLastUpdated(bundle: OfficeBundle): string | undefined {
  return [bundle.charters[0], bundle.minutes[0], bundle.orders[0]]
    .filter((e): e is NonNullable<typeof e> => e !== undefined)
    .map(documentDate)
    .sort()
    .at(-1);
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Site-relative URLs of every page, in one place. */
export const urls = {
  home: () => base,
  search: () => `${base}search/`,
  office: (officeId: string) => `${base}offices/${officeId}/`,
  /** A dated charter version: a permanent record. */
  charter: (entry: CharterEntry) => `${base}offices/${officeOf(entry.id)}/charters/${entry.id.split('/')[1]}/`,
  /** The office's current charter, at an address that never changes (QR codes, the office page, search, the catalogue). */
  currentCharter: (officeId: string) => `${base}offices/${officeId}/charter/`,
  /** Every document of an office with its dates and where it comes from. */
  history: (officeId: string) => `${base}offices/${officeId}/history/`,
  minutes: (entry: MinutesEntry) => `${base}offices/${officeOf(entry.id)}/minutes/${entry.id.split('/')[1]}/`,
  order: (entry: OrderEntry) => `${base}offices/${officeOf(entry.id)}/orders/${entry.id.split('/')[1]}/`,
};

export { officeOf };

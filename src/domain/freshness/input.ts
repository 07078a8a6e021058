/**
 * From schema-valid content (office metadata and documents) to what the freshness
 * rules read. Shared by the command line (files read from disk) and the portal
 * (Astro collections), so both see the same offices.
 */
import type { Charter, Minutes, Office, OfficeOrder } from '../../schemas/index.ts';
import type { FocalPointInput, FreshnessDocument, FreshnessOffice } from './index.ts';

export type ContentItem =
  | { kind: 'office'; officeId: string; path: string; data: Office }
  | { kind: 'charter'; officeId: string; path: string; data: Charter }
  | { kind: 'minutes'; officeId: string; path: string; data: Minutes }
  | { kind: 'order'; officeId: string; path: string; data: OfficeOrder };

const stemOf = (path: string) => (path.split('/').at(-1) ?? '').replace(/\.(md|mdx)$/, '');

export function freshnessDocument(item: Exclude<ContentItem, { kind: 'office' }>): FreshnessDocument {
  const base = { stem: stemOf(item.path), path: item.path };
  switch (item.kind) {
    case 'charter':
      return { ...base, kind: 'charter', date: item.data.effectiveDate };
    case 'minutes': {
      const { fiscalYear, quarter } = item.data;
      return {
        ...base,
        kind: 'minutes',
        date: item.data.date,
        meetingKind: item.data.meetingKind,
        appoints: item.data.appointments.map((a) => a.role),
        ...(quarter !== undefined ? { reportsOn: { fiscalYear, quarter } } : {}),
      };
    }
    case 'order':
      return { ...base, kind: 'order', date: item.data.date, orderKind: item.data.orderKind, appoints: item.data.appointments.map((a) => a.role) };
  }
}

type Person = NonNullable<Office['focalPoint']>;

function focal(person: Person | undefined, officeFolder: string, fileExists?: (path: string) => boolean): FocalPointInput | undefined {
  if (!person) return undefined;
  const photoPath = person.photo ? `${officeFolder}/${person.photo.replace(/^\.?\//, '')}` : undefined;
  return {
    name: person.name,
    ...(person.photo ? { photo: person.photo } : {}),
    ...(photoPath && fileExists ? { photoFound: fileExists(photoPath) } : {}),
    ...(person.appointedBy ? { appointedBy: person.appointedBy } : {}),
  };
}

/**
 * One FreshnessOffice per office that has valid metadata. `fileExists` (given a path
 * like `content/offices/lgd/media/fp.jpg`) lets the caller check that photos exist.
 */
export function freshnessOffices(items: ContentItem[], fileExists?: (path: string) => boolean): FreshnessOffice[] {
  const documents = new Map<string, FreshnessDocument[]>();
  for (const item of items) {
    if (item.kind === 'office') continue;
    documents.set(item.officeId, [...(documents.get(item.officeId) ?? []), freshnessDocument(item)]);
  }
  const offices: FreshnessOffice[] = [];
  for (const item of items) {
    if (item.kind !== 'office') continue;
    const folder = item.path.replace(/\/office\.ya?ml$/, '');
    const data = item.data;
    const fp = focal(data.focalPoint, folder, fileExists);
    const alt = focal(data.alternateFocalPoint, folder, fileExists);
    offices.push({
      id: item.officeId,
      name: { bn: data.name.bn, en: data.name.en },
      folder,
      exemptions: data.exemptions.map((e) => ({ rule: e.rule, reason: e.reason, until: e.until })),
      documents: documents.get(item.officeId) ?? [],
      ...(data.parent ? { parent: data.parent } : {}),
      ...(data.joinedOn ? { joinedOn: data.joinedOn } : {}),
      ...(fp ? { focalPoint: fp } : {}),
      ...(alt ? { alternateFocalPoint: alt } : {}),
    });
  }
  return offices.sort((a, b) => a.id.localeCompare(b.id));
}

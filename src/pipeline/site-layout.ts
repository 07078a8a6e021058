/**
 * Who owns each file of a published site. The office is the unit of build and
 * deploy, so every file belongs to exactly one of:
 *
 * - an office: `offices/<id>/…` (pages, feed, media, its search bundle, its
 *   compliance record and build manifest), `api/offices/<id>.json`,
 *   `api/offices/<id>/…`, `admin/<id>/…` and `offline-packs/<id>.json`;
 * - the shared assets, named by their content so any build may add them and none
 *   changes them: `_astro/…` (scripts, fonts) and the Pagefind engine `pagefind/…`;
 * - the national layer: everything else (home, directory, search page, compliance
 *   roll-ups, open-data index, CMS shell, service worker, 404, robots, sitemaps).
 *
 * An office build writes only its offices' files (and shared assets); the national
 * layer never writes an office's.
 */
export type Owner = { kind: 'office'; id: string } | { kind: 'shared' } | { kind: 'national' };

const OFFICE_PATHS: ReadonlyArray<RegExp> = [
  /^offices\/([^/]+)\//,
  /^api\/offices\/([^/]+)\.json$/,
  /^api\/offices\/([^/]+)\//,
  /^admin\/([^/]+)\/(?:index\.html|options\.json)$/,
  /^offline-packs\/([^/]+)\.json$/,
];

/** The owner of a site-relative path (forward slashes, no leading slash). */
export function ownerOf(sitePath: string): Owner {
  for (const pattern of OFFICE_PATHS) {
    const id = pattern.exec(sitePath)?.[1];
    if (id) return { kind: 'office', id };
  }
  if (sitePath.startsWith('_astro/') || sitePath.startsWith('pagefind/')) return { kind: 'shared' };
  return { kind: 'national' };
}

/** Where an office's own search bundle lives (index data only; the engine is shared at `pagefind/`). */
export const officeSearchDir = (id: string) => `offices/${id}/pagefind`;
/** An office's compliance record, read by the national layer's roll-ups. */
export const officeComplianceFile = (id: string) => `offices/${id}/compliance.json`;
/** An office's build manifest: the input key and every file the build published, with its hash. */
export const officeManifestFile = (id: string) => `offices/${id}/build.json`;
/** The national layer's manifest. */
export const NATIONAL_MANIFEST = 'national-build.json';

/**
 * The offices of a content tree as the freshness rules see them: only files that
 * passed their schema count (the validator reports the others), and focal point
 * photos are looked up on disk. In validation, not content-model, because it runs the
 * schema check (checks/schema.ts) to know which files count.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ContentTree } from '../content-model/load.ts';
import { checkSchema } from './checks/schema.ts';
import { freshnessOffices, type ContentItem } from '../domain/freshness/input.ts';
import type { FreshnessOffice } from '../domain/freshness/index.ts';
import { newestCharter, officeServices, type OfficeServices } from '../domain/charter-services.ts';
import { resolveCharter, standardRefsOf } from '../domain/standard-services.ts';
import type { CharterFile } from '../schemas/index.ts';
import { diskLookup, listStandards, officePlace, standardsDay, standardsFor } from '../content-model/standards.ts';
import type { StandardEntry } from '../domain/standard-services.ts';

export interface TreeOffices {
  offices: FreshnessOffice[];
  /** Files left out because they do not pass their schema (run `npm run validate`). */
  invalidFiles: string[];
  /** Each office's services from its newest valid charter (for the national search catalogue). */
  services: Map<string, OfficeServices>;
}

/** `allStandards`: every standard service (default: listed from disk when first needed; a whole-country run lists them once). */
export function freshnessOfficesFromTree(
  tree: ContentTree,
  cwd = process.cwd(),
  allStandards: () => readonly StandardEntry[] = () => listStandards(tree.root),
): TreeOffices {
  // Only the schema check: the rules need typed data, not the validator's warnings about
  // contacts and memo numbers (the build has run those already; `npm run validate` shows them).
  const items: ContentItem[] = [];
  const invalidFiles: string[] = [];
  for (const file of tree.files) {
    if (file.kind === 'standard') continue;
    const { data } = checkSchema(file);
    if (data === undefined) invalidFiles.push(file.source.displayPath);
    else items.push({ kind: file.kind, officeId: file.officeId, path: file.source.displayPath, data } as ContentItem);
  }
  const charters = new Map<string, { path: string; data: CharterFile }[]>();
  for (const item of items)
    if (item.kind === 'charter')
      charters.set(item.officeId, [...(charters.get(item.officeId) ?? []), { path: item.path, data: item.data as unknown as CharterFile }]);
  const services = new Map<string, OfficeServices>();
  const day = standardsDay();
  const lookup = diskLookup(tree.root);
  let all: readonly StandardEntry[] | undefined;
  for (const [id, list] of charters) {
    // The current charter as its page shows it: standard rows resolved on the build's day.
    const newest = newestCharter(list);
    if (!newest) continue;
    const { charter } = resolveCharter(newest.data, lookup, day);
    const found = officeServices([{ path: newest.path, data: charter }]);
    if (!found) continue;
    const place = officePlace(tree.root, id);
    const used = new Set(standardRefsOf(newest.data));
    const lacking = place
      ? standardsFor((all ??= allStandards()), place)
          .filter((e) => !used.has(e.ref))
          .map((e) => e.ref)
      : [];
    services.set(id, lacking.length ? { ...found, lacking } : found);
  }
  return { offices: freshnessOffices(items, (p) => fs.existsSync(path.resolve(cwd, p))), invalidFiles, services };
}

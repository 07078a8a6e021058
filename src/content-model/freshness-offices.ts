/**
 * The offices of a content tree as the freshness rules see them: only files that
 * passed their schema count (the validator reports the others), and focal point
 * photos are looked up on disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ContentTree } from './load.ts';
import { validateTree } from '../validation/index.ts';
import { freshnessOffices, type ContentItem } from '../domain/freshness/input.ts';
import type { FreshnessOffice } from '../domain/freshness/index.ts';

export interface TreeOffices {
  offices: FreshnessOffice[];
  /** Files left out because they do not pass their schema (run `npm run validate`). */
  invalidFiles: string[];
}

export function freshnessOfficesFromTree(tree: ContentTree, cwd = process.cwd()): TreeOffices {
  const { valid } = validateTree(tree);
  const validPaths = new Set(valid.map((v) => v.file.absolutePath));
  const items = valid.map((v) => ({ kind: v.file.kind, officeId: v.file.officeId, path: v.file.source.displayPath, data: v.data }) as ContentItem);
  return {
    offices: freshnessOffices(items, (p) => fs.existsSync(path.resolve(cwd, p))),
    invalidFiles: tree.files.filter((f) => !validPaths.has(f.absolutePath)).map((f) => f.source.displayPath),
  };
}

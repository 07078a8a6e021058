/**
 * Every office of the content tree as the office tree needs it (id, parent, names,
 * kind), read from each `office.yaml` with the fast parser and nothing else. This is
 * what the office builds (ancestors and children of an office), the national layer
 * (directory, roll-ups), shards and search lineage share, so the tree is read one way.
 *
 * A file that does not parse still gives an entry (its id as name, no parent): the
 * validator reports it, and the tree stays whole.
 */
import fs from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';
import { OFFICE_FILE, officesDir } from './paths.ts';

export interface OfficeMeta {
  id: string;
  /** The parent office's id, only when that office is on the portal. */
  parent: string | undefined;
  name: { bn: string; en: string };
  kind: string;
  /** office.yaml's `category`, when given (standard services name it). */
  category?: string;
}

export type OfficeDirectory = ReadonlyMap<string, OfficeMeta>;

const text = (value: unknown, fallback: string) => (typeof value === 'string' && value.trim() ? value : fallback);

/** Parse one office.yaml's tree fields; never throws. */
export function officeMetaOf(id: string, yamlText: string): OfficeMeta {
  let data: Record<string, unknown> = {};
  try {
    const parsed = jsYaml.load(yamlText, { schema: jsYaml.CORE_SCHEMA, json: true });
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
  } catch {
    // Reported by `npm run validate`; the tree keeps the office by its id.
  }
  const name = (data['name'] ?? {}) as Record<string, unknown>;
  return {
    id,
    parent: typeof data['parent'] === 'string' ? data['parent'] : undefined,
    name: { bn: text(name['bn'], id), en: text(name['en'], '') },
    kind: text(data['kind'], 'other'),
    ...(typeof data['category'] === 'string' ? { category: data['category'] } : {}),
  };
}

/** Every office under `<root>/offices`, sorted by id; a parent that is not on the portal counts as none. */
export function readOfficeDirectory(root: string): Map<string, OfficeMeta> {
  const dir = officesDir(root);
  const offices = new Map<string, OfficeMeta>();
  if (!fs.existsSync(dir)) return offices;
  for (const id of fs.readdirSync(dir).sort()) {
    if (id.startsWith('.')) continue;
    let yamlText: string;
    try {
      yamlText = fs.readFileSync(path.join(dir, id, OFFICE_FILE), 'utf8');
    } catch {
      continue;
    }
    offices.set(id, officeMetaOf(id, yamlText));
  }
  for (const office of offices.values()) if (office.parent !== undefined && !offices.has(office.parent)) office.parent = undefined;
  return offices;
}

/** The office and its ancestors, nearest first; a cycle in `parent` stops the walk. */
export function ancestorsOf(id: string, offices: OfficeDirectory): string[] {
  const chain: string[] = [];
  for (let current: string | undefined = id; current !== undefined && !chain.includes(current); current = offices.get(current)?.parent) {
    chain.push(current);
  }
  return chain;
}

/** Children of every office, by parent id, each list sorted by id. */
export function childrenIndex(offices: OfficeDirectory): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const office of offices.values()) {
    if (office.parent === undefined) continue;
    const list = children.get(office.parent) ?? [];
    list.push(office.id);
    children.set(office.parent, list);
  }
  for (const list of children.values()) list.sort();
  return children;
}

/**
 * The offices an office build of `ids` loads for their metadata only: the ancestors
 * (breadcrumbs, parent link, search lineage) and children (listed on the office page)
 * of each office built, which are not themselves built.
 */
export function contextOffices(ids: readonly string[], offices: OfficeDirectory, children = childrenIndex(offices)): string[] {
  const built = new Set(ids);
  const context = new Set<string>();
  for (const id of ids) {
    for (const other of [...ancestorsOf(id, offices).slice(1), ...(children.get(id) ?? [])]) if (!built.has(other)) context.add(other);
  }
  return [...context].sort();
}

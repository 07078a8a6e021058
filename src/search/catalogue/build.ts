/** Writing the catalogue: the national layer lays offices out in parts and writes every file from their records. */
import {
  PART_MAX,
  TERM_OFFICES_MAX,
  type CatalogueOffice,
  type AreasFile,
  type PartOffice,
  type PartFile,
  type TermShard,
  type ServiceFile,
  type CatalogueStandard,
  STANDARD_FIELD_WORDS,
  catalogueWords,
  termKey,
  serviceId,
  standardServiceId,
} from './format.ts';

/**
 * The name a service is counted under: as printed, without a serial in brackets at its end
 * ("নামজারি ও জমাখারিজ (৬)", how charters and the generator tell repeated rows apart), so
 * those count as one service.
 */
export function groupName(name: string): string {
  return name.replace(/\s*\(\s*[0-9০-৯]+\s*\)\s*$/u, '').trim() || name;
}

export interface CatalogueLayout {
  /** The part each office is in. */
  partOf: Map<string, string>;
  /** Part id (its root office) → its offices, root first, then in tree order. */
  parts: Map<string, string[]>;
  /** Part id → parent part id ('' for a root). */
  parentPart: Map<string, string>;
}

/**
 * Cuts the office tree into parts of at most `partMax` offices: a subtree that fits
 * is one part; a larger office is a part of its own with its leaf children, and
 * each of its other children is cut the same way.
 */
export function catalogueLayout(offices: readonly CatalogueOffice[], partMax = PART_MAX): CatalogueLayout {
  const ids = new Set(offices.map((o) => o.id));
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const o of [...offices].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (o.parent && ids.has(o.parent) && o.parent !== o.id) children.set(o.parent, [...(children.get(o.parent) ?? []), o.id]);
    else roots.push(o.id);
  }
  const size = new Map<string, number>();
  const sizeOf = (id: string, seen: Set<string>): number => {
    const known = size.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return 0;
    seen.add(id);
    const n = 1 + (children.get(id) ?? []).reduce((sum, c) => sum + sizeOf(c, seen), 0);
    size.set(id, n);
    return n;
  };
  const partOf = new Map<string, string>();
  const parts = new Map<string, string[]>();
  const parentPart = new Map<string, string>();
  const addSubtree = (id: string, part: string) => {
    const stack = [id];
    for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
      if (partOf.has(at)) continue;
      partOf.set(at, part);
      parts.get(part)?.push(at);
      stack.push(...[...(children.get(at) ?? [])].reverse());
    }
  };
  const cut = (id: string, parent: string) => {
    parts.set(id, []);
    parentPart.set(id, parent);
    if (sizeOf(id, new Set()) <= partMax) return addSubtree(id, id);
    partOf.set(id, id);
    parts.get(id)?.push(id);
    for (const child of children.get(id) ?? []) {
      if ((children.get(child) ?? []).length === 0) addSubtree(child, id);
      else cut(child, id);
    }
  };
  for (const root of roots) cut(root, '');
  // Offices in a parent loop are reached from no root: each loop is a part of its own.
  for (const o of offices) if (!partOf.has(o.id)) cut(o.id, '');
  return { partOf, parts, parentPart };
}

/**
 * Every catalogue file, by path under CATALOGUE_DIR, as JSON text. Deterministic
 * (sorted keys and lists), so an office edit changes only the files it feeds.
 */
export function catalogueFiles(
  offices: readonly CatalogueOffice[],
  partMax = PART_MAX,
  /** The standard services by reference (the national layer reads them): rows using one are counted under it. */
  standards: ReadonlyMap<string, CatalogueStandard> = new Map(),
): Map<string, string> {
  const byId = new Map(offices.map((o) => [o.id, o]));
  const layout = catalogueLayout(offices, partMax);
  const files = new Map<string, string>();

  const areas: AreasFile = { p: {} };
  for (const [part, members] of [...layout.parts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const root = byId.get(part);
    areas.p[part] = [root?.name.bn ?? part, root?.name.en ?? '', layout.parentPart.get(part) ?? '', members.length];
  }
  files.set('areas.json', JSON.stringify(areas));

  const services = new Map<string, { name: string; count: number; parts: Map<string, number>; standard?: CatalogueStandard; deviating: Map<string, number> }>();
  const ids = new Map<string, string>();
  for (const [part, members] of layout.parts) {
    const index = new Map(members.map((id, i) => [id, i]));
    const names: string[] = [];
    const nameIndex = new Map<string, number>();
    const standardOf: Record<string, string> = {};
    const rows: PartOffice[] = members.map((id) => {
      const o = byId.get(id);
      const offered = o?.published ? (o.services?.services ?? []) : [];
      const deviates: number[] = [];
      // Two rows of one office under one service ("নামজারি" and "নামজারি (৬)") count the office once.
      const counted = new Set<string>();
      const refs = offered.map((name) => {
        // A row using a standard is counted under the standard (its own index in the part, its own entry).
        const [ref, deviating] = o?.services?.standards?.[name] ?? [];
        const standard = ref !== undefined ? standards.get(ref) : undefined;
        const key = standard ? `${ref}\u0000${name}` : name;
        let at = nameIndex.get(key);
        if (at === undefined) {
          at = names.length;
          names.push(name);
          nameIndex.set(key, at);
          if (standard && ref) standardOf[String(at)] = ref;
        }
        let sid = ids.get(key);
        if (sid === undefined) ids.set(key, (sid = standard && ref ? standardServiceId(ref) : serviceId(groupName(name))));
        const entry = services.get(sid) ?? {
          name: standard?.name ?? groupName(name),
          count: 0,
          parts: new Map<string, number>(),
          deviating: new Map<string, number>(),
        };
        if (standard) entry.standard = standard;
        if (!counted.has(sid)) {
          counted.add(sid);
          entry.count++;
          entry.parts.set(part, (entry.parts.get(part) ?? 0) + 1);
        }
        if (standard && deviating === 1) {
          deviates.push(at);
          entry.deviating.set(part, (entry.deviating.get(part) ?? 0) + 1);
        }
        services.set(sid, entry);
        return at;
      });
      const row: PartOffice = [
        id,
        o?.name.bn ?? id,
        o?.name.en ?? '',
        index.get(o?.parent ?? '') ?? -1,
        o?.published ? (o.services?.charter ?? '') : '',
        refs,
        o?.published ? 1 : 0,
      ];
      return deviates.length ? [...row, deviates] : row;
    });
    const named = new Map<string, number[]>();
    members.forEach((id, i) => {
      const o = byId.get(id);
      for (const w of catalogueWords(`${o?.name.bn ?? id} ${o?.name.en ?? ''}`)) named.set(w, [...(named.get(w) ?? []), i]);
    });
    const w = Object.fromEntries([...named].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const t = Object.keys(standardOf).length ? { t: standardOf } : {};
    files.set(`parts/${part}.json`, JSON.stringify({ s: names, ...t, o: rows, w } satisfies PartFile));
  }
  const byPart = (m: Map<string, number>) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)));
  for (const [sid, s] of [...services].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const parts = byPart(s.parts);
    const file: ServiceFile = s.standard
      ? [s.name, s.count, parts, s.standard, [...s.deviating.values()].reduce((n, x) => n + x, 0), byPart(s.deviating)]
      : [s.name, s.count, parts];
    files.set(`services/${sid}.json`, JSON.stringify(file));
  }

  // Words → services, and → the highest offices whose names hold them.
  const terms = new Map<string, { services: Set<string>; offices: Set<string> }>();
  const termOf = (t: string) => {
    let entry = terms.get(t);
    if (!entry) terms.set(t, (entry = { services: new Set(), offices: new Set() }));
    return entry;
  };
  for (const [sid, s] of services) {
    // A standard service also answers to what its file tells (its fee, time limit, legal basis) and its basis's words.
    const words = s.standard ? `${s.name} ${STANDARD_FIELD_WORDS.join(' ')} ${s.standard.basis.join(' ')}` : s.name;
    for (const w of catalogueWords(words)) termOf(w).services.add(sid);
  }
  const wordsOf = new Map(offices.map((o) => [o.id, new Set(catalogueWords(`${o.name.bn} ${o.name.en}`))]));
  for (const o of offices) {
    // A word is listed at the highest office of each part that holds it: "ঢাকা" names the division's
    // office, the district's and every upazila part under it, so a search reads only those parts.
    const parent = o.parent && layout.partOf.get(o.parent) === layout.partOf.get(o.id) ? o.parent : undefined;
    const parentWords = parent ? wordsOf.get(parent) : undefined;
    for (const w of wordsOf.get(o.id) ?? []) if (!parentWords?.has(w)) termOf(w).offices.add(o.id);
  }
  const shards = new Map<string, TermShard>();
  for (const [term, entry] of [...terms].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const key = termKey(term);
    const shard = shards.get(key) ?? {};
    const top = [...entry.offices].sort();
    shard[term] = [
      // Most offered first, so a query reads the summaries of the services most likely shown.
      [...entry.services]
        .sort((a, b) => (services.get(b)?.count ?? 0) - (services.get(a)?.count ?? 0) || (a < b ? -1 : 1))
        .map((sid) => [sid, services.get(sid)?.count ?? 0]),
      top.length > TERM_OFFICES_MAX ? top.length : top.map((id) => [id, layout.partOf.get(id) ?? id, byId.get(id)?.name.bn ?? id]),
    ];
    shards.set(key, shard);
  }
  for (const [key, shard] of shards) files.set(`terms/${key}.json`, JSON.stringify(shard));
  areas.t = [...shards.keys()].sort();
  files.set('areas.json', JSON.stringify(areas));
  return files;
}

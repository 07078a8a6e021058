/** The office tree as the per-parent compliance page walks it. */

/**
 * Offices under a parent (the parent itself first, then its descendants, any depth),
 * for the per-parent compliance page. Cycles in bad metadata cannot loop forever.
 */
export function officesUnder<T extends { id: string; parent?: string | null | undefined }>(offices: T[], parentId: string): T[] {
  const byId = new Map<string, T>();
  const childrenOf = new Map<string, T[]>();
  for (const o of offices) {
    if (!byId.has(o.id)) byId.set(o.id, o);
    if (!o.parent) continue;
    const siblings = childrenOf.get(o.parent);
    if (siblings) siblings.push(o);
    else childrenOf.set(o.parent, [o]);
  }
  const seen = new Set<string>();
  const out: T[] = [];
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const self = byId.get(id);
    if (self) out.push(self);
    for (const child of childrenOf.get(id) ?? []) visit(child.id);
  };
  visit(parentId);
  return out;
}

/**
 * What one Astro build loads and renders: the office is the unit of build.
 *
 * - `offices`: the offices whose pages this build renders (office builds), or 'all'.
 * - `context`: offices loaded for their metadata only (ancestors named in breadcrumbs
 *   and search lineage); their documents are not loaded and their pages not rendered.
 * - `national`: whether the national layer (home, directory, search page, compliance
 *   roll-ups) is rendered.
 *
 * The scope travels from the build scripts to Astro (a separate process) in
 * `PORTAL_SCOPE` as JSON. Unset means everything: `astro dev`, `astro build`.
 */
export interface BuildScope {
  offices: 'all' | string[];
  context: string[];
  national: boolean;
}

export const FULL_SCOPE: BuildScope = { offices: 'all', context: [], national: true };

export function buildScope(env: Record<string, string | undefined> = process.env): BuildScope {
  const raw = env['PORTAL_SCOPE'];
  if (!raw) return FULL_SCOPE;
  const parsed = JSON.parse(raw) as Partial<BuildScope>;
  return {
    offices: parsed.offices === 'all' || parsed.offices === undefined ? 'all' : [...parsed.offices],
    context: [...(parsed.context ?? [])],
    national: parsed.national ?? parsed.offices === 'all',
  };
}

export function scopeEnv(scope: BuildScope): string {
  return JSON.stringify(scope);
}

/** Offices whose documents are loaded (undefined: all). */
export function documentOffices(scope: BuildScope): ReadonlySet<string> | undefined {
  return scope.offices === 'all' ? undefined : new Set(scope.offices);
}

/** Offices whose office.yaml is loaded (undefined: all). */
export function metadataOffices(scope: BuildScope): ReadonlySet<string> | undefined {
  return scope.offices === 'all' ? undefined : new Set([...scope.offices, ...scope.context]);
}

/** Whether the pages of an office are rendered by this build. */
export function rendersOffice(scope: BuildScope, officeId: string): boolean {
  return scope.offices === 'all' || scope.offices.includes(officeId);
}

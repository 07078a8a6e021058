/**
 * What `astro dev` must refuse right now, shared between the integration (loaded
 * with the Astro config) and the request middleware (loaded by Vite's module
 * runner, a separate module instance in the same process): kept on globalThis.
 * Errors are made afresh for each request, because Astro's error handling
 * rewrites the error it is given.
 */
export interface DevRefusals {
  /** Content errors or an unusable policy: every page shows it. */
  everyPage?: (() => Error) | undefined;
  /** Stale offices: their own pages show it (`offices/<id>/…`). */
  staleOffices: Map<string, () => Error>;
  /** Content loaders whose last load failed (src/integration/dev-loader.ts): loaded again once the content is valid. */
  failedLoaders: Set<string>;
}

const KEY = Symbol.for('protishruti.dev-refusals');

export function devRefusals(): DevRefusals {
  const holder = globalThis as { [KEY]?: DevRefusals };
  holder[KEY] ??= { staleOffices: new Map(), failedLoaders: new Set() };
  return holder[KEY];
}

export function setDevRefusals(next: Omit<DevRefusals, 'failedLoaders'>): void {
  const current = devRefusals();
  current.everyPage = next.everyPage;
  current.staleOffices = next.staleOffices;
}

/** The refusal for one request path (the site's base already removed), if any. */
export function refusalFor(pathname: string, refusals: DevRefusals = devRefusals()): Error | undefined {
  if (refusals.everyPage) return refusals.everyPage();
  const office = /^offices\/([^/]+)\//.exec(pathname)?.[1];
  return office ? refusals.staleOffices.get(office)?.() : undefined;
}

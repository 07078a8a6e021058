/**
 * The order and extent of an `astro build`'s pages, set through Astro's prerenderer
 * hook (`astro:build:start`'s setPrerenderer, wrapping Astro's own prerenderer):
 *
 * - Only the build scope's pages: an office build (`PORTAL_SCOPE` without `national`)
 *   renders no national page (home, directory, compliance roll-ups, help, search, 404…);
 *   the pipeline published none of them from an office batch, and rendering them cost
 *   about a quarter of a batch's rendering time at 1,000 pages.
 * - Office by office: the pages are rendered in the order of their owner (each office's
 *   pages together, offices in id order, then the national pages), not route by route. So an office's files are all written while Astro goes on with the next
 *   office, and the pipeline can index, finish and publish it on the other core
 *   (src/pipeline/office-build.ts) instead of waiting for the whole batch.
 * - Events: with `PORTAL_RENDER_EVENTS=<fd>` (a pipe the pipeline opened), one line
 *   `office <id>` is written there as soon as the last page of that office is written
 *   (Astro writes a page's file before it renders the next path), and `done` once every page is written.
 *
 * What a page contains does not depend on this order (tests/build compare the built
 * sites file by file); rendering stays one page at a time (`build.concurrency` 1).
 */
import fs from 'node:fs';
import type { AstroPrerenderer } from 'astro';
import { ownerOf } from '../pipeline/site-layout.ts';
import type { BuildScope } from '../content-model/scope.ts';

type StaticPaths = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>;

/** The owner of a page's pathname ("/offices/x/charters/2024-01-01/", "/api/offices/x.json", "/404"). */
export function pathOwner(pathname: string): { kind: 'office'; id: string } | { kind: 'national' } {
  const owner = ownerOf(pathname.replace(/^\/+/, ''));
  return owner.kind === 'office' ? owner : { kind: 'national' };
}

/** The scope's pages in the order they are rendered: office by office in id order, then the national pages (stable within each). */
export function orderPaths<T extends { pathname: string }>(paths: readonly T[], scope: Pick<BuildScope, 'national'>): T[] {
  const keyed = paths.map((path, index) => ({ path, index, owner: pathOwner(path.pathname) })).filter((p) => scope.national || p.owner.kind === 'office');
  const rank = (p: (typeof keyed)[number]) => (p.owner.kind === 'office' ? 0 : 1);
  const id = (p: (typeof keyed)[number]) => (p.owner.kind === 'office' ? p.owner.id : '');
  keyed.sort((a, b) => rank(a) - rank(b) || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0) || a.index - b.index);
  return keyed.map((p) => p.path);
}

/** Writes the render events to a file descriptor the parent process opened (nothing when none). */
export function renderEventSink(fd: number | undefined): (line: string) => void {
  if (fd === undefined) return () => {};
  return (line) => {
    try {
      fs.writeSync(fd, `${line}\n`);
    } catch {
      // The parent stopped listening: rendering goes on, the pipeline finishes offices after Astro exits.
    }
  };
}

/** Astro's prerenderer wrapped: the scope's pages, office by office, with an event when each office is written. */
export function scopedPrerenderer(scope: Pick<BuildScope, 'national'>, base: string, emit: (line: string) => void) {
  const prefix = base.replace(/\/?$/, '/');
  return (inner: AstroPrerenderer): AstroPrerenderer => {
    let current: string | undefined;
    const finished = () => {
      if (current !== undefined) emit(`office ${current}`);
      current = undefined;
    };
    return {
      ...inner,
      name: 'protishruti:office-order',
      async getStaticPaths(): Promise<StaticPaths> {
        // An array of paths (Astro 7.3), or the paths with metadata (7.4 and later).
        const found = (await inner.getStaticPaths()) as StaticPaths | { paths: { pathname: string }[] };
        if (Array.isArray(found)) return orderPaths(found, scope) as StaticPaths;
        return { ...found, paths: orderPaths(found.paths, scope) } as unknown as StaticPaths;
      },
      async render(request, options) {
        const pathname = new URL(request.url).pathname;
        const owner = pathOwner(pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname);
        const id = owner.kind === 'office' ? owner.id : undefined;
        // Every path of `current` has been rendered and written: Astro writes a page before it asks for the next.
        if (id !== current) finished();
        current = id;
        return inner.render(request, options);
      },
      async teardown() {
        finished();
        emit('done');
        await inner.teardown?.();
      },
    };
  };
}

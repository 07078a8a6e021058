/**
 * The order and extent of a scoped `astro build`'s pages (src/integration/prerender.ts): only the
 * scope's pages, office by office, and an event as soon as an office's last page is written.
 */
import { describe, expect, it } from 'vitest';
import type { AstroPrerenderer } from 'astro';
import { orderPaths, pathOwner, scopedPrerenderer } from '../../src/integration/prerender.ts';

const paths = [
  '/',
  '/api/offices/b.json',
  '/api/offices/a.json',
  '/offices/b/',
  '/offices/a/',
  '/offices/a/charters/2024-01-01/',
  '/compliance/a/',
  '/api/offices/a/minutes/2024-02-02.json',
  '/404',
].map((pathname) => ({ pathname }));

describe('pathOwner', () => {
  it('names the office of an office page or its JSON, and the national layer for the rest', () => {
    expect(pathOwner('/offices/a/charters/2024-01-01/')).toEqual({ kind: 'office', id: 'a' });
    expect(pathOwner('/api/offices/a.json')).toEqual({ kind: 'office', id: 'a' });
    expect(pathOwner('/api/offices/a/minutes/x.json')).toEqual({ kind: 'office', id: 'a' });
    expect(pathOwner('/compliance/a/')).toEqual({ kind: 'national' });
    expect(pathOwner('/404')).toEqual({ kind: 'national' });
  });
});

describe('orderPaths', () => {
  it('renders office by office in id order (route order kept within an office), national pages last', () => {
    expect(orderPaths(paths, { national: true }).map((p) => p.pathname)).toEqual([
      '/api/offices/a.json',
      '/offices/a/',
      '/offices/a/charters/2024-01-01/',
      '/api/offices/a/minutes/2024-02-02.json',
      '/api/offices/b.json',
      '/offices/b/',
      '/',
      '/compliance/a/',
      '/404',
    ]);
  });

  it('renders no national page in an office build', () => {
    expect(orderPaths(paths, { national: false }).every((p) => pathOwner(p.pathname).kind === 'office')).toBe(true);
  });
});

describe('scopedPrerenderer', () => {
  it('announces each office once its last page is rendered, under the site base', async () => {
    const events: string[] = [];
    const rendered: string[] = [];
    const inner: AstroPrerenderer = {
      name: 'inner',
      getStaticPaths: async () => paths as unknown as Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>,
      render: async (request) => {
        rendered.push(new URL(request.url).pathname);
        events.push(`render ${new URL(request.url).pathname}`);
        return new Response('x');
      },
    };
    const prerenderer = scopedPrerenderer({ national: false }, '/portal/', (line) => events.push(line))(inner);
    const ordered = await prerenderer.getStaticPaths();
    for (const p of ordered) await prerenderer.render(new Request(`https://x.example/portal${p.pathname}`), { routeData: {} as never });
    await prerenderer.teardown?.();
    expect(events.filter((e) => !e.startsWith('render'))).toEqual(['office a', 'office b', 'done']);
    // "office a" comes after a's last page and before b's first.
    expect(events.indexOf('office a')).toBe(events.indexOf('render /portal/api/offices/b.json') - 1);
    expect(rendered).toHaveLength(6);
  });
});

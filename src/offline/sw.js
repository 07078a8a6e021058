// @ts-check
/// <reference lib="webworker" />
/**
 * Protishruti's service worker: hand-written (about 300 lines, no runtime
 * dependency) rather than Workbox, because what citizens need is specific:
 *
 * - pages (HTML) are network-first, so an online citizen always gets today's
 *   charter, and the cached copy is only for when there is no signal;
 * - hashed assets (/_astro/, Pagefind chunks) never change, so they are cache-first;
 * - "save this office" downloads one office's pack (its pages and its search
 *   fragments) on request, instead of precaching the whole portal on 2G;
 * - every cache name carries the build's content hash; a new build migrates each
 *   saved page: unchanged files (same content hash) are copied, changed ones are
 *   downloaded again, and the old caches are deleted.
 *
 * `scripts/lib/offline.ts` copies this file to `<site>/sw.js` and fills in
 * CONFIG (build version, shell files, base path) at build time.
 */

/** @type {{ version: string, base: string, offlinePage: string, shell: Array<{ url: string, rev: string }>, packs: string }} */
const CONFIG = /*__PROTISHRUTI_SW_CONFIG__*/ { version: 'dev', base: '/', offlinePage: '/offline/', shell: [], packs: '/offline-packs/' };

const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const PREFIX = 'protishruti-';
const PAGES = `${PREFIX}pages-${CONFIG.version}`;
const ASSETS = `${PREFIX}assets-${CONFIG.version}`;
/** Bookkeeping (saved offices, content hash of each cached file) lives in a cache entry: the Cache API is all a worker needs. */
const META = `${PREFIX}meta-${CONFIG.version}`;
const META_KEY = `${CONFIG.base}__protishruti-offline-meta.json`;

/**
 * @typedef {{ savedAt: string, files: number, bytes: number, search: boolean, version?: string }} Saved
 * @typedef {{ savedOffices: Record<string, Saved>, revs: Record<string, string>, stale: Record<string, true> }} Meta
 * @typedef {{ version: string, office: string, files: Array<{ url: string, rev: string, size: number }>, bytes: number, search: boolean }} Pack
 */

/**
 * Files whose names carry their content hash: safe to serve from cache forever.
 * (Pagefind's `wasm.*.pagefind`, `pagefind.js` and entry JSON keep their names
 * across versions, so they are not.)
 */
function isImmutable(/** @type {URL} */ url) {
  const path = url.pathname.slice(CONFIG.base.length - 1);
  // Each office's own search bundle (offices/<id>/pagefind/) names its files by content too.
  return path.startsWith('/_astro/') || /^\/(offices\/[^/]+\/)?pagefind\/(index|fragment|filter)\//.test(path) || /^\/(offices\/[^/]+\/)?pagefind\/pagefind\.[^/]+\.pf_meta$/.test(path);
}

function isPage(/** @type {Request} */ request, /** @type {URL} */ url) {
  return request.mode === 'navigate' || url.pathname.endsWith('/') || url.pathname.endsWith('.html');
}

/** Cache key of a page: without the query, so /search/?q=... opens the saved search page offline. */
function pageKey(/** @type {URL} */ url) {
  return `${url.origin}${url.pathname}`;
}

async function readMeta(/** @type {string} */ cacheName = META) {
  const cache = await caches.open(cacheName);
  const response = await cache.match(META_KEY);
  /** @type {Meta} */
  const empty = { savedOffices: {}, revs: {}, stale: {} };
  if (!response) return empty;
  try {
    return { ...empty, ...(await response.json()) };
  } catch {
    return empty;
  }
}

async function writeMeta(/** @type {Meta} */ meta) {
  const cache = await caches.open(META);
  await cache.put(META_KEY, new Response(JSON.stringify(meta), { headers: { 'content-type': 'application/json' } }));
}

/** Serialises read-modify-write of the bookkeeping entry. */
let metaQueue = Promise.resolve();
function updateMeta(/** @type {(meta: Meta) => void} */ change) {
  // A failed update must not block the ones after it.
  metaQueue = metaQueue.catch(() => undefined).then(async () => {
    const meta = await readMeta();
    change(meta);
    await writeMeta(meta);
  });
  return metaQueue;
}

const shellRevs = Object.fromEntries(CONFIG.shell.map((f) => [new URL(f.url, sw.location.href).href, f.rev]));

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const assets = await caches.open(ASSETS);
      const pages = await caches.open(PAGES);
      for (const file of CONFIG.shell) {
        const url = new URL(file.url, sw.location.href);
        const target = isImmutable(url) ? assets : pages;
        if (await target.match(url.href)) continue;
        const response = await fetch(url.href, { cache: isImmutable(url) ? 'default' : 'no-cache' });
        if (!response.ok) throw new Error(`offline shell: ${url.pathname} answered ${response.status}`);
        await target.put(url.href, response);
      }
      await updateMeta((meta) => Object.assign(meta.revs, shellRevs));
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  const activation = (async () => {
    await migrateOldCaches();
    await sw.clients.claim();
    // The page that registered us was loaded before we existed: keep it too.
    const windows = await sw.clients.matchAll({ type: 'window' });
    await Promise.all(windows.map((client) => cachePage(client.url).catch(() => undefined)));
  })();
  event.waitUntil(activation);
  // After activation, not part of it: the browser holds the citizen's requests until
  // activation ends, so downloading changed pages must not delay them. Page loads
  // restart it (see 'cache-page') if the worker is stopped before it finishes.
  activation.then(() => refreshStale()).catch(() => undefined);
});

/**
 * A new build. Activation only copies: every stored file goes into this version's
 * caches as it is (offline keeps working at once), pages are marked "to check", and
 * the old caches are deleted. refreshStale() then brings the pages up to date.
 */
async function migrateOldCaches() {
  const names = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && !name.endsWith(CONFIG.version));
  if (!names.length) return;
  const oldMetaName = names.find((name) => name.startsWith(`${PREFIX}meta-`));
  const oldMeta = oldMetaName ? await readMeta(oldMetaName) : { savedOffices: {}, revs: {}, stale: {} };
  const meta = await readMeta();
  meta.savedOffices = { ...oldMeta.savedOffices, ...meta.savedOffices };
  Object.assign(meta.stale, oldMeta.stale);
  const pages = await caches.open(PAGES);
  const assets = await caches.open(ASSETS);
  for (const name of names.filter((n) => !n.startsWith(`${PREFIX}meta-`))) {
    const old = await caches.open(name);
    for (const request of await old.keys()) {
      const url = new URL(request.url);
      const immutable = isImmutable(url);
      const target = immutable ? assets : pages;
      if (await target.match(request.url)) continue;
      const cached = await old.match(request);
      if (cached) await target.put(request.url, cached);
      if (immutable) continue;
      const oldRev = oldMeta.revs[request.url];
      if (oldRev) meta.revs[request.url] = oldRev;
      if (!oldRev || shellRevs[request.url] !== oldRev) meta.stale[request.url] = true;
    }
  }
  await writeMeta(meta);
  await Promise.all(names.map((name) => caches.delete(name)));
}

/** @type {Promise<void> | undefined} */
let refreshing;
/** Bring stored pages up to date with this build; one run at a time, safe to call often. */
function refreshStale() {
  refreshing ??= doRefresh().finally(() => {
    refreshing = undefined;
  });
  return refreshing;
}

/**
 * Saved offices: their new packs say which files changed (content hash) and which
 * are new; only those are downloaded. Other pages marked "to check" are fetched
 * again. A page removed from the portal (404/410) is dropped; one that cannot be
 * fetched now keeps its copy and is checked again on the next page load.
 */
async function doRefresh() {
  const meta = await readMeta();
  const offices = Object.entries(meta.savedOffices).filter(([, saved]) => saved.version !== CONFIG.version);
  if (!offices.length && !Object.keys(meta.stale).length) return;
  for (const [office] of offices) {
    try {
      const pack = await fetchPack(office);
      await storePack(pack, meta);
      for (const file of pack.files) delete meta.stale[new URL(file.url, sw.location.href).href];
      meta.savedOffices[office] = { savedAt: new Date().toISOString(), files: pack.files.length, bytes: pack.bytes, search: pack.search, version: CONFIG.version };
    } catch {
      // Offline or a failed file: the office stays marked for the next try.
    }
  }
  const pages = await caches.open(PAGES);
  for (const href of Object.keys(meta.stale)) {
    try {
      const fresh = await fetch(href, { cache: 'no-cache' });
      if (fresh.ok && !fresh.redirected) {
        await pages.put(href, fresh);
        delete meta.revs[href];
        delete meta.stale[href];
      } else if (fresh.status === 404 || fresh.status === 410) {
        // Withdrawn from the portal: stop showing it.
        await pages.delete(href);
        delete meta.revs[href];
        delete meta.stale[href];
      }
    } catch {
      // No connection: keep the copy, try again later.
    }
  }
  await updateMeta((current) => {
    Object.assign(current.revs, meta.revs);
    for (const href of Object.keys(current.revs)) if (!(href in meta.revs)) delete current.revs[href];
    current.stale = meta.stale;
    Object.assign(current.savedOffices, meta.savedOffices);
  });
}

async function cachePage(/** @type {string} */ href) {
  const url = new URL(href);
  if (url.origin !== sw.location.origin || !url.pathname.startsWith(CONFIG.base)) return;
  const cache = await caches.open(PAGES);
  if (await cache.match(pageKey(url))) return;
  const response = await fetch(pageKey(url));
  if (response.ok && !response.redirected) await cache.put(pageKey(url), response);
}

/** Keep a file the page loaded before the worker controlled it; usually served from the browser's HTTP cache. */
async function cacheResource(/** @type {string} */ href) {
  const url = new URL(href);
  if (url.origin !== sw.location.origin || !url.pathname.startsWith(CONFIG.base) || url.pathname === `${CONFIG.base}sw.js`) return;
  const immutable = isImmutable(url);
  const key = immutable ? url.href : pageKey(url);
  const cache = await caches.open(immutable ? ASSETS : PAGES);
  if (await cache.match(key)) return;
  const response = await fetch(key);
  if (response.ok && response.type === 'basic') await cache.put(key, response);
}

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin || !url.pathname.startsWith(CONFIG.base)) return;
  if (url.pathname === `${CONFIG.base}sw.js`) return;
  if (isImmutable(url)) event.respondWith(cacheFirst(request));
  else if (isPage(request, url)) event.respondWith(pageNetworkFirst(request, url));
  else event.respondWith(networkFirst(request));
});

async function cacheFirst(/** @type {Request} */ request) {
  const cached = await caches.match(request.url);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const copy = response.clone();
    caches.open(ASSETS).then((cache) => cache.put(request.url, copy));
  }
  return response;
}

async function networkFirst(/** @type {Request} */ request) {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await caches.match(request.url, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}

/** Online: the network's page (and remember it). Offline: the saved copy, else the offline page. */
async function pageNetworkFirst(/** @type {Request} */ request, /** @type {URL} */ url) {
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected && response.type === 'basic') {
      const copy = response.clone();
      caches.open(PAGES).then((cache) => cache.put(pageKey(url), copy));
    }
    return response;
  } catch (error) {
    const cached = (await caches.match(pageKey(url))) ?? (await caches.match(pageKey(new URL(`${url.pathname}/`, url)))) ;
    if (cached) return cached;
    if (request.mode !== 'navigate') throw error;
    const offline = await caches.match(new URL(CONFIG.offlinePage, sw.location.href).href);
    return offline ?? new Response('অফলাইন', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
}

async function fetchPack(/** @type {string} */ office) {
  const response = await fetch(new URL(`${CONFIG.packs}${encodeURIComponent(office)}.json`, sw.location.href).href, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`pack ${office}: ${response.status}`);
  return /** @type {Pack} */ (await response.json());
}

/**
 * Store every file of an office pack, skipping those already cached with the same
 * content hash. Reports progress through `onProgress(done, total)`.
 */
async function storePack(/** @type {Pack} */ pack, /** @type {Meta} */ meta, onProgress = (/** @type {number} */ _done, /** @type {number} */ _total) => {}) {
  const pages = await caches.open(PAGES);
  const assets = await caches.open(ASSETS);
  let done = 0;
  const queue = [...pack.files];
  // Two at a time: enough to fill a slow link without starving the page the citizen is reading.
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const url = new URL(file.url, sw.location.href);
      const immutable = isImmutable(url);
      const target = immutable ? assets : pages;
      const key = immutable ? url.href : pageKey(url);
      const have = await target.match(key);
      if (!have || (!immutable && meta.revs[key] !== file.rev)) {
        const response = await fetch(key, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${url.pathname}: ${response.status}`);
        await target.put(key, response);
      }
      meta.revs[key] = file.rev;
      onProgress(++done, pack.files.length);
    }
  };
  await Promise.all([worker(), worker()]);
}

sw.addEventListener('message', (event) => {
  const data = event.data ?? {};
  const port = event.ports[0];
  const reply = (/** @type {unknown} */ message) => port?.postMessage(message);
  if (data.type === 'cache-page' && typeof data.url === 'string') {
    const resources = Array.isArray(data.resources) ? data.resources.filter((/** @type {unknown} */ r) => typeof r === 'string') : [];
    event.waitUntil(
      Promise.all([cachePage(data.url), ...resources.map((/** @type {string} */ r) => cacheResource(r).catch(() => undefined))]).then(
        () => reply({ type: 'cached' }),
        (error) => reply({ type: 'error', message: String(error) }),
      ),
    );
    // Each page load also finishes updating stored pages after a new build.
    event.waitUntil(refreshStale().catch(() => undefined));
  } else if (data.type === 'office-status' && typeof data.office === 'string') {
    event.waitUntil(readMeta().then((meta) => reply({ type: 'status', version: CONFIG.version, saved: meta.savedOffices[data.office] ?? null })));
  } else if (data.type === 'save-office' && typeof data.office === 'string') {
    const office = data.office;
    event.waitUntil(
      (async () => {
        try {
          const pack = await fetchPack(office);
          const meta = await readMeta();
          await storePack(pack, meta, (done, total) => reply({ type: 'progress', done, total }));
          const saved = { savedAt: new Date().toISOString(), files: pack.files.length, bytes: pack.bytes, search: pack.search, version: CONFIG.version };
          await updateMeta((current) => {
            Object.assign(current.revs, meta.revs);
            current.savedOffices[office] = saved;
          });
          reply({ type: 'saved', ...saved });
        } catch (error) {
          reply({ type: 'error', message: String(error) });
        }
      })(),
    );
  } else if (data.type === 'version') {
    reply({ type: 'version', version: CONFIG.version });
  }
});

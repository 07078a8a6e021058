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
 * @typedef {{ savedAt: string, files: number, bytes: number, search: boolean }} Saved
 * @typedef {{ savedOffices: Record<string, Saved>, revs: Record<string, string> }} Meta
 * @typedef {{ version: string, office: string, files: Array<{ url: string, rev: string, size: number }>, bytes: number, search: boolean }} Pack
 */

/** Files whose names carry their content hash: safe to serve from cache forever. */
function isImmutable(/** @type {URL} */ url) {
  const path = url.pathname.slice(CONFIG.base.length - 1);
  return path.startsWith('/_astro/') || /^\/pagefind\/(index|fragment|filter)\//.test(path) || /^\/pagefind\/.*\.(pf_meta|pagefind)$/.test(path);
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
  const empty = { savedOffices: {}, revs: {} };
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
  metaQueue = metaQueue.then(async () => {
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
  event.waitUntil(
    (async () => {
      await migrateOldCaches();
      await sw.clients.claim();
      // The page that registered us was loaded before we existed: keep it too.
      const windows = await sw.clients.matchAll({ type: 'window' });
      await Promise.all(windows.map((client) => cachePage(client.url).catch(() => undefined)));
    })(),
  );
});

/**
 * A new build: bring every page and asset a citizen had into this version's caches.
 * Unchanged files (same content hash in the new build) are copied; the rest are
 * fetched again; a file that cannot be fetched now keeps its old copy rather than
 * vanishing (its freshness banner still tells the citizen how old it is).
 */
async function migrateOldCaches() {
  const names = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && !name.endsWith(CONFIG.version));
  if (!names.length) return;
  const oldMetaName = names.find((name) => name.startsWith(`${PREFIX}meta-`));
  const oldMeta = oldMetaName ? await readMeta(oldMetaName) : { savedOffices: {}, revs: {} };
  const meta = await readMeta();
  const pages = await caches.open(PAGES);
  const assets = await caches.open(ASSETS);
  /** @type {Record<string, string>} */
  const newRevs = { ...shellRevs };
  // Saved offices: their new packs say which files exist now and their hashes.
  for (const office of Object.keys(oldMeta.savedOffices)) {
    const pack = await fetchPack(office).catch(() => undefined);
    if (!pack) {
      meta.savedOffices[office] = oldMeta.savedOffices[office];
      continue;
    }
    for (const file of pack.files) newRevs[new URL(file.url, sw.location.href).href] = file.rev;
    meta.savedOffices[office] = { savedAt: new Date().toISOString(), files: pack.files.length, bytes: pack.bytes, search: pack.search };
  }
  for (const name of names.filter((n) => !n.startsWith(`${PREFIX}meta-`))) {
    const old = await caches.open(name);
    for (const request of await old.keys()) {
      const url = new URL(request.url);
      const target = isImmutable(url) ? assets : pages;
      if (await target.match(request.url)) continue;
      const oldRev = oldMeta.revs[request.url];
      const newRev = newRevs[request.url];
      const cached = await old.match(request);
      if (isImmutable(url) || (oldRev && oldRev === newRev)) {
        if (cached) await target.put(request.url, cached);
        if (newRev) meta.revs[request.url] = newRev;
        continue;
      }
      try {
        const fresh = await fetch(request.url, { cache: 'no-cache' });
        if (fresh.ok) {
          await target.put(request.url, fresh);
          if (newRev) meta.revs[request.url] = newRev;
        } else if (fresh.status === 404 || fresh.status === 410) {
          // Removed from the portal: drop it rather than keep showing a withdrawn page.
        } else if (cached) {
          await target.put(request.url, cached);
        }
      } catch {
        if (cached) await target.put(request.url, cached);
      }
    }
  }
  // Files a saved office gained in this build.
  for (const office of Object.keys(meta.savedOffices)) {
    const pack = await fetchPack(office).catch(() => undefined);
    if (pack) await storePack(pack, meta).catch(() => undefined);
  }
  await writeMeta(meta);
  await Promise.all(names.map((name) => caches.delete(name)));
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
          const saved = { savedAt: new Date().toISOString(), files: pack.files.length, bytes: pack.bytes, search: pack.search };
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

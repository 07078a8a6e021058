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
 *   downloaded again, and the old caches are deleted;
 * - saving is all or nothing per office: a save starts by marking the office
 *   "pending"; a save cut short (page closed, worker stopped) is finished on the
 *   next visit; a full storage quota removes what that save added, keeps every
 *   office saved before, and tells the citizen in Bengali;
 * - pages and files kept only because they were browsed (not part of a saved
 *   office or the shell) expire after MAX_AGE_DAYS, and at most MAX_BROWSED pages
 *   are kept that way;
 * - every cache write happens inside the event's waitUntil, so the browser does
 *   not stop the worker half way through it.
 *
 * `src/pipeline/national-build.ts` copies this file to `<site>/sw.js` and fills in
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

/** Browsed (not saved) pages and files are dropped after this many days... */
const MAX_AGE_DAYS = 30;
/** ...and only this many browsed pages are kept (the oldest go first). */
const MAX_BROWSED = 150;
/** The header that records when a response was stored. */
const STORED_AT = 'x-protishruti-stored-at';

/**
 * @typedef {{ savedAt: string, files: number, bytes: number, search: boolean, version?: string, keys?: string[] }} Saved
 * @typedef {{ savedOffices: Record<string, Saved>, revs: Record<string, string>, stale: Record<string, true>, pending: Record<string, string> }} Meta
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
  return (
    path.startsWith('/_astro/') ||
    /^\/(offices\/[^/]+\/)?pagefind\/(index|fragment|filter)\//.test(path) ||
    /^\/(offices\/[^/]+\/)?pagefind\/pagefind\.[^/]+\.pf_meta$/.test(path)
  );
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
  const empty = { savedOffices: {}, revs: {}, stale: {}, pending: {} };
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
  metaQueue = metaQueue
    .catch(() => undefined)
    .then(async () => {
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
  activation
    .then(() => refreshStale())
    .then(() => expireBrowsed())
    .catch(() => undefined);
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
  const oldMeta = oldMetaName ? await readMeta(oldMetaName) : { savedOffices: {}, revs: {}, stale: {}, pending: {} };
  const meta = await readMeta();
  meta.savedOffices = { ...oldMeta.savedOffices, ...meta.savedOffices };
  meta.pending = { ...oldMeta.pending, ...meta.pending };
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
      meta.savedOffices[office] = savedEntry(pack);
    } catch {
      // Offline or a failed file: the office stays marked for the next try.
    }
  }
  const pages = await caches.open(PAGES);
  for (const href of Object.keys(meta.stale)) {
    try {
      const fresh = await fetch(href, { cache: 'no-cache' });
      if (fresh.ok && !fresh.redirected) {
        await pages.put(href, stamp(fresh));
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
  if (response.ok && !response.redirected) await cache.put(pageKey(url), stamp(response));
}

/** A copy of a response that records when it was stored (for expiry). */
function stamp(/** @type {Response} */ response) {
  const headers = new Headers(response.headers);
  headers.set(STORED_AT, String(Date.now()));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
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
  if (response.ok && response.type === 'basic') await cache.put(key, stamp(response));
}

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin || !url.pathname.startsWith(CONFIG.base)) return;
  if (url.pathname === `${CONFIG.base}sw.js`) return;
  if (isImmutable(url)) event.respondWith(cacheFirst(event, request));
  else if (isPage(request, url)) event.respondWith(pageNetworkFirst(event, request, url));
  else event.respondWith(networkFirst(request));
});

/**
 * Store a response after answering: inside waitUntil, so the browser keeps the worker
 * alive until it is written. A full quota only means this copy is not kept.
 */
function storeLater(/** @type {FetchEvent} */ event, /** @type {string} */ cacheName, /** @type {string} */ key, /** @type {Response} */ copy) {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.put(key, stamp(copy)))
      .catch(() => undefined),
  );
}

async function cacheFirst(/** @type {FetchEvent} */ event, /** @type {Request} */ request) {
  const cached = await caches.match(request.url);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) storeLater(event, ASSETS, request.url, response.clone());
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
async function pageNetworkFirst(/** @type {FetchEvent} */ event, /** @type {Request} */ request, /** @type {URL} */ url) {
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected && response.type === 'basic') storeLater(event, PAGES, pageKey(url), response.clone());
    return response;
  } catch (error) {
    const cached = await savedPage(url);
    if (cached) return cached;
    if (request.mode !== 'navigate') throw error;
    return offlineAnswer();
  }
}

/**
 * The stored copy of a page: its own address, or the same address with the slash a
 * folder page has (`/offices/lgd` -> `/offices/lgd/`). Built from the origin, never
 * resolved against the path: `new URL('//', url)` for the home page "/" was a
 * protocol-relative address, threw, and the citizen got the browser's network error.
 */
async function savedPage(/** @type {URL} */ url) {
  const keys = [pageKey(url)];
  if (!url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)) keys.push(`${url.origin}${url.pathname}/`);
  for (const key of keys) {
    const cached = await caches.match(key);
    if (cached) return cached;
  }
  return undefined;
}

/** A page that is not on this device, opened offline: the offline page, or (its copy lost) the same words in a minimal page. */
async function offlineAnswer() {
  const offline = await caches.match(new URL(CONFIG.offlinePage, sw.location.href).href).catch(() => undefined);
  if (offline) return offline;
  const html =
    '<!doctype html><html lang="bn"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<title>আপনি অফলাইনে আছেন</title><h1>আপনি অফলাইনে আছেন</h1>' +
    '<p>এই পাতাটি এখন খোলা যাচ্ছে না, কারণ ইন্টারনেট সংযোগ নেই এবং পাতাটি আগে এই ডিভাইসে সংরক্ষিত হয়নি। নেটওয়ার্ক ফিরলে আবার চেষ্টা করুন।</p>' +
    `<p><a href="${CONFIG.base}">প্রথম পাতা</a></p></html>`;
  return new Response(html, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
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
async function storePack(
  /** @type {Pack} */ pack,
  /** @type {Meta} */ meta,
  onProgress = (/** @type {number} */ _done, /** @type {number} */ _total) => {},
  /** @type {Array<{ cache: string, key: string }>} */ added = [],
) {
  const pages = await caches.open(PAGES);
  const assets = await caches.open(ASSETS);
  let done = 0;
  const queue = [...pack.files];
  // Two at a time: enough to fill a slow link without starving the page the citizen is reading.
  const work = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const url = new URL(file.url, sw.location.href);
      const immutable = isImmutable(url);
      const target = immutable ? assets : pages;
      const key = immutable ? url.href : pageKey(url);
      const have = await target.match(key);
      if (!have || (!immutable && meta.revs[key] !== file.rev)) {
        const response = await fetch(key, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${url.pathname}: ${response.status}`);
        // Remembered before the write: a put that fails on quota may still leave its entry.
        if (!have) added.push({ cache: immutable ? ASSETS : PAGES, key });
        await target.put(key, stamp(response));
      }
      meta.revs[key] = file.rev;
      onProgress(++done, pack.files.length);
    }
  };
  const worker = async () => {
    try {
      await work();
    } catch (error) {
      queue.length = 0; // the other one stops too, so nothing is written after a failure is handled
      throw error;
    }
  };
  const results = await Promise.allSettled([worker(), worker()]);
  for (const result of results) if (result.status === 'rejected') throw result.reason;
}

/** What the worker remembers of an office it saved (shown on the offline page, compared on update). */
function savedEntry(/** @type {Pack} */ pack) {
  return {
    savedAt: new Date().toISOString(),
    files: pack.files.length,
    bytes: pack.bytes,
    search: pack.search,
    version: CONFIG.version,
    keys: packKeys(pack),
  };
}

/** The cache keys of a pack's files. */
function packKeys(/** @type {Pack} */ pack) {
  return pack.files.map((file) => {
    const url = new URL(file.url, sw.location.href);
    return isImmutable(url) ? url.href : pageKey(url);
  });
}

const isQuotaError = (/** @type {unknown} */ error) => error instanceof DOMException && error.name === 'QuotaExceededError';

/**
 * Save (or update, or finish) one office: all of it or, when storage is full, none of
 * what this save added. Marked pending first, so a save cut short is finished later.
 */
async function saveOffice(/** @type {string} */ office, onProgress = (/** @type {number} */ _done, /** @type {number} */ _total) => {}) {
  await updateMeta((meta) => {
    meta.pending[office] = new Date().toISOString();
  });
  const pack = await fetchPack(office);
  const meta = await readMeta();
  /** @type {Array<{ cache: string, key: string }>} */
  const added = [];
  try {
    await storePack(pack, meta, onProgress, added);
  } catch (error) {
    if (!isQuotaError(error)) throw error; // offline or a failed file: still pending, finished on a later visit
    for (const { cache, key } of added) await (await caches.open(cache)).delete(key);
    await updateMeta((current) => {
      delete current.pending[office];
    });
    throw error;
  }
  const saved = savedEntry(pack);
  await updateMeta((current) => {
    Object.assign(current.revs, meta.revs);
    current.savedOffices[office] = saved;
    delete current.pending[office];
  });
  return saved;
}

/** @type {Promise<void> | undefined} */
let repairing;
let checkedSaved = false;
/**
 * A half-written cache: an office whose save never finished (still pending), or a
 * saved office with a file missing (checked once per worker start). Finish them.
 */
function repairSaves() {
  repairing ??= (async () => {
    const meta = await readMeta();
    const broken = new Set(Object.keys(meta.pending));
    if (!checkedSaved) {
      checkedSaved = true;
      for (const [office, saved] of Object.entries(meta.savedOffices)) {
        for (const key of saved.keys ?? []) {
          if (!(await caches.match(key))) {
            broken.add(office);
            break;
          }
        }
      }
    }
    for (const office of broken) await saveOffice(office).catch(() => undefined);
  })().finally(() => {
    repairing = undefined;
  });
  return repairing;
}

/** Browsed pages and files: older than MAX_AGE_DAYS, or beyond MAX_BROWSED pages, are dropped. */
async function expireBrowsed() {
  const meta = await readMeta();
  const kept = new Set([...Object.keys(shellRevs), ...Object.values(meta.savedOffices).flatMap((saved) => saved.keys ?? [])]);
  const cutoff = Date.now() - MAX_AGE_DAYS * 86_400_000;
  /** @type {string[]} */
  const removed = [];
  for (const name of [PAGES, ASSETS]) {
    const cache = await caches.open(name);
    /** @type {Array<{ request: Request, at: number }>} */
    const browsed = [];
    for (const request of await cache.keys()) {
      if (kept.has(request.url)) continue;
      const response = await cache.match(request);
      const at = Number(response?.headers.get(STORED_AT) ?? 0);
      if (at < cutoff) {
        await cache.delete(request);
        removed.push(request.url);
      } else browsed.push({ request, at });
    }
    if (name !== PAGES) continue;
    browsed.sort((a, b) => b.at - a.at);
    for (const { request } of browsed.slice(MAX_BROWSED)) {
      await cache.delete(request);
      removed.push(request.url);
    }
  }
  if (removed.length) {
    await updateMeta((current) => {
      for (const href of removed) {
        delete current.revs[href];
        delete current.stale[href];
      }
    });
  }
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
    // Each page load also finishes updating stored pages after a new build, finishes a
    // save that was cut short, and drops expired browsed pages.
    event.waitUntil(
      refreshStale()
        .then(() => repairSaves())
        .then(() => expireBrowsed())
        .catch(() => undefined),
    );
  } else if (data.type === 'office-status' && typeof data.office === 'string') {
    event.waitUntil(
      readMeta().then((meta) =>
        reply({ type: 'status', version: CONFIG.version, saved: meta.savedOffices[data.office] ?? null, pending: data.office in meta.pending }),
      ),
    );
  } else if (data.type === 'save-office' && typeof data.office === 'string') {
    const office = data.office;
    event.waitUntil(
      (async () => {
        try {
          const { keys: _keys, ...saved } = await saveOffice(office, (done, total) => reply({ type: 'progress', done, total }));
          reply({ type: 'saved', ...saved });
        } catch (error) {
          reply({ type: 'error', message: String(error), ...(isQuotaError(error) ? { reason: 'quota' } : {}) });
        }
      })(),
    );
  } else if (data.type === 'version') {
    reply({ type: 'version', version: CONFIG.version });
  }
});

/**
 * The page side of offline support: register the worker, remember the page being
 * read, talk to the worker (save an office, ask what is saved). Runs in the browser.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Service workers need a secure origin; 127.0.0.1 and localhost count as one (tests, local preview). */
export function offlineSupported(): boolean {
  return 'serviceWorker' in navigator && 'caches' in window && window.isSecureContext;
}

export function registerOffline(): void {
  if (!offlineSupported()) return;
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
    // No worker (e.g. `astro dev`): the portal works as a plain website.
  });
  // A page opened before the worker controlled it (first visit, hard reload) is stored now.
  // Its scripts, fonts and search files are listed too: the browser already has them, so keeping them costs no download.
  void navigator.serviceWorker.ready.then((registration) => ask(registration.active, { type: 'cache-page', url: location.href, resources: loadedResources() }));
}

/** Same-site files this page has loaded so far (scripts, fonts, search index chunks). */
function loadedResources(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.startsWith(`${location.origin}${base}`) && !name.endsWith('/sw.js'));
}

export function showOfflineNotice(): void {
  const notice = document.querySelector<HTMLElement>('[data-offline-notice]');
  // The offline page is the worker's answer for a page that is NOT saved: it must not say "a saved copy".
  if (!notice || document.body.dataset['pageKind'] === 'offline') return;
  const update = () => {
    notice.hidden = navigator.onLine;
  };
  update();
  addEventListener('online', update);
  addEventListener('offline', update);
}

/** What the worker stored for an office. */
export interface Saved {
  savedAt: string;
  files: number;
  bytes: number;
  /** Whether the search index came too (not on a national portal whose word index is too big for 2G). */
  search: boolean;
}

export type WorkerReply =
  | { type: 'status'; version: string; saved: Saved | null; pending?: boolean }
  | { type: 'progress'; done: number; total: number }
  | ({ type: 'saved' } & Saved)
  | { type: 'cached' }
  /** reason 'quota': the device's storage for this site is full (what was saved before is kept). */
  | { type: 'error'; message: string; reason?: 'quota' };

/** Send a message to the worker; `onReply` gets every answer on a private channel. */
export function ask(worker: ServiceWorker | null | undefined, message: Record<string, unknown>, onReply: (reply: WorkerReply) => void = () => {}): void {
  if (!worker) return;
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<WorkerReply>) => onReply(event.data);
  worker.postMessage(message, [channel.port2]);
}

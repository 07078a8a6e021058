/**
 * The search page in the browser: reads `?q=&office=&kind=&fy=`, loads
 * Pagefind's core API (not its default UI) on first use, searches as the
 * citizen types and renders results as links inside `[data-search-results]`.
 */
import { toBengaliDigits } from '../domain/bengali-digits.ts';
import { PAGEFIND_OPTIONS, loadShown, searchPortal, type PagefindApi, type SearchFilters } from './client.ts';

/** Results shown; Pagefind loads one fragment per shown result, so this bounds the transfer. */
export const SHOWN_RESULTS = 10;
const DEBOUNCE_MS = 60;
const FILTER_KEYS = ['office', 'kind', 'fy'] as const;

/** A scope with more offices than the page may open at once: the citizen is asked to choose an area. */
class ScopeTooLarge extends Error {}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  const form = root?.querySelector<HTMLFormElement>('[data-search-form]');
  const list = root?.querySelector<HTMLOListElement>('[data-search-results]');
  const status = root?.querySelector<HTMLElement>('[data-search-status]');
  const scope = root?.querySelector<HTMLElement>('[data-search-scope]');
  if (!root || !form || !list || !status || !scope) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input) return;
  const str = (key: string) => root.dataset[key] ?? '';
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);

  form.hidden = false;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const key of FILTER_KEYS) {
    const box = select(key);
    const value = params.get(key) ?? '';
    if (box && value) {
      // A value the build does not know (an old link) is added so the filter still shows what is applied.
      if (![...box.options].some((o) => o.value === value)) box.add(new Option(value, value));
      box.value = value;
    }
  }

  // Each office has its own search bundle (src/pipeline/office-search.ts); a scope opens the
  // bundles of its offices with mergeIndex, and a new scope starts a new Pagefind instance.
  const bundleUrl = (id: string) => `${str('bundles')}${encodeURIComponent(id)}/pagefind/`;
  const scopeOffices = async (office: string): Promise<string[]> => {
    try {
      const response = await fetch(`${str('scopes')}${encodeURIComponent(office || '_country')}.json`);
      if (response.ok) return ((await response.json()) as { offices: string[] }).offices;
    } catch (error) {
      // Offline: a saved office still searches its own bundle; the country needs a connection.
      if (!office) throw error;
    }
    return office ? [office] : [];
  };
  let loaded: { scope: string; api: Promise<PagefindApi> } | undefined;
  const loadPagefind = (office: string) => {
    if (loaded?.scope === office) return loaded.api;
    const previous = loaded?.api;
    const api = (async () => {
      const module = (await import(/* @vite-ignore */ root.dataset['pagefind'] ?? '/pagefind/pagefind.js')) as PagefindApi;
      if (previous) {
        await previous.catch(() => null);
        await module.destroy?.();
      }
      const offices = await scopeOffices(office);
      if (offices.length === 0) throw new ScopeTooLarge();
      // Pages are indexed by their path from the site's root; without baseUrl Pagefind would prefix the bundle's folder.
      const baseUrl = str('base') || '/';
      await module.options({ ...PAGEFIND_OPTIONS, basePath: bundleUrl(offices[0] ?? ''), baseUrl });
      for (const id of offices.slice(1)) await module.mergeIndex?.(bundleUrl(id), { baseUrl });
      return module;
    })();
    loaded = { scope: office, api };
    return api;
  };

  const currentFilters = (): SearchFilters => ({
    office: select('office')?.value || undefined,
    kind: select('kind')?.value || undefined,
    fy: select('fy')?.value || undefined,
  });

  const syncUrl = () => {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    const filters = currentFilters();
    for (const key of FILTER_KEYS) if (filters[key]) next.set(key, filters[key] ?? '');
    const query = next.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  };

  const showScope = () => {
    const office = select('office');
    const chosen = office?.selectedOptions[0];
    if (!office?.value || !chosen) {
      scope.hidden = true;
      return;
    }
    scope.hidden = false;
    const name = scope.querySelector('[data-search-scope-name]');
    if (name) name.textContent = chosen.textContent?.trim() ?? office.value;
    const widen = scope.querySelector<HTMLAnchorElement>('[data-search-widen]');
    if (widen) {
      const wide = new URLSearchParams(location.search);
      wide.delete('office');
      widen.href = `${location.pathname}${wide.toString() ? `?${wide.toString()}` : ''}`;
    }
  };

  let generation = 0;
  const run = async () => {
    const mine = ++generation;
    syncUrl();
    showScope();
    const query = input.value.trim();
    if (!query) {
      list.replaceChildren();
      status.textContent = str('strEmpty');
      delete root.dataset['searchState'];
      return;
    }
    status.textContent = str('strLoading');
    root.dataset['searchState'] = 'loading';
    try {
      const api = await loadPagefind(currentFilters().office ?? '');
      const outcome = await searchPortal(api, query, currentFilters(), SHOWN_RESULTS);
      const { shown, dropped } = await loadShown(outcome.results, SHOWN_RESULTS);
      if (mine !== generation) return;
      list.replaceChildren(
        ...shown.map((data) => {
          const item = el('li', 'search-result');
          const link = el('a', 'search-result-title', data.meta['title'] ?? data.url);
          link.href = data.url;
          const meta = el('p', 'search-result-meta');
          const parts = [data.meta['office'], data.meta['kind'], data.meta['date']].filter((p): p is string => !!p);
          parts.forEach((part, i) => {
            if (i > 0) meta.append(' · ');
            meta.append(el(i === 2 || (parts.length === 2 && i === 1 && data.meta['date'] === part) ? 'time' : 'span', undefined, part));
          });
          const excerpt = el('p', 'search-result-excerpt');
          // Pagefind's excerpt is our own built text, HTML-escaped, with <mark> around matches.
          excerpt.innerHTML = data.excerpt;
          item.append(link, meta, excerpt);
          return item;
        }),
      );
      const total = shown.length < SHOWN_RESULTS ? shown.length : outcome.results.length - dropped;
      status.textContent =
        total === 0 ? str('strNone') : `${toBengaliDigits(total)} ${str('strCount')}${outcome.usedSpellingFallback ? ` — ${str('strSpelling')}` : ''}`;
      root.dataset['searchState'] = 'done';
    } catch (error) {
      if (mine !== generation) return;
      console.error(error);
      // Offline, a search beyond the saved offices needs index files this device does not have.
      status.textContent = error instanceof ScopeTooLarge ? str('strTooLarge') : navigator.onLine ? str('strError') : str('strOffline');
      root.dataset['searchState'] = 'error';
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  // Warm Pagefind as soon as the citizen shows intent, so the first results come faster.
  input.addEventListener('focus', () => void loadPagefind(currentFilters().office ?? '').catch(() => null), { once: true });
  form.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  void run();
}

/**
 * The search page in the browser: reads `?q=&office=&kind=&fy=`, loads
 * Pagefind's core API (not its default UI) on first use, searches as the
 * citizen types and renders results as links inside `[data-search-results]`.
 */
import { formatBengaliNumber, formatGregorianDateBn, toBengaliDigits } from '../domain/bengali-digits.ts';
import type { CatalogueAnswer, CatalogueScope } from './catalogue/query.ts';
import {
  PAGEFIND_OPTIONS,
  bestPart,
  loadShown,
  searchPortal,
  serviceMatches,
  type PagefindApi,
  type PagefindResultData,
  type SearchFilters,
} from './client.ts';
import { queryWords } from './query.ts';
import { stemWord } from './stem.ts';
import { isDetailWord } from './words.ts';

/** Results shown; Pagefind loads one fragment per shown result, so this bounds the transfer. */
export const SHOWN_RESULTS = 10;
const DEBOUNCE_MS = 60;
const FILTER_KEYS = ['office', 'kind', 'fy'] as const;

/** What the national build says about a scope (`search/scopes/<id>.json`, src/pipeline/national-build.ts). */
interface ScopeFile {
  name?: string;
  /** Pagefind bundles to open; empty when the scope is searched in the catalogue instead. */
  offices: string[];
  count: number;
  part?: string;
  /** Offices right under it: [id, name, has offices under it]. */
  children?: Array<[string, string, number]>;
  /** The office right above it: [id, name]. */
  parent?: [string, string];
}

/**
 * The catalogue's query code, a chunk of its own: a scope searched in full text (an office, a
 * small area, the sample's country) never downloads it, and its first query stays in budget.
 */
let catalogueCode: Promise<typeof import('./catalogue/query.ts')> | undefined;
const loadCatalogueCode = () =>
  (catalogueCode ??= import('./catalogue/query.ts').catch((error: unknown) => {
    catalogueCode = undefined;
    throw error;
  }));

/** Other services a result shows under the best one (each a link to it in the same charter). */
const MORE_SERVICES = 3;

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
  const suggest = root?.querySelector<HTMLElement>('[data-search-suggest]');
  if (!root || !form || !list || !status || !scope || !suggest) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input) return;
  const str = (key: string) => root.dataset[key] ?? '';
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);

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

  // Each office has its own search bundle (src/pipeline/office-search.ts). A scope small enough
  // opens the bundles of its offices with mergeIndex (a new scope starts a new Pagefind instance);
  // a larger one searches the national catalogue of services and offices (src/search/catalogue.ts).
  const bundleUrl = (id: string) => `${str('bundles')}${encodeURIComponent(id)}/pagefind/`;
  const scopeFiles = new Map<string, Promise<ScopeFile | undefined>>();
  const readScope = (office: string): Promise<ScopeFile | undefined> => {
    let file = scopeFiles.get(office);
    if (!file) {
      file = (async () => {
        try {
          const response = await fetch(`${str('scopes')}${encodeURIComponent(office || '_country')}.json`);
          if (response.ok) return (await response.json()) as ScopeFile;
        } catch (error) {
          scopeFiles.delete(office);
          // Offline: a saved office still searches its own bundle; the country needs a connection.
          if (!office) throw error;
        }
        // Offline, or an office the national build has not listed yet: it is its own bundle.
        return office ? { offices: [office], count: 1 } : undefined;
      })();
      scopeFiles.set(office, file);
    }
    return file;
  };
  // Catalogue files are read once per visit: the next query (the citizen typing on) reuses them.
  const catalogueCache = new Map<string, Promise<unknown>>();
  const catalogueFile = (file: string): Promise<unknown> => {
    let read = catalogueCache.get(file);
    if (!read) {
      read = fetch(`${str('catalogue')}${file.split('/').map(encodeURIComponent).join('/')}`).then((r) => (r.ok ? r.json() : undefined));
      read.catch(() => catalogueCache.delete(file));
      catalogueCache.set(file, read);
    }
    return read;
  };
  let loaded: { scope: string; api: Promise<PagefindApi> } | undefined;
  const loadPagefind = (office: string, offices: readonly string[]) => {
    if (loaded?.scope === office) return loaded.api;
    const previous = loaded?.api;
    const api = (async () => {
      const module = (await import(/* @vite-ignore */ root.dataset['pagefind'] ?? '/pagefind/pagefind.js')) as PagefindApi;
      if (previous) {
        await previous.catch(() => null);
        await module.destroy?.();
      }
      // Pages are indexed by their path from the site's root; without baseUrl Pagefind would prefix the bundle's folder.
      const baseUrl = str('base') || '/';
      await module.options({ ...PAGEFIND_OPTIONS, basePath: bundleUrl(offices[0] ?? ''), baseUrl });
      for (const id of offices.slice(1)) await module.mergeIndex?.(bundleUrl(id), { baseUrl });
      return module;
    })();
    loaded = { scope: office, api };
    return api;
  };
  /** Warms what the scope will need: its scope file, then Pagefind when it searches bundles, or the catalogue's code and areas. */
  const warm = async (office: string) => {
    const scopeFile = await readScope(office);
    if (scopeFile?.offices.length) await loadPagefind(office, scopeFile.offices);
    else await Promise.all([catalogueFile('areas.json'), loadCatalogueCode()]);
  };

  // Choosing a place one level at a time: each choice adds a list of the offices right under it,
  // read from its scope file, so no list holds the whole country.
  const picker = form.querySelector<HTMLElement>('[data-office-picker]');
  const chosenOffice = (): string => {
    let current = select('office')?.value ?? '';
    for (const sub of picker?.querySelectorAll<HTMLSelectElement>('select[data-parent]') ?? []) {
      if (sub.dataset['parent'] !== current || !sub.value) break;
      current = sub.value;
    }
    return current;
  };
  const chosenLabel = (): string => {
    const office = chosenOffice();
    const all = [select('office'), ...(picker?.querySelectorAll<HTMLSelectElement>('select[data-parent]') ?? [])];
    for (const box of all) for (const option of box?.options ?? []) if (option.value === office) return option.textContent?.trim() ?? office;
    return office;
  };
  const growPicker = async (from: HTMLSelectElement) => {
    if (!picker) return;
    // Lists after the one changed belonged to the old choice.
    const subs = [...picker.querySelectorAll<HTMLSelectElement>('select[data-parent]')];
    const at = subs.indexOf(from);
    for (const old of subs.slice(at + 1)) old.closest('label')?.remove();
    const office = from.value;
    if (!office) return;
    const children = (await readScope(office).catch(() => undefined))?.children ?? [];
    if (!children.length || from.value !== office) return;
    const label = el('label');
    const sub = el('select');
    sub.dataset['parent'] = office;
    sub.add(new Option(str('strAll'), ''));
    for (const [id, name] of children) sub.add(new Option(name, id));
    label.append(el('span', undefined, `${from.selectedOptions[0]?.textContent?.trim() ?? ''} ${str('strWithin')}`), sub);
    picker.append(label);
  };

  const currentFilters = (): SearchFilters => ({
    office: chosenOffice() || undefined,
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
    const office = chosenOffice();
    if (!office) {
      scope.hidden = true;
      return;
    }
    scope.hidden = false;
    const name = scope.querySelector('[data-search-scope-name]');
    if (name) name.textContent = chosenLabel();
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
      hideSuggestions();
      status.textContent = str('strEmpty');
      delete root.dataset['searchState'];
      return;
    }
    status.textContent = str('strLoading');
    root.dataset['searchState'] = 'loading';
    try {
      const office = currentFilters().office ?? '';
      // A country too large to merge its bundles (the page knows) is searched in the catalogue: its
      // code and areas.json (which lists the term shards) are read beside the scope file, not after it.
      if (!office && root.dataset['countryCatalogue'] !== undefined) {
        void catalogueFile('areas.json').catch(() => undefined);
        void loadCatalogueCode().catch(() => undefined);
      }
      const scopeFile = await readScope(office);
      if (!scopeFile) throw new Error(`no search scope file for the country`);
      const note = root.querySelector<HTMLElement>('[data-search-catalogue-note]');
      if (note) note.hidden = scopeFile.offices.length > 0;
      const catalogueScope: CatalogueScope = { office: office || undefined, part: scopeFile.part };
      if (scopeFile.offices.length === 0) {
        const { searchCatalogue } = await loadCatalogueCode();
        const answer = await searchCatalogue(query, catalogueScope, catalogueFile, str('base') || '/');
        if (mine !== generation) return;
        showCatalogue(answer, office);
        // The catalogue knows services by name: "ফি" alone cannot be answered here, and the page says how to ask.
        const words = queryWords(query);
        if (answer.offices.length + answer.services.length === 0 && words.length > 0 && words.every((w) => isDetailWord(w, stemWord(w))))
          status.textContent = str('strDetailOnly');
        if (answer.offices.length + answer.services.length === 0) await offerNear(query, catalogueScope, scopeFile, mine);
        else hideSuggestions();
        root.dataset['searchState'] = 'done';
        return;
      }
      const api = await loadPagefind(office, scopeFile.offices);
      const outcome = await searchPortal(api, query, currentFilters(), SHOWN_RESULTS);
      const { shown, dropped } = await loadShown(outcome.results, SHOWN_RESULTS);
      if (mine !== generation) return;
      list.replaceChildren(...shown.map(resultItem));
      const total = shown.length < SHOWN_RESULTS ? shown.length : outcome.results.length - dropped;
      status.textContent =
        total === 0 ? str('strNone') : `${toBengaliDigits(total)}${str('strCount')}${outcome.usedSpellingFallback ? ` — ${str('strSpelling')}` : ''}`;
      if (total === 0) await offerNear(query, catalogueScope, scopeFile, mine);
      else hideSuggestions();
      root.dataset['searchState'] = 'done';
    } catch (error) {
      if (mine !== generation) return;
      console.error(error);
      // Offline, a search beyond the saved offices needs index files this device does not have.
      status.textContent = navigator.onLine ? str('strError') : str('strOffline');
      root.dataset['searchState'] = 'error';
    }
  };

  /**
   * One Pagefind result: a page, or the service on a charter page the query matched (linking to
   * the service's anchor, with the charter's other matching services under it).
   */
  const resultItem = (data: PagefindResultData): HTMLLIElement => {
    const item = el('li', 'search-result');
    const [service, ...others] = serviceMatches(data);
    const link = el('a', 'search-result-title', service?.name ?? data.meta['title'] ?? data.url);
    link.href = service?.url ?? bestPart(data) ?? data.url;
    const meta = el('p', 'search-result-meta');
    const parts = [data.meta['office'], data.meta['kind'], data.meta['date']].filter((p): p is string => !!p);
    parts.forEach((part, i) => {
      if (i > 0) meta.append(' · ');
      meta.append(el(i === 2 || (parts.length === 2 && i === 1 && data.meta['date'] === part) ? 'time' : 'span', undefined, part));
    });
    const excerpt = el('p', 'search-result-excerpt');
    // Pagefind's excerpt is our own built text, HTML-escaped, with <mark> around matches.
    excerpt.innerHTML = service?.excerpt ?? data.excerpt;
    item.append(link, meta, excerpt);
    if (others.length > 0) {
      const more = el('p', 'search-result-more', `${str('strMoreServices')} `);
      others.slice(0, MORE_SERVICES).forEach((other, i) => {
        if (i > 0) more.append(' · ');
        const a = el('a', undefined, other.name);
        a.href = other.url;
        more.append(a);
      });
      item.append(more);
    }
    return item;
  };

  const searchLink = (q: string, within: string | undefined, keepFilters = false) => {
    const next = new URLSearchParams({ q });
    if (within) next.set('office', within);
    if (keepFilters) for (const key of ['kind', 'fy'] as const) if (currentFilters()[key]) next.set(key, currentFilters()[key] ?? '');
    return `${location.pathname}?${next.toString()}`;
  };

  const hideSuggestions = () => {
    suggest.hidden = true;
    suggest.replaceChildren();
  };

  /**
   * Nothing found: the services whose names are nearest to what was typed, from what the
   * scope's catalogue files hold (its offices' services), and a wider scope to search.
   */
  const offerNear = async (query: string, where: CatalogueScope, scopeFile: ScopeFile, mine: number) => {
    const near = await loadCatalogueCode()
      .then(({ nearestServices }) => nearestServices(query, where, catalogueFile))
      .catch(() => []);
    if (mine !== generation) return;
    // The typed words about a service's details (fee, time) go with the suggested name.
    const details = queryWords(query).filter((w) => isDetailWord(w, stemWord(w)));
    const blocks: HTMLElement[] = [];
    if (near.length > 0) {
      const p = el('p', 'search-suggest-services', `${str('strNearServices')} `);
      near.forEach((service, i) => {
        if (i > 0) p.append(' · ');
        const a = el('a', undefined, service.name);
        a.href = searchLink([service.name, ...details].join(' '), where.office, true);
        p.append(a);
      });
      blocks.push(p);
    }
    const wider: HTMLAnchorElement[] = [];
    const filtered = currentFilters().kind || currentFilters().fy;
    if (filtered) {
      const a = el('a', undefined, str('strWithoutFilters'));
      a.href = searchLink(query, where.office);
      wider.push(a);
    }
    // A wider scope drops the filters too: it is the next place to look, not the same search elsewhere.
    if (scopeFile.parent) {
      const a = el('a', undefined, scopeFile.parent[1]);
      a.href = searchLink(query, scopeFile.parent[0]);
      wider.push(a);
    }
    if (where.office) {
      const a = el('a', undefined, str('strWholeCountry'));
      a.href = searchLink(query, undefined);
      wider.push(a);
    }
    if (wider.length > 0) {
      const p = el('p', 'search-suggest-wider', `${str('strWider')} `);
      wider.forEach((a, i) => {
        if (i > 0) p.append(' · ');
        p.append(a);
      });
      blocks.push(p);
    }
    suggest.replaceChildren(...blocks);
    suggest.hidden = blocks.length === 0;
  };

  /** Catalogue answers: offices (with the service that matched), then services with where to narrow. */
  const showCatalogue = (answer: CatalogueAnswer, office: string) => {
    const items: HTMLLIElement[] = [];
    for (const hit of answer.offices) {
      const item = el('li', 'search-result search-result-office');
      const link = el('a', 'search-result-title', hit.name);
      link.href = hit.url;
      const meta = el('p', 'search-result-meta');
      const parts = [
        hit.service ? `${str('strService')}: ${hit.service}${hit.deviates ? ` (${str('strDeviates')})` : ''}` : str('strOfficeKind'),
        ...hit.above.slice(0, 1),
      ];
      parts.forEach((part, i) => {
        if (i > 0) meta.append(' · ');
        meta.append(el('span', undefined, part));
      });
      item.append(link, meta);
      items.push(item);
    }
    for (const hit of answer.services) {
      const item = el('li', 'search-result search-result-service');
      const first = hit.areas[0];
      const link = el('a', 'search-result-title', hit.name);
      link.href = searchLink(hit.name, first?.id ?? office);
      const meta = el('p', 'search-result-meta');
      meta.append(el('span', undefined, str('strService')), ' · ', el('span', undefined, `${formatBengaliNumber(hit.count)}${str('strOffices')}`));
      const areas = el('p', 'search-result-areas', `${str('strChooseArea')} `);
      hit.areas.slice(0, 12).forEach((area, i) => {
        if (i > 0) areas.append(' · ');
        const a = el('a', undefined, `${area.name} (${formatBengaliNumber(area.count)})`);
        a.href = searchLink(hit.name, area.id);
        areas.append(a);
      });
      item.append(link, meta);
      // A standard service: the fee, time limit and legal basis every office offering it uses.
      const std = hit.standard;
      if (std) {
        const facts = el('p', 'search-result-standard');
        facts.dataset['standard'] = std.ref;
        facts.append(el('strong', undefined, str('strStandard')), ` · ${str('strFee')}: ${std.fee} · ${str('strTime')}: ${std.timeLimit}`);
        if (std.next?.fee || std.next?.timeLimit)
          facts.append(
            el(
              'span',
              'search-result-next',
              ` · ${str('strNew')} ${std.next.fee ? `${str('strFee')} ${std.next.fee}` : `${str('strTime')} ${std.next.timeLimit}`} ${formatGregorianDateBn(std.next.day)} ${str('strFrom')}`,
            ),
          );
        if (std.basis.length) facts.append(el('span', 'search-result-basis', ` · ${str('strBasis')}: ${std.basis.join('; ')}`));
        if (std.deviating > 0) facts.append(el('span', 'search-result-deviating', ` · ${formatBengaliNumber(std.deviating)}${str('strDeviating')}`));
        item.append(facts);
      }
      item.append(areas);
      items.push(item);
    }
    list.replaceChildren(...items);
    const total = answer.officeTotal + answer.services.length;
    status.textContent = total === 0 ? (answer.broad.length ? str('strBroad') : str('strNone')) : `${formatBengaliNumber(total)}${str('strCount')}`;
    if (total > 0 && answer.nearSpelling.length) status.textContent += ` — ${str('strSpelling')}`;
    if (total > 0 && answer.broad.length) status.textContent += ` — ${str('strBroad')}`;
  };

  // An office chosen by a link (an office page's search box, a narrowing link) may not be in the
  // first list: its name comes from its scope file.
  const chosenFirst = select('office');
  const unknown = chosenFirst?.selectedOptions[0];
  if (chosenFirst?.value && unknown && unknown.textContent === chosenFirst.value) {
    void readScope(chosenFirst.value)
      .then((found) => {
        if (found?.name) {
          unknown.textContent = found.name;
          showScope();
        }
      })
      .catch(() => undefined);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  // Warm Pagefind as soon as the citizen shows intent, so the first results come faster.
  input.addEventListener('focus', () => void warm(currentFilters().office ?? '').catch(() => null), { once: true });
  form.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLSelectElement && (target.name === 'office' || target.dataset['parent'] !== undefined)) void growPicker(target);
    void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  void run();
}

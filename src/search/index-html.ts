/**
 * Build step: the Pagefind search index, made correct for Bengali.
 *
 * Pagefind reads each built page that has `data-pagefind-body` (only the content:
 * header, breadcrumbs, footer and badges are outside it or ignored). Before it
 * does, we fold the page text the way queries are folded (src/search/fold.ts:
 * NFC, one nukta form, no zero-width characters) and add the page's filters
 * (office and its ancestors, document kind, fiscal year), result metadata
 * (office name, kind, date) and sort key as empty elements, so nothing extra
 * shows in excerpts. Pages on disk are not changed. Why this design, and what
 * we measured against custom records, is in docs/search.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import * as pagefind from 'pagefind';
import { formatGregorianDateBn, isIsoDate } from '../domain/bengali-digits.ts';
import { fiscalYearOf } from '../domain/fiscal-year.ts';
import { serviceAnchors } from '../domain/service-anchor.ts';
import { t, type StringKey } from '../i18n/strings.ts';
import { PAGEFIND_INCLUDE_CHARACTERS, foldForIndex } from './fold.ts';

export interface OfficeInfo {
  id: string;
  nameBn: string;
  nameEn: string;
  parent: string | undefined;
}

export interface PageInfo {
  /** Site-relative URL, e.g. /offices/lgd/ */
  url: string;
  kind: string;
  officeId: string | undefined;
  date: string | undefined;
}

/** Offices by id, read straight from `office.yaml` (the build validated them already). */
export function readOffices(contentRoot: string): Map<string, OfficeInfo> {
  const offices = new Map<string, OfficeInfo>();
  const dir = path.join(contentRoot, 'offices');
  if (!fs.existsSync(dir)) return offices;
  for (const id of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, id, 'office.yaml');
    if (!fs.existsSync(file)) continue;
    const data = (parseYaml(fs.readFileSync(file, 'utf8')) ?? {}) as { name?: { bn?: string; en?: string }; parent?: string };
    offices.set(id, { id, nameBn: data.name?.bn ?? id, nameEn: data.name?.en ?? '', parent: data.parent });
  }
  return offices;
}

/** The office and every office above it, nearest first (a parent's search includes its children's pages). */
export function officeLineage(officeId: string, offices: ReadonlyMap<string, OfficeInfo>): string[] {
  const chain: string[] = [];
  let current: string | undefined = officeId;
  while (current !== undefined && !chain.includes(current)) {
    chain.push(current);
    current = offices.get(current)?.parent;
  }
  return chain;
}

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Reads the page facts the layouts put on `<body>` and the document `<article>`. */
export function pageInfoOf(html: string, url: string): PageInfo {
  const body = /<body\b([^>]*)>/i.exec(html)?.[1] ?? '';
  const kind = /\bdata-page-kind="([^"]*)"/.exec(body)?.[1] ?? 'page';
  const officeId = /\bdata-office="([^"]*)"/.exec(body)?.[1] || undefined;
  const date = /\bdata-document-date="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
  return { url, kind, officeId, date };
}

const KIND_LABEL: Record<string, StringKey> = {
  office: 'search.kind.office',
  charter: 'doc.kind.charter',
  minutes: 'doc.kind.minutes',
  order: 'doc.kind.order',
};

/** Filters, metadata and sort key of a page, as Pagefind will store them. */
export function searchFacts(page: PageInfo, offices: ReadonlyMap<string, OfficeInfo>) {
  const filters: Record<string, string[]> = { kind: [page.kind] };
  const meta: Record<string, string> = {};
  const labelKey = KIND_LABEL[page.kind];
  if (labelKey) meta['kind'] = t(labelKey);
  if (page.officeId) {
    filters['office'] = officeLineage(page.officeId, offices);
    meta['office'] = offices.get(page.officeId)?.nameBn ?? page.officeId;
    meta['officeId'] = page.officeId;
  }
  const sort: Record<string, string> = {};
  if (page.date && isIsoDate(page.date)) {
    filters['fy'] = [fiscalYearOf(page.date)];
    meta['date'] = formatGregorianDateBn(page.date);
    sort['date'] = page.date;
  }
  return { filters, meta, sort };
}

// The site is built with compressed HTML, so "<dt>সময়</dt><dd>সকাল" has no space between the
// cells and Pagefind would index one word "সময়সকাল". A space after each block's end keeps words apart.
const BLOCK_END = /<\/(dt|dd|td|th|li|p|h[1-6]|div|section|header|tr|caption|figcaption|blockquote)>(?=\S)/gi;
// Two elements that touch are two things too: an officer's "<strong>…হোসেন</strong><span>সহকারী…" was
// indexed and shown in excerpts as "হোসেনসহকারী". (Text right after a closing tag stays joined: "<b>সেবা</b>র".)
const ELEMENTS_TOUCH = /(<\/[a-z][a-z0-9]*>)(?=<[a-z])/gi;
// A block that starts right after text ("তথ্য<ul>") starts a new word as well.
const BLOCK_START = /(?<=[^\s>])(?=<(?:p|div|ul|ol|li|dl|dt|dd|table|tr|td|th|h[1-6]|section|br)\b)/gi;

/** Puts a space wherever the page shows two separate things with no space between them in its HTML. */
export function separateBlocks(html: string): string {
  return html.replace(BLOCK_END, '$& ').replace(ELEMENTS_TOUCH, '$1 ').replace(BLOCK_START, ' ');
}

/**
 * Column headers are labels, not content: in excerpts they read as a run of words
 * ("ক্র.নং সেবার নাম সেবা প্রদান পদ্ধতি…"), away from the values they name. The header row
 * leaves the index, and each cell that has a label (`data-label`, which a phone shows beside
 * the value when the table stacks) carries it as text, so an excerpt reads
 * "সময়সীমা: তাৎক্ষণিক" and a query for a column's name ("সেবার মূল্য") finds each service.
 * The serial and the name cells need no label.
 */
export function ignoreTableHeaders(html: string): string {
  return html
    .replace(/<thead\b(?![^>]*data-pagefind-ignore)/gi, '<thead data-pagefind-ignore')
    .replace(/<td\b[^>]*\bdata-label="([^"]*)"[^>]*>/gi, (cell: string, label: string) =>
      /\bclass="[^"]*\bcell-(number|name)\b/.test(cell) || !label.trim() ? cell : `${cell}<span>${label}:</span> `,
    );
}

const SERVICE_HEADING = /<h[1-6]\b[^>]*\bid="service-/i;
const SERVICE_NAME_CELL = /(<th\b[^>]*\bclass="[^"]*\bcell-name\b[^"]*"[^>]*>)([\s\S]*?)(<\/th>)/gi;

const decodeText = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

/**
 * Pagefind splits a page into sub-results at headings with an id, and search links a
 * service hit to `<charter>#<anchor>` from them (contract: each service's name on a charter
 * page is a heading carrying `serviceAnchors()`'s id). For a charter page that prints service
 * names in table cells without such headings, the indexed copy gets one heading per name, with
 * the same ids the page's own markup uses (src/domain/service-anchor.ts).
 */
export function serviceHeadings(html: string): string {
  if (SERVICE_HEADING.test(html)) return html;
  const names = [...html.matchAll(SERVICE_NAME_CELL)].map((m) => decodeText(m[2] ?? ''));
  if (names.length === 0) return html;
  const anchors = serviceAnchors(names);
  let at = 0;
  return html.replace(SERVICE_NAME_CELL, (_all, open: string, inner: string, close: string) => `${open}<h4 id="${anchors[at++] ?? ''}">${inner}</h4>${close}`);
}

/**
 * A page without its `<style>` elements and its scripts (those without Pagefind
 * attributes): Pagefind never indexes their text, so its bundle is byte for byte the
 * same (checked on every office of a 1,000-page site), and the indexer is sent about
 * 40% fewer bytes (the pages inline their CSS).
 */
export function withoutStylesAndScripts(html: string): string {
  return html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '').replace(/<script\b(?![^>]*data-pagefind)[^>]*>[\s\S]*?<\/script>/gi, '');
}

/**
 * The HTML Pagefind indexes for one page: folded text, plus empty elements that
 * carry the filters, metadata and sort key right inside the indexed body.
 */
export function prepareHtmlForIndex(html: string, page: PageInfo, offices: ReadonlyMap<string, OfficeInfo>): string {
  const { filters, meta, sort } = searchFacts(page, offices);
  const tags: string[] = [];
  for (const [key, values] of Object.entries(filters)) {
    for (const value of values) tags.push(`<span data-pagefind-filter="${key}[data-v]" data-v="${attr(value)}"></span>`);
  }
  for (const [key, value] of Object.entries(meta)) tags.push(`<span data-pagefind-meta="${key}[data-v]" data-v="${attr(value)}"></span>`);
  for (const [key, value] of Object.entries(sort)) tags.push(`<span data-pagefind-sort="${key}[data-v]" data-v="${attr(value)}"></span>`);
  const folded = serviceHeadings(ignoreTableHeaders(separateBlocks(foldForIndex(html))));
  const bodyTag = /<[a-z]+\b[^>]*\bdata-pagefind-body\b[^>]*>/i.exec(folded);
  if (!bodyTag) return folded;
  const at = bodyTag.index + bodyTag[0].length;
  return `${folded.slice(0, at)}${tags.join('')}${folded.slice(at)}`;
}

function htmlFiles(dir: string, root = dir): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path.relative(root, full) === 'pagefind') continue;
      out.push(...htmlFiles(full, root));
    } else if (entry.name.endsWith('.html')) {
      out.push(full);
    }
  }
  return out.sort();
}

/** Pagefind's bundled UIs: the portal's search page uses the small core API instead, so these are not published. */
const UNUSED_BUNDLES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

export interface IndexReport {
  pages: number;
  words: number;
  bytes: number;
}

/** Index every content page of a built site into `<siteDir>/pagefind/`. */
export async function indexSite(siteDir: string, contentRoot: string): Promise<IndexReport> {
  const offices = readOffices(contentRoot);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'bn', includeCharacters: PAGEFIND_INCLUDE_CHARACTERS });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  let words = 0;
  try {
    for (const file of htmlFiles(siteDir)) {
      const html = fs.readFileSync(file, 'utf8');
      if (!/\bdata-pagefind-body\b/.test(html)) continue;
      const rel = path.relative(siteDir, file).split(path.sep).join('/');
      const url = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
      const added = await index.addHTMLFile({ url, content: prepareHtmlForIndex(html, pageInfoOf(html, url), offices) });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${rel}: ${added.errors.join('; ')}`);
      pages++;
      words += added.file.uniqueWords;
    }
    if (pages === 0)
      throw new Error(`no page in ${siteDir} is marked data-pagefind-body, so search would find nothing; check src/layouts/DocumentLayout.astro`);
    const outputPath = path.join(siteDir, 'pagefind');
    fs.rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    for (const name of fs.readdirSync(outputPath)) if (UNUSED_BUNDLES.test(name)) fs.rmSync(path.join(outputPath, name));
    return { pages, words, bytes: dirBytes(outputPath) };
  } finally {
    await index.deleteIndex().catch(() => null);
    await pagefind.close();
  }
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

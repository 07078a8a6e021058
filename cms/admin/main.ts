/**
 * The admin page's own script, bundled by the build (cms/build-admin.ts) and
 * loaded after Decap's bundle: registers the Bengali interface, the file formats
 * that write files exactly as the content model wants them, and the previews
 * that render like the site; then generates the Decap config from the zod
 * schemas (cms/generate-config.ts, as `npm run cms:config` does) with this admin
 * entry's options (`options.json` next to the page: its office, the repository)
 * and starts Decap. `?lang=en` switches the interface and labels to English.
 */
import { charterSchema, minutesSchema } from '../../src/schemas/index.ts';
import type { CharterFile, Minutes } from '../../src/schemas/index.ts';
import { loadOfficePlace, loadStandards, previewCharter, registerStandardWidget, STANDARD_FORMAT, standardFormat } from '../standard-services.ts';
import { t } from '../../src/i18n/strings.ts';
import { frontmatterFormat, yamlFormat } from '../file-format.ts';
import { generateConfig, type GenerateOptions } from '../generate-config.ts';
import { bnLocale } from '../locale-bn.ts';
import { withOfficeLabels, type WorkflowBackend } from '../workflow-labels.ts';
import { charterView, dualDateHtml, esc, letterFooter, minutesView } from '../../src/components/document-html.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
declare global {
  interface Window {
    CMS: any;
    h: (...args: any[]) => any;
    createClass: (spec: any) => any;
  }
}

interface PreviewProps {
  entry: { getIn(path: string[]): any };
  widgetFor(name: string): unknown;
}

const CMS = window.CMS;
const h = window.h;

// Each admin tab names itself to the local server (npm run cms), which refuses a save over a file
// that changed after this tab loaded it (cms/save-guard.ts). Only requests to this site's own
// /api/v1 carry it; the GitHub backend never sees it.
const editorId = crypto.randomUUID?.() ?? String(Math.random()).slice(2);
const siteFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.origin !== location.origin || url.pathname !== '/api/v1') return siteFetch(input, init);
  const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
  headers.set('x-protishruti-editor', editorId);
  return siteFetch(input, { ...init, headers });
};

CMS.registerLocale('bn', bnLocale);

CMS.registerCustomFormat('protishruti-office', 'yaml', yamlFormat());
CMS.registerCustomFormat('protishruti-charter', 'mdx', frontmatterFormat('charter'));
CMS.registerCustomFormat('protishruti-minutes', 'mdx', frontmatterFormat('minutes'));
CMS.registerCustomFormat('protishruti-order', 'mdx', frontmatterFormat('order'));
CMS.registerCustomFormat(STANDARD_FORMAT, 'yaml', standardFormat());
registerStandardWidget(CMS, h, window.createClass);

// The site's stylesheet (global.css and the Bengali font), bundled next to this script.
const here = new URL('.', (document.currentScript as HTMLScriptElement | null)?.src ?? location.href);
CMS.registerPreviewStyle(new URL('preview.css', here).href);

/** The schema's reading of what the editor typed so far: defaults filled in, or the raw data while it is unfinished. */
function parsed<T>(schema: { safeParse(v: unknown): { success: boolean; data?: T; error?: { issues: { path: PropertyKey[] }[] } } }, data: unknown) {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data as T, missing: [] as string[] };
  const missing = [...new Set((result.error?.issues ?? []).map((i) => i.path.map(String).join('.')))];
  return { value: data as T, missing };
}

function notice(missing: string[]): string {
  if (missing.length === 0) return '';
  return `<p class="cms-preview-notice" role="status">এখনো অসম্পূর্ণ বা ভুল ঘর: <code>${missing.map(esc).join('</code>, <code>')}</code></p>`;
}

function documentHeader(kind: 'charter' | 'minutes' | 'order', title: string | undefined, date: string | undefined): string {
  return `<header class="doc-header"><p class="doc-kind">${esc(t(`doc.kind.${kind}`))}</p><h1>${esc(title)}</h1>${date ? `<p class="doc-date">${esc(t('doc.date'))}: ${dualDateHtml(date)}</p>` : ''}</header>`;
}

function CharterPreview({ entry, widgetFor }: PreviewProps) {
  const data = entry.getIn(['data'])?.toJS?.() ?? {};
  const { value, missing } = parsed<CharterFile>(charterSchema, data);
  const html = notice(missing) + documentHeader('charter', value.title, value.effectiveDate) + charterView(previewCharter(value));
  return h(
    'main',
    { lang: 'bn', className: 'wrap' },
    h(
      'article',
      { className: 'document document-charter' },
      h('div', { dangerouslySetInnerHTML: { __html: html } }),
      h('div', { className: 'doc-body' }, widgetFor('body')),
    ),
  );
}

function MinutesPreview({ entry, widgetFor }: PreviewProps) {
  const data = entry.getIn(['data'])?.toJS?.() ?? {};
  const { value, missing } = parsed<Minutes>(minutesSchema, data);
  const head = notice(missing) + documentHeader('minutes', value.title, value.date) + minutesView(value);
  return h(
    'main',
    { lang: 'bn', className: 'wrap' },
    h(
      'article',
      { className: 'document document-minutes' },
      h('div', { dangerouslySetInnerHTML: { __html: head } }),
      h('div', { className: 'doc-body' }, widgetFor('body')),
      h('div', { dangerouslySetInnerHTML: { __html: letterFooter(value) } }),
    ),
  );
}

interface Collection {
  name: string;
  format?: string;
}

/**
 * Every backend this admin may start (GitHub, or the local proxy Decap switches to under
 * `npm run cms`) writes and reads the office's own workflow label (cms/workflow-labels.ts).
 * Decap builds a backend through its registry entry's `init` (decap-cms-core/src/backend.ts,
 * resolveBackend), so wrapping `init` wraps whichever one Decap picks. Open authoring keeps
 * the status in the pull request's state, not in labels: left as it is.
 */
function useOfficeLabels(adminPrefix: string, openAuthoring: boolean): void {
  for (const name of openAuthoring ? ['proxy'] : ['github', 'proxy']) {
    const entry = CMS.getBackend(name) as { init: (...args: unknown[]) => WorkflowBackend } | undefined;
    if (!entry) continue;
    const init = entry.init;
    entry.init = (...args: unknown[]) => withOfficeLabels(init(...args), adminPrefix);
  }
}

async function start(): Promise<void> {
  const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'bn';
  const response = await fetch(new URL('options.json', location.href));
  if (!response.ok) throw new Error(`admin options not found (${response.status})`);
  const options = (await response.json()) as GenerateOptions;
  const config = generateConfig({ ...options, locale: lang }) as {
    collections: Collection[];
    local_backend?: Record<string, unknown>;
    backend: { cms_label_prefix: string; open_authoring?: boolean };
  };
  useOfficeLabels(config.backend.cms_label_prefix, config.backend.open_authoring === true);
  const siteRoot = new URL(options.officeId ? '../../' : '../', location.href);
  await loadStandards(siteRoot);
  if (options.officeId)
    await loadOfficePlace(
      siteRoot,
      options.officeId,
      options.offices.map((o) => o.id).filter((id) => id !== options.officeId),
    );
  for (const collection of config.collections) {
    if (collection.format === 'protishruti-charter') CMS.registerPreviewTemplate(collection.name, CharterPreview);
    if (collection.format === 'protishruti-minutes') CMS.registerPreviewTemplate(collection.name, MinutesPreview);
  }
  // Local editing (`npm run cms`): decap-server is reached through this same 127.0.0.1 origin, never another host.
  if (config.local_backend && ['127.0.0.1', 'localhost'].includes(location.hostname)) {
    config.local_backend = { ...config.local_backend, url: `${location.origin}/api/v1` };
  }
  document.documentElement.lang = lang;
  CMS.init({ config: { ...config, load_config_file: false } });
}

start().catch((error: unknown) => {
  document.body.insertAdjacentHTML('afterbegin', `<p role="alert" style="padding:1rem;background:#fde8e6">সিএমএস চালু করা যায়নি: ${esc(String(error))}</p>`);
});

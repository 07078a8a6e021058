/**
 * The admin page's own script, bundled by the build (cms/build-admin.ts) and
 * loaded after Decap's bundle: registers the Bengali interface, the file formats
 * that write files exactly as the content model wants them, the previews that
 * render like the site, and the build's own checks on every field (./fields.ts,
 * ./checks.ts: nothing the build refuses is ever saved); then generates the Decap
 * config from the zod schemas (cms/generate-config.ts, as `npm run cms:config`
 * does) with this admin entry's options (`options.json` next to the page: its
 * office, the repository) and starts Decap. `?lang=en` switches the interface
 * and labels to English.
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
import { checkEntry, configureChecks, lastSaveAttempt, noteSaveAttempt, resetAttempt } from './checks.ts';
import { enhanceChrome } from './chrome.ts';
import { CMS, createClass, h, useBackend, type Imm } from './decap.ts';
import { registerCheckedFields } from './fields.ts';
import { BengaliNumberControl, dateTimeControl, stringControl } from './inputs.ts';
import { fieldLabel, STATUS_WIDGET, StatusControl } from './status.ts';
import { configureVersions, forgetVersions } from './versions.ts';
import { watchAfterSave } from './after-save.ts';

interface PreviewProps {
  entry: Imm;
  fields: Imm;
  widgetFor(name: string): unknown;
}

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

// Bengali number and date inputs inside the checked fields (read Decap's own controls before wrapping them).
registerCheckedFields({ number: BengaliNumberControl, datetime: dateTimeControl(), string: stringControl() });
CMS.registerWidget(STATUS_WIDGET, StatusControl, () => null);

/**
 * The last word before anything is written: a save whose file the build would refuse is
 * refused here (Decap shows the error and writes nothing: decap-cms-core backend.ts calls
 * this before the backend's persistEntry). The fields refuse it first in the ordinary
 * case; this also holds for errors no field shows (the whole file, a rule of the admin).
 */
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: Imm }) => {
    const errors = checkEntry(entry)?.errors ?? [];
    if (!errors.length) return undefined;
    if (!lastSaveAttempt()?.refused.length) noteSaveAttempt(() => entry);
    throw new Error(errors.map((f) => `${f.problem} ${f.fix}`).join(' '));
  },
});
CMS.registerEventListener({
  name: 'postSave',
  handler: () => {
    resetAttempt();
    forgetVersions();
    return undefined;
  },
});

CMS.registerCustomFormat('protishruti-office', 'yaml', yamlFormat());
CMS.registerCustomFormat('protishruti-charter', 'mdx', frontmatterFormat('charter'));
CMS.registerCustomFormat('protishruti-minutes', 'mdx', frontmatterFormat('minutes'));
CMS.registerCustomFormat('protishruti-order', 'mdx', frontmatterFormat('order'));
CMS.registerCustomFormat(STANDARD_FORMAT, 'yaml', standardFormat());
registerStandardWidget(CMS, h, createClass);

// The site's stylesheet (global.css and the Bengali font), bundled next to this script.
const here = new URL('.', (document.currentScript as HTMLScriptElement | null)?.src ?? location.href);
CMS.registerPreviewStyle(new URL('preview.css', here).href);

/** The schema's reading of what the editor typed so far: defaults filled in, or the raw data while it is unfinished. */
function parsed<T>(schema: { safeParse(v: unknown): { success: boolean; data?: T } }, data: unknown): T {
  const result = schema.safeParse(data);
  return (result.success ? result.data : data) as T;
}

/** What the build would still refuse, named by the form's labels (the same checks as the form, ./checks.ts). */
function notice(entry: Imm, fields: Imm): string {
  const errors = checkEntry(entry)?.errors ?? [];
  if (errors.length === 0) return '';
  const labels = [...new Set(errors.map((f) => fieldLabel(fields, f.field)))];
  return `<p class="cms-preview-notice" role="status">এখনো অসম্পূর্ণ বা ভুল ঘর: ${labels.map((l) => `<strong>${esc(l)}</strong>`).join('; ')}</p>`;
}

function documentHeader(kind: 'charter' | 'minutes' | 'order', title: string | undefined, date: string | undefined): string {
  return `<header class="doc-header"><p class="doc-kind">${esc(t(`doc.kind.${kind}`))}</p><h1>${esc(title)}</h1>${date ? `<p class="doc-date">${esc(t('doc.date'))}: ${dualDateHtml(date)}</p>` : ''}</header>`;
}

function CharterPreview({ entry, fields, widgetFor }: PreviewProps) {
  const data = entry.getIn(['data'])?.toJS?.() ?? {};
  const value = parsed<CharterFile>(charterSchema, data);
  const html = notice(entry, fields) + documentHeader('charter', value.title, value.effectiveDate) + charterView(previewCharter(value));
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

function MinutesPreview({ entry, fields, widgetFor }: PreviewProps) {
  const data = entry.getIn(['data'])?.toJS?.() ?? {};
  const value = parsed<Minutes>(minutesSchema, data);
  const head = notice(entry, fields) + documentHeader('minutes', value.title, value.date) + minutesView(value);
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
  folder?: string;
  slug?: string;
  files?: { name: string; file: string }[];
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
    entry.init = (...args: unknown[]) => {
      const impl = withOfficeLabels(init(...args), adminPrefix);
      useBackend(impl);
      return impl;
    };
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
  configureChecks(
    config,
    options.offices.map((o) => o.id),
  );
  configureVersions(config.collections);
  enhanceChrome(options);
  watchAfterSave(config);
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

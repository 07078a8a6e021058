/**
 * After a save, the editor sees what happened to it, in the status panel (./status.ts):
 *
 * - local editing (`npm run cms`): the local server checks and builds the saved file's
 *   office (cms/office-checks.ts) and this asks it until the answer is final: published
 *   (with a link to the office's page), refused (each reason in Bengali with the form's
 *   name of its field), or checked and not built (--no-build);
 * - GitHub (editorial workflow): a saved draft is a pull request, whose check posts a
 *   commit status (`protishruti/check`, .github/workflows/pr.yml) linking to its Bengali
 *   report. Decap reads commit statuses for its "preview" button but shows only
 *   success as a link; the panel asks the same backend method (getDeployPreview) and
 *   shows every state, failure included, with the link to the report.
 */
import { ADMIN_WORDS } from './words.ts';
import { officeOfEntry } from '../../src/core/cms-workflow.ts';
import type { OfficeCheckReport } from '../office-checks.ts';
import { CMS, currentBackend, h, say, type ControlProps, type Imm } from './decap.ts';
import { addPanel, refreshStatus } from './status.ts';

const STATUS_URL = new URL('/api/protishruti/office-status', location.origin);
const FINAL = new Set(['published', 'refused', 'checked']);

/** The last save of this page per office (the entry saved: collection and slug, '' for a new one), and the server's answer about it. */
const saves = new Map<string, { at: number; collection: string; slug: string; report?: OfficeCheckReport }>();
let local = false;

async function follow(office: string, at: number): Promise<void> {
  const deadline = at + 10 * 60_000;
  while (Date.now() < deadline && saves.get(office)?.at === at) {
    try {
      const url = new URL(STATUS_URL);
      url.searchParams.set('office', office);
      const answer = await fetch(url, { cache: 'no-store' });
      if (answer.ok) {
        const report = (await answer.json()) as OfficeCheckReport;
        // The server stamps the save when it reached it: a report from before this save is an older one.
        const save = saves.get(office);
        if (save && report.savedAt >= at - 60_000) {
          saves.set(office, { ...save, report });
          refreshStatus();
          if (FINAL.has(report.state)) return;
        }
      }
    } catch {
      /* the server restarts: ask again */
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

function officeOf(entry: Imm): string {
  return officeOfEntry(String(entry.get('collection')), String(entry.get('slug') ?? '')) ?? '';
}

function localPanel(props: ControlProps): unknown {
  const entry = props.getEntry();
  const save = saves.get(officeOf(entry));
  // Shown on the entry that was saved (a new one has no slug until saved: the entry it became).
  if (!save || save.collection !== String(entry.get('collection')) || (save.slug !== '' && save.slug !== String(entry.get('slug')))) return null;
  const report = save.report;
  const state = report?.state ?? 'checking';
  const head: Record<string, string> = {
    checking: say('সংরক্ষিত। দপ্তরটি যাচাই করা হচ্ছে…', 'Saved. Checking the office…'),
    building: say('সংরক্ষিত ও যাচাই সফল। পোর্টালে প্রকাশ হচ্ছে… (এক মিনিট পর্যন্ত লাগতে পারে)', 'Saved and checked. Publishing on the portal… (up to a minute)'),
    published: say(`${ADMIN_WORDS.published}: পরিবর্তনটি এখন পোর্টালে আছে।`, 'Published: the change is on the portal now.'),
    refused: say(
      `সংরক্ষিত, কিন্তু ${ADMIN_WORDS.notPublished}: পোর্টালের যাচাই নিচের কারণে থেমে গেছে; আগের প্রকাশিত পাতা রয়ে গেছে।`,
      'Saved but not published: the portal’s check stopped on the reasons below; the last published pages stay.',
    ),
    checked: say(
      'সংরক্ষিত ও যাচাই সফল। এই সম্পাদনা সার্ভার --no-build দিয়ে চলছে, তাই পোর্টাল নতুন করে তৈরি হয়নি।',
      'Saved and checked. This editing server runs with --no-build, so the portal was not rebuilt.',
    ),
  };
  return h(
    'div',
    { key: 'after-save', className: `protishruti-after-save ${state}`, role: 'status', 'aria-live': 'polite' },
    h('p', null, h('strong', null, head[state] ?? state)),
    report?.reasons.length
      ? h(
          'ul',
          null,
          report.reasons.map((r, i) =>
            h('li', { key: i }, r.label ? h('strong', null, `${r.label}: `) : null, `${r.problem} ${r.fix}`, r.file ? ` (${r.file})` : ''),
          ),
        )
      : null,
    report?.page
      ? h(
          'a',
          { className: 'protishruti-button protishruti-button-secondary', href: report.page, target: '_blank', rel: 'noopener' },
          say(ADMIN_WORDS.seeOnPortal, 'See the page on the portal'),
        )
      : null,
  );
}

interface CheckStatus {
  url?: string;
  status: string;
}
const pullRequestChecks = new Map<string, CheckStatus | null | 'asking'>();

async function askCheck(collection: string, slug: string): Promise<void> {
  const key = `${collection}/${slug}`;
  pullRequestChecks.set(key, 'asking');
  try {
    const backend = currentBackend<{ getDeployPreview?(c: string, s: string): Promise<CheckStatus | null> }>();
    pullRequestChecks.set(key, (await backend?.getDeployPreview?.(collection, slug)) ?? null);
  } catch {
    pullRequestChecks.set(key, null);
  }
  refreshStatus();
}

function pullRequestPanel(props: ControlProps): unknown {
  const entry = props.getEntry();
  if (!entry.get('status') && !entry.get('isModification')) return null;
  const collection = String(entry.get('collection'));
  const slug = String(entry.get('slug'));
  const key = `${collection}/${slug}`;
  const check = pullRequestChecks.get(key);
  if (check === undefined) void askCheck(collection, slug);
  if (!check || check === 'asking') return null;
  const state = check.status.toLowerCase();
  const words: Record<string, string> = {
    success: say('পোর্টালের যাচাই (pull request): সফল — পর্যালোচক অনুমোদন করলে প্রকাশ করা যাবে।', 'Portal check (pull request): passed.'),
    failure: say(
      'পোর্টালের যাচাই (pull request): ব্যর্থ — প্রতিবেদনে কারণ দেখে ঠিক করুন; না হলে প্রকাশ হবে না।',
      'Portal check (pull request): failed; see the report.',
    ),
    error: say('পোর্টালের যাচাই (pull request): চালানো যায়নি — রক্ষণাবেক্ষণকারীকে জানান।', 'Portal check (pull request): could not run.'),
    pending: say('পোর্টালের যাচাই (pull request): চলছে…', 'Portal check (pull request): running…'),
  };
  return h(
    'div',
    { key: 'pr-check', className: `protishruti-after-save ${state === 'success' ? 'published' : state === 'pending' ? '' : 'refused'}`, role: 'status' },
    h('p', null, h('strong', null, words[state] ?? state)),
    check.url
      ? h(
          'a',
          { className: 'protishruti-button protishruti-button-secondary', href: check.url, target: '_blank', rel: 'noopener' },
          say(ADMIN_WORDS.checkReport, 'The check’s report (Bengali)'),
        )
      : null,
    h(
      'button',
      { type: 'button', className: 'protishruti-button protishruti-button-secondary', onClick: () => void askCheck(collection, slug) },
      say('আবার দেখুন', 'Refresh'),
    ),
  );
}

export function watchAfterSave(config: { local_backend?: unknown }): void {
  local = Boolean(config.local_backend) && ['127.0.0.1', 'localhost'].includes(location.hostname);
  CMS.registerEventListener({
    name: 'postSave',
    handler: ({ entry }: { entry: Imm }) => {
      if (local) {
        const office = officeOf(entry);
        const at = Date.now();
        saves.set(office, { at, collection: String(entry.get('collection')), slug: entry.get('newRecord') ? '' : String(entry.get('slug') ?? '') });
        refreshStatus();
        void follow(office, at);
      } else {
        pullRequestChecks.delete(`${String(entry.get('collection'))}/${String(entry.get('slug'))}`);
      }
      return undefined;
    },
  });
  addPanel((props) => (local ? localPanel(props) : pullRequestPanel(props)));
}

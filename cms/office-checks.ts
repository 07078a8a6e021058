/**
 * After a save through `npm run cms`: what the office's check and build made of it, for
 * the editor to read in the admin (cms/admin/after-save.ts asks the local server for it).
 *
 * A save names its office (the file's folder). That office is checked as the build
 * checks it (validateTree over the office, the freshness gate for the office), then,
 * unless the server runs with --no-build, built and published into the served site
 * (`build:office`, given by the caller). The report says, in Bengali: published, or
 * refused with each reason and the form's name of its field; with --no-build, checked
 * and not built. One office at a time; a save that comes in while its office is being
 * built is taken up when that build ends.
 */
import path from 'node:path';
import { loadContentTree } from '../src/content-model/load.ts';
import { readOfficeDirectory } from '../src/content-model/office-directory.ts';
import { officeOfContentPath } from '../src/content-model/paths.ts';
import { toBengaliDigits } from '../src/domain/bengali-digits.ts';
import { t } from '../src/i18n/strings.ts';
import { checkFreshness } from '../src/validation/freshness-check.ts';
import { validateTree } from '../src/validation/index.ts';
import { editorMessage } from '../src/validation/messages-bn.ts';
import type { DocumentKind } from '../src/schemas/index.ts';
import { fieldLabel } from './field-labels.ts';
import { documentFields, officeFields } from './generate-config.ts';

export type OfficeCheckState = 'checking' | 'building' | 'published' | 'refused' | 'checked';

export interface OfficeReason {
  /** The file, relative to the repository. */
  file: string;
  /** The form's name of the field ('' for the whole file or office). */
  label: string;
  problem: string;
  fix: string;
}

export interface OfficeCheckReport {
  office: string;
  state: OfficeCheckState;
  /** When the save this report answers reached the server (ms since 1970). */
  savedAt: number;
  /** When the report was final. */
  finishedAt?: number;
  /** Why it was refused (errors of the check, a stale rule, a failed build). */
  reasons: OfficeReason[];
  /** The office's page on the served site, once published. */
  page?: string;
  /** False when the server runs with --no-build. */
  builds: boolean;
}

export interface OfficeChecksOptions {
  repoDir: string;
  contentRoot: string;
  /** Build and publish one office into the served site; absent with --no-build. */
  build?: (officeId: string) => Promise<{ ok: boolean; output: string }>;
  env?: Record<string, string | undefined>;
}

const KIND_OF_FOLDER: Record<string, DocumentKind> = { charters: 'charter', minutes: 'minutes', orders: 'order' };

/** The generated form's fields for a content file (for the form's names of fields). */
function formFieldsFor(file: string) {
  const folder = file.split('/').at(-2) ?? '';
  const ctx = { offices: [], locale: 'bn' as const };
  if (file.endsWith('office.yaml')) return officeFields(ctx, true);
  const kind = KIND_OF_FOLDER[folder];
  return kind ? documentFields(kind, ctx) : undefined;
}

/**
 * One office checked as the build checks it: its files' errors (and warnings) and the
 * freshness rules it breaks, each in Bengali with the form's name of its field. The local
 * server's report after a save and the pull request's Bengali report
 * (scripts/editor-report.ts) both come from here.
 */
export function checkOffice(
  options: Pick<OfficeChecksOptions, 'repoDir' | 'contentRoot' | 'env'>,
  office: string,
): { errors: OfficeReason[]; warnings: OfficeReason[] } {
  const relative = (file: string) => path.relative(options.repoDir, path.resolve(file)).split(path.sep).join('/');
  const known = new Set(readOfficeDirectory(options.contentRoot).keys());
  const tree = loadContentTree(options.contentRoot, { officeIds: [office] });
  const diagnostics = validateTree(tree, [], { knownOfficeIds: known }).diagnostics;
  const said = (d: (typeof diagnostics)[number]): OfficeReason => ({
    file: relative(d.file),
    label: fieldLabel(formFieldsFor(d.file), d.field),
    ...editorMessage(d),
  });
  const errors = diagnostics.filter((d) => d.severity === 'error').map(said);
  const warnings = diagnostics.filter((d) => d.severity === 'warning').map(said);
  if (!errors.length) {
    const { report: freshness } = checkFreshness({ officeIds: [office], root: options.contentRoot, tree, env: options.env ?? process.env });
    for (const o of freshness.offices[0]?.obligations ?? []) {
      if (o.status !== 'stale') continue;
      errors.push({
        file: o.fix?.file ?? '',
        label: t(`freshness.rule.${o.rule}`),
        problem: `${t('freshness.status.stale')}: ${o.dueBy ? `শেষ তারিখ ${toBengaliDigits(o.dueBy)} পেরিয়ে গেছে` : 'প্রয়োজনীয় দলিল নেই'}।`,
        fix: 'নির্দেশিকার "প্রতি ত্রৈমাসিকের কাজ" অংশ দেখে যে দলিলটি লাগবে তা প্রকাশ করুন।',
      });
    }
  }
  return { errors, warnings };
}

export function createOfficeChecks(options: OfficeChecksOptions) {
  const reports = new Map<string, OfficeCheckReport>();
  const pending = new Map<string, number>();
  let running: Promise<void> = Promise.resolve();

  async function run(office: string, savedAt: number): Promise<void> {
    const builds = Boolean(options.build);
    const report: OfficeCheckReport = { office, state: 'checking', savedAt, reasons: [], builds };
    reports.set(office, report);
    report.reasons.push(...checkOffice(options, office).errors);
    if (report.reasons.length) {
      report.state = 'refused';
    } else if (options.build) {
      report.state = 'building';
      const built = await options.build(office);
      if (built.ok) {
        report.state = 'published';
        report.page = `/offices/${office}/`;
      } else {
        report.state = 'refused';
        report.reasons.push({
          file: '',
          label: '',
          problem: 'পোর্টাল তৈরি করা যায়নি; আগের প্রকাশিত পাতা রয়ে গেছে।',
          fix: `রক্ষণাবেক্ষণকারীকে জানান (টার্মিনালে বিস্তারিত): ${built.output.trim().split('\n').slice(-3).join(' ')}`,
        });
      }
    } else {
      report.state = 'checked';
    }
    report.finishedAt = Date.now();
  }

  return {
    /** A save through the CMS wrote `files` (paths relative to the repository or absolute). */
    saved(files: string[], at = Date.now()): void {
      for (const office of new Set(files.map((f) => officeOfContentPath(f)).filter(Boolean))) {
        const queued = pending.has(office);
        pending.set(office, at);
        const report = reports.get(office);
        // Shown at once: the editor's panel says "checking" while the office waits its turn.
        reports.set(office, {
          office,
          state: 'checking',
          savedAt: at,
          reasons: [],
          builds: Boolean(options.build),
          ...(report?.page ? { page: report.page } : {}),
        });
        if (queued) continue;
        running = running.then(async () => {
          const savedAt = pending.get(office) ?? at;
          pending.delete(office);
          try {
            await run(office, savedAt);
          } catch (error) {
            reports.set(office, {
              office,
              state: 'refused',
              savedAt,
              finishedAt: Date.now(),
              builds: Boolean(options.build),
              reasons: [{ file: '', label: '', problem: 'যাচাই করা যায়নি।', fix: `রক্ষণাবেক্ষণকারীকে জানান: ${String(error)}` }],
            });
          }
        });
      }
    },
    report(office: string): OfficeCheckReport | undefined {
      return reports.get(office);
    },
    /** Every save taken up so far has its final report. */
    idle(): Promise<void> {
      return running;
    },
  };
}

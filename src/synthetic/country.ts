/**
 * Synthetic content at country scale: a division > district > upazila > office
 * hierarchy (linked by `parent`), each office with charters, monitoring-committee
 * minutes and office orders in the content layout of docs/ARCHITECTURE.md.
 *
 * Determinism: every office draws from its own random stream keyed by (seed,
 * office id), and nothing reads the clock, so a seed gives byte-identical files
 * and adding offices leaves existing ones unchanged. Realism: names, services,
 * agenda items and decisions come from the seeds; a few offices are stale (their
 * newest document is years old) and a few carry the dirty values the seeds have
 * (doubled emails, Bengali digits in emails, short phones, off-pattern memo
 * numbers, mismatched Bangla dates): the validator warns about them, never errors.
 */
import { OfficeWriter } from './office-writer.ts';
import { planDocs, planForPages, planOffices, type GenerateOptions, type GeneratedFile } from './plan.ts';
import { countryStandards, SETTERS } from './standards.ts';

export { DEFAULT_AS_OF, DEFAULT_STALE_SHARE, PAGES_PER_OFFICE, planOffices } from './plan.ts';
export type { GenerateOptions, GeneratedFile, OfficePlan } from './plan.ts';

export interface GenerationSummary {
  offices: number;
  pages: number;
  documents: { charter: number; minutes: number; order: number };
  staleOffices: number;
  /** Dirty values written on purpose, by kind (each should produce one validation warning). */
  dirty: Record<'email' | 'phone' | 'memo' | 'banglaDate', number>;
}

/** Every file of a synthetic content tree, in a stable order. */
export function* generateFiles(options: GenerateOptions, summary?: GenerationSummary): Generator<GeneratedFile> {
  const all = options.pages !== undefined ? planForPages(options.pages, options) : planOffices(options.offices).map((p) => planDocs(p, options));
  const plans = new Map(all.map((o) => [o.plan.id, o.plan]));
  // Standard services exist where their setters do (a country of SETTERS_FROM offices or more).
  const standards = SETTERS.every((s) => plans.has(s.id)) ? countryStandards(options.asOf) : [];
  for (const office of all) {
    const writer = new OfficeWriter(office, options, plans.get(office.plan.parent ?? ''), standards);
    yield* writer.files();
    if (summary) {
      summary.offices++;
      summary.pages += 1 + office.docs.length;
      for (const d of office.docs) summary.documents[d.kind]++;
      if (office.stale) summary.staleOffices++;
      for (const [k, v] of Object.entries(writer.dirty)) summary.dirty[k as keyof GenerationSummary['dirty']] += v;
    }
  }
}

export function emptySummary(): GenerationSummary {
  return { offices: 0, pages: 0, documents: { charter: 0, minutes: 0, order: 0 }, staleOffices: 0, dirty: { email: 0, phone: 0, memo: 0, banglaDate: 0 } };
}

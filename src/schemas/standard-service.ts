/**
 * A standard service: `content/offices/<setter-id>/services/<service-id>.yaml`, owned by the
 * office that sets it (a ministry, division or directorate) for every office of a kind, or
 * for the offices under it. A charter row uses it as `standard: <setter-id>/<service-id>`
 * plus the office's own details (src/schemas/charter.ts).
 *
 * It is versioned by effective date: each version states the whole service (how it is
 * delivered, the papers, the fee, the time limit and the legal basis) as it is from that
 * day. The current and earlier versions are kept (the charter pages' history lists the
 * changes); a version dated in the future is scheduled, announced on the pages that use it
 * ANNOUNCE_DAYS before, and takes effect through the build on its day.
 */
import { z } from 'zod';
import { fee, legalBasisSchema } from './charter.ts';
import { isoDate, officeCategory, officeId, text, timeLimit } from './common.ts';
import { OFFICE_KINDS, type OfficeKind } from './office.ts';

/** Days before a scheduled version takes effect that the pages using it announce it. */
export const ANNOUNCE_DAYS = 14;

export const standardVersionSchema = z.strictObject({
  effectiveFrom: isoDate.describe('The day this version takes effect (YYYY-MM-DD); a future day schedules it'),
  delivery: text.describe('How the service is delivered (সেবা প্রদান পদ্ধতি)'),
  papers: z.array(text).default([]).describe('Papers needed and where to get them (প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান), one per item'),
  fee: fee.describe('Fee and how to pay (সেবার মূল্য ও পরিশোধ পদ্ধতি)'),
  timeLimit: timeLimit.describe('Time limit (সেবা প্রদানের সময়সীমা)'),
  legalBasis: z
    .array(legalBasisSchema)
    .min(1, { error: 'name at least one act, rule or circular that sets this service' })
    .describe('The acts, rules and circulars that set this version (আইনগত ভিত্তি)'),
  note: text.optional().describe('What this version changes, in plain words (shown in the history of every charter that uses it)'),
});
export type StandardVersion = z.infer<typeof standardVersionSchema>;

export const standardServiceSchema = z
  .strictObject({
    name: text.describe('Name of the standard service (সেবার নাম)'),
    aliases: z.array(text).default([]).describe('Other names charters print for it, e.g. মিউটেশন (the importer and the checks recognise them)'),
    section: z
      .enum(['citizen', 'office', 'internal'])
      .default('citizen')
      .describe('The charter section it belongs to: citizen (নাগরিক), office (দাপ্তরিক) or internal (অভ্যন্তরীণ)'),
    appliesTo: z
      .strictObject({
        kinds: z.array(z.enum(OFFICE_KINDS)).default([]).describe('Kinds of office that offer it, e.g. upazila-office'),
        categories: z
          .array(officeCategory)
          .default([])
          .describe("Categories of office that offer it (an office.yaml's category), e.g. upazila-land for every Upazila Land Office"),
        under: officeId.optional().describe('Only the offices under this office (its id), e.g. the land offices under the land ministry'),
      })
      .refine((a) => a.kinds.length > 0 || a.categories.length > 0 || a.under !== undefined, {
        error: 'say which offices offer it: kinds (e.g. upazila-office), categories (e.g. upazila-land), under (an office id), or several of them',
      })
      .describe('Which offices offer it: a kind or category of office, the offices under a given office, or several of them'),
    versions: z
      .array(standardVersionSchema)
      .min(1, { error: 'give at least one version (effectiveFrom and the service as it is from that day)' })
      .describe('The service as it is from each effective date; keep earlier versions'),
  })
  .superRefine((standard, ctx) => {
    const seen = new Map<string, number>();
    standard.versions.forEach((version, i) => {
      const first = seen.get(version.effectiveFrom);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['versions', i, 'effectiveFrom'],
          message: `two versions take effect on ${version.effectiveFrom} (versions ${first + 1} and ${i + 1}): give each version its own day`,
        });
      else seen.set(version.effectiveFrom, i);
    });
  });
export type StandardService = z.infer<typeof standardServiceSchema>;

/** The folder of an office's standard services, relative to the office folder. */
export const STANDARDS_FOLDER = 'services';

/** The kinds of office that set standard services (by act, rule or circular): their admins edit them (cms/generate-config.ts). */
export const STANDARD_SETTER_KINDS: readonly string[] = ['ministry', 'division', 'directorate'] satisfies OfficeKind[];

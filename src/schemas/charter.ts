/** A citizen charter (সেবা প্রদান প্রতিশ্রুতি): `content/offices/<id>/charters/<effective-date>.mdx`. */
import { z } from 'zod';
import { isoDate, person, standardRef, text, timeLimit } from './common.ts';

/** Fee of a service: free, or an amount with how to pay; the printed text is kept. */
export const fee = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('free').describe('Free of charge (বিনামূল্যে)'),
      text: text.optional().describe('The fee as printed'),
    }),
    z.strictObject({
      kind: z.literal('paid').describe('A fee is charged'),
      amount: z.number().nonnegative().optional().describe('Amount in taka, ASCII digits; absent when it varies'),
      payment: text.optional().describe('How to pay: treasury challan, bank, mobile banking, cash'),
      text: text.describe('The fee as printed'),
    }),
  ],
  { error: 'expected fee kind "free" or "paid"' },
);

const officer = person
  .extend({
    website: z.array(text).default([]).describe('Web addresses printed in the officer cell'),
    note: text.optional().describe('Other text printed in the officer cell, kept verbatim'),
  })
  .describe('Responsible officer: name, designation, phone, email');

/** The fields a standard service sets and an office's own row states itself. */
export const STANDARD_FIELDS = ['delivery', 'papers', 'fee', 'timeLimit'] as const;
export type StandardField = (typeof STANDARD_FIELDS)[number];

/**
 * The fields an office's own service must state, which a standard row takes from its standard
 * instead: required unless the row names a standard (the CMS asks for them on an own service
 * only, cms/generate-config.ts and cms/admin/fields.ts).
 */
export const OWN_SERVICE_FIELDS = ['name', 'delivery', 'fee', 'timeLimit'] as const;

/**
 * A service row as a charter file holds it: either the office's own service (name,
 * delivery, papers, fee and time limit written out), or `standard: <setter>/<service>`,
 * a standard service set for every office of a kind (src/schemas/standard-service.ts),
 * plus the office's own details. A standard row may state its own delivery, papers, fee
 * or time limit only with the reason (`deviation`), which citizens see.
 */
export const serviceRowSchema = z
  .strictObject({
    number: text.optional().describe('Serial as printed (১., ২, ...)'),
    standard: standardRef
      .optional()
      .describe('Standard service this row uses (<setter-office-id>/<service-id>): its name, papers, fee, time limit and legal basis come from there'),
    name: text.optional().describe('Name of the service (সেবার নাম)'),
    delivery: text.optional().describe('How the service is delivered (সেবা প্রদান পদ্ধতি)'),
    papers: z.array(text).optional().describe('Papers needed and where to get them (প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান), one per item'),
    fee: fee.optional().describe('Fee and how to pay (সেবার মূল্য ও পরিশোধ পদ্ধতি)'),
    timeLimit: timeLimit.optional().describe('Time limit (সেবা প্রদানের সময়সীমা)'),
    officer,
    room: text.optional().describe('Room or desk where the service is given (কক্ষ নং)'),
    remarks: text.optional().describe('Remarks column (মন্তব্য), for 8-column charters'),
    deviation: text
      .optional()
      .describe('Why this office gives a standard service differently (its own fee, time limit, papers or delivery); shown to citizens'),
  })
  .superRefine((row, ctx) => {
    if (row.standard === undefined) {
      for (const key of OWN_SERVICE_FIELDS) {
        if (row[key] === undefined)
          ctx.addIssue({
            code: 'custom',
            path: [key],
            input: undefined,
            message: `is required but missing: an office's own service states its ${key === 'timeLimit' ? 'time limit' : key}, or the row names a standard service with standard: <setter-office-id>/<service-id>`,
          });
      }
      if (row.deviation !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['deviation'],
          input: row.deviation,
          message: 'is only for a standard service (a row with standard:); remove it from an own service',
        });
      return;
    }
    if (row.name !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['name'],
        input: row.name,
        message: `a standard service takes its name from the standard (${row.standard}): remove name, or remove standard to make it the office's own service`,
      });
    const own = STANDARD_FIELDS.filter((key) => row[key] !== undefined);
    if (own.length > 0 && row.deviation === undefined)
      for (const key of own)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          input: row[key],
          message: `a standard service's ${key === 'timeLimit' ? 'time limit' : key} comes from the standard (${row.standard}): remove it, or say why this office differs in deviation (citizens see the reason)`,
        });
  });
export type ServiceRow = z.infer<typeof serviceRowSchema>;

/** A legal basis of a standard service: the act, rule or circular that sets it. */
export const legalBasisSchema = z.strictObject({
  kind: z
    .enum(['act', 'ordinance', 'rule', 'regulation', 'policy', 'guideline', 'circular', 'notification', 'order', 'manual', 'other'])
    .describe('What it is: act (আইন), rule (বিধিমালা), circular (পরিপত্র), notification (প্রজ্ঞাপন), ...'),
  title: text.describe('Its title as printed, e.g. ভূমি উন্নয়ন কর আইন, ২০২৩'),
  section: text.optional().describe('The section, rule or paragraph that applies, e.g. ধারা ১৪৩'),
  memo: text.optional().describe('Memo number (স্মারক নং) of a circular or notification, as printed'),
  date: isoDate.optional().describe('Its date (YYYY-MM-DD)'),
  url: z
    .url({ protocol: /^https?$/, error: 'expected a web address starting with https:// or http://' })
    .optional()
    .describe('Where to read it (a web address)'),
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

/** What a page shows of the standard a row uses (contract 4: added to the same Service shape). */
export const standardInfoSchema = z.strictObject({
  ref: standardRef.describe('The standard service (<setter-office-id>/<service-id>)'),
  effectiveFrom: isoDate.describe('The day the version shown took effect'),
  legalBasis: z.array(legalBasisSchema).default([]).describe('The acts, rules and circulars that set it'),
  deviation: z
    .strictObject({
      reason: text.describe('Why this office differs, as the office states it'),
      fields: z.array(z.enum(STANDARD_FIELDS)).describe('The fields where it differs'),
      standard: z
        .strictObject({
          delivery: text.optional(),
          papers: z.array(text).optional(),
          fee: fee.optional(),
          timeLimit: timeLimit.optional(),
        })
        .describe("The standard's own values of those fields"),
    })
    .optional()
    .describe('How and why this office gives it differently'),
  upcoming: z
    .strictObject({
      effectiveFrom: isoDate.describe('The day the next version takes effect'),
      fields: z.array(z.enum([...STANDARD_FIELDS, 'legalBasis'])).describe('What changes'),
      delivery: text.optional(),
      papers: z.array(text).optional(),
      fee: fee.optional(),
      timeLimit: timeLimit.optional(),
      legalBasis: z.array(legalBasisSchema).optional(),
      note: text.optional().describe('What changes, in plain words'),
    })
    .optional()
    .describe('A scheduled version announced in the days before it takes effect'),
});
export type StandardInfo = z.infer<typeof standardInfoSchema>;

/** A service row as the pages show it: every field stated, from the row or from its standard. */
export const serviceSchema = z.strictObject({
  number: text.optional().describe('Serial as printed (১., ২, ...)'),
  name: text.describe('Name of the service (সেবার নাম)'),
  delivery: text.describe('How the service is delivered (সেবা প্রদান পদ্ধতি)'),
  papers: z.array(text).default([]).describe('Papers needed and where to get them (প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান), one per item'),
  fee: fee.describe('Fee and how to pay (সেবার মূল্য ও পরিশোধ পদ্ধতি)'),
  timeLimit: timeLimit.describe('Time limit (সেবা প্রদানের সময়সীমা)'),
  officer,
  room: text.optional().describe('Room or desk where the service is given (কক্ষ নং)'),
  remarks: text.optional().describe('Remarks column (মন্তব্য), for 8-column charters'),
  standard: standardInfoSchema.optional().describe('The standard service this row uses, when it uses one'),
});
export type Service = z.infer<typeof serviceSchema>;

const sectionOf =
  <Row extends z.ZodType>(row: Row) =>
  (describe: string) =>
    z
      .object({
        heading: text.optional().describe('Section heading as printed, e.g. দাপ্তরিক সেবা or প্রাতিষ্ঠানিক সেবা'),
        services: z.array(row).default([]).describe('Service rows in printed order'),
      })
      .default({ services: [] })
      .describe(describe);

export const grsLevelSchema = z.strictObject({
  level: z.number().int().positive().describe('Step of the escalation, 1 first'),
  when: text.describe('When to contact (কখন যোগাযোগ করবেন)'),
  contact: text.describe('Whom to contact, the role (কার সঙ্গে যোগাযোগ করবেন)'),
  officer: person
    .partial({ name: true })
    .extend({
      website: z.array(text).default([]).describe('Web addresses printed for this level'),
      address: text.optional().describe('Postal address printed for this level'),
    })
    .describe('Officer or cell at this level, with contacts as printed'),
  timeLimit: timeLimit.describe('Time limit to resolve (নিষ্পত্তির সময়সীমা)'),
});
export type GrsLevel = z.infer<typeof grsLevelSchema>;

const charterFields = <Row extends z.ZodType>(row: Row) => {
  const section = sectionOf(row);
  return {
    title: text.default('সেবা প্রদান প্রতিশ্রুতি').describe('Title as printed (সিটিজেন চার্টার, সেবা প্রদান প্রতিশ্রুতি)'),
    effectiveDate: isoDate.describe('Date of the charter (YYYY-MM-DD); decides which quarter it counts for'),
    datePrinted: text.optional().describe('The date as printed on the charter, e.g. ১৫/০৪/২০২৪'),
    vision: text.describe('Vision (ভিশন)'),
    mission: text.describe('Mission (মিশন)'),
    services: z
      .object({
        citizen: section('Citizen services (নাগরিক সেবা)'),
        office: section('Office-to-office services (দাপ্তরিক / প্রাতিষ্ঠানিক সেবা)'),
        internal: section('Internal services (অভ্যন্তরীণ সেবা)'),
      })
      .describe('Service tables by section'),
    expectations: z.array(text).default([]).describe('What the office expects from citizens (আপনার কাছে আমাদের প্রত্যাশা)'),
    grsIntro: text.optional().describe('Text printed before the grievance table'),
    grs: z.array(grsLevelSchema).default([]).describe('Grievance redress (GRS) escalation levels'),
    signatory: person.optional().describe('Who signed the charter'),
    corrections: z
      .array(
        z.strictObject({
          date: isoDate.describe('Date of the correction (YYYY-MM-DD)'),
          reason: text.describe('What was corrected in this published version, and why'),
        }),
      )
      .optional()
      .describe(
        'Corrections made to this version after it was published: each with its date and reason. A quarterly revision is a new version (a new file), never a correction; the admin asks for a reason before a past version is saved',
      ),
  };
};

/** A charter file: service rows are the office's own or use a standard service (`standard:`). */
export const charterSchema = z.strictObject(charterFields(serviceRowSchema));
export type CharterFile = z.infer<typeof charterSchema>;

/**
 * A charter as the pages show it: every `standard:` row resolved to the standard's version
 * in force (src/domain/standard-services.ts), with the standards' changes it lists in its history.
 */
export const resolvedCharterSchema = z.strictObject({
  ...charterFields(serviceSchema),
  standardChanges: z
    .array(
      z.strictObject({
        ref: standardRef.describe('The standard service that changed'),
        name: text.describe('Its name'),
        effectiveFrom: isoDate.describe('The day the change took effect'),
        fields: z.array(z.enum([...STANDARD_FIELDS, 'legalBasis'])).describe('What changed'),
        note: text.optional().describe('What changed, in plain words'),
        basis: text.optional().describe('The act, rule or circular that made the change'),
      }),
    )
    .default([])
    .describe('Changes to the standard services this charter uses since its date'),
});
export type Charter = z.infer<typeof resolvedCharterSchema>;
export type ServiceSection = keyof Charter['services'];

/** A citizen charter (সেবা প্রদান প্রতিশ্রুতি): `content/offices/<id>/charters/<effective-date>.mdx`. */
import { z } from 'zod';
import { isoDate, person, text, timeLimit } from './common.ts';

/** Fee of a service: free, or an amount with how to pay; the printed text is kept. */
const fee = z.discriminatedUnion(
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

export const serviceSchema = z.strictObject({
  number: text.optional().describe('Serial as printed (১., ২, ...)'),
  name: text.describe('Name of the service (সেবার নাম)'),
  delivery: text.describe('How the service is delivered (সেবা প্রদান পদ্ধতি)'),
  papers: z.array(text).default([]).describe('Papers needed and where to get them (প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান), one per item'),
  fee: fee.describe('Fee and how to pay (সেবার মূল্য ও পরিশোধ পদ্ধতি)'),
  timeLimit: timeLimit.describe('Time limit (সেবা প্রদানের সময়সীমা)'),
  officer: person
    .extend({
      website: z.array(text).default([]).describe('Web addresses printed in the officer cell'),
      note: text.optional().describe('Other text printed in the officer cell, kept verbatim'),
    })
    .describe('Responsible officer: name, designation, phone, email'),
  remarks: text.optional().describe('Remarks column (মন্তব্য), for 8-column charters'),
});
export type Service = z.infer<typeof serviceSchema>;

const section = (describe: string) =>
  z
    .object({
      heading: text.optional().describe('Section heading as printed, e.g. দাপ্তরিক সেবা or প্রাতিষ্ঠানিক সেবা'),
      services: z.array(serviceSchema).default([]).describe('Service rows in printed order'),
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

export const charterSchema = z.strictObject({
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
});
export type Charter = z.infer<typeof charterSchema>;
export type ServiceSection = keyof Charter['services'];

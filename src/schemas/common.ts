/**
 * Building blocks shared by the document schemas. Each field carries a one-line
 * description (zod `.describe`) that the CMS generator reuses as the field hint,
 * so a description here is what an editor reads.
 */
import { z } from 'zod';

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date stored as ISO `YYYY-MM-DD`. YAML parsers that follow YAML 1.1
 * turn an unquoted date into a Date at UTC midnight; we take its UTC parts so no
 * time zone can shift the day.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'expected a date written as YYYY-MM-DD, e.g. 2024-04-15' })
    .regex(ISO_DATE, { error: 'expected a date written as YYYY-MM-DD, e.g. 2024-04-15' })
    .refine(isRealCalendarDate, { error: 'is not a real calendar date' }),
);

/** Non-empty text after trimming; what a person typed, kept as typed. */
export const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'must not be empty' });

/** A fiscal year written `2023-24` (July 2023 to June 2024). */
export const fiscalYear = z
  .string({ error: 'expected a fiscal year written as 2023-24' })
  .regex(/^\d{4}-\d{2}$/, { error: 'expected a fiscal year written as 2023-24' })
  .refine((fy) => (Number(fy.slice(0, 4)) + 1) % 100 === Number(fy.slice(5)), {
    error: 'the two years of a fiscal year must be consecutive, e.g. 2023-24',
  });

/** A fiscal quarter: 1 = Jul–Sep, 2 = Oct–Dec, 3 = Jan–Mar, 4 = Apr–Jun. */
export const quarter = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
  error: 'expected a quarter number 1, 2, 3 or 4',
});

/** An office identifier: the name of the office's folder under content/offices. */
export const officeId = z
  .string({ error: 'expected an office id' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'an office id uses lowercase latin letters, digits and hyphens, e.g. doict-bheramara' });

/** A category of office (every Upazila Land Office is `upazila-land`): lowercase latin letters, digits and hyphens. */
export const officeCategory = z
  .string({ error: 'expected an office category, e.g. upazila-land' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'an office category uses lowercase latin letters, digits and hyphens, e.g. upazila-land' });

/** A standard service's reference: `<setter-office-id>/<service-id>`, its file `content/offices/<setter>/services/<service>.yaml`. */
export const STANDARD_REF = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;
export const standardRef = z
  .string({ error: 'expected a standard service written as <setter-office-id>/<service-id>, e.g. land-ministry/namjari' })
  .regex(STANDARD_REF, { error: 'expected a standard service written as <setter-office-id>/<service-id>, e.g. land-ministry/namjari' });

/**
 * A person as printed on a document. Contacts are kept verbatim (Bengali digits,
 * dirty values and all): `npm run validate` warns about them instead of the
 * schema rejecting them, because losing a printed contact is worse than showing
 * a doubtful one.
 */
export const person = z.strictObject({
  name: text.describe('Full name as printed, with honorific if printed (জনাব, মোঃ)'),
  designation: text.optional().describe('Designation (পদবি) as printed'),
  office: text.optional().describe('Office or unit, when printed next to the name'),
  phone: z.array(text).default([]).describe('Phone numbers as printed'),
  email: z.array(text).default([]).describe('Email addresses as printed'),
});
export type Person = z.infer<typeof person>;

/** A recipient on a distribution list (বিতরণ / অনুলিপি). */
export const recipient = z.strictObject({
  number: text.optional().describe('Serial as printed (১, ২, ...); printed lists sometimes skip numbers'),
  recipient: text.describe('Recipient as printed'),
  attention: text.optional().describe('Attention line (দৃ: আ:) as printed'),
  note: text.optional().describe('Request printed after the recipient, e.g. to upload to the website'),
  purpose: z
    .enum(['information', 'action', 'information-and-action'])
    .optional()
    .describe('Sent for information (অবগতি), for action (কার্যার্থে) or both; leave out when the list does not say'),
});
export type Recipient = z.infer<typeof recipient>;

/** People a document appoints or names in a role. */
export const appointment = z.strictObject({
  person: person.describe('Who is appointed'),
  role: z
    .enum(['focal-point', 'alternate-focal-point', 'committee-chair', 'committee-convener', 'committee-member', 'committee-member-secretary', 'other'])
    .describe('The role: focal point, alternate, or committee position'),
  roleText: text.optional().describe('The role as printed, e.g. আহবায়ক, সদস্য'),
  committee: z.enum(['charter-monitoring', 'innovation', 'sub-committee', 'other']).optional().describe('Which committee, for committee roles'),
  photo: text.optional().describe("Photo file in the office's media folder (focal point and alternate)"),
});
export type Appointment = z.infer<typeof appointment>;

/** How long something may take: a number and a unit when the text has them, and the text as printed. */
export const timeLimit = z.strictObject({
  value: z.number().positive().optional().describe('The number, in ASCII digits (৩ → 3); absent for "immediate"'),
  unit: z.enum(['immediate', 'hours', 'days', 'working-days', 'weeks', 'months']).optional().describe('The unit of the number, or immediate (তাৎক্ষণিক)'),
  text: text.describe('The time limit as printed'),
});
export type TimeLimit = z.infer<typeof timeLimit>;

/** An office: the metadata file `content/offices/<id>/office.yaml`. */
import { z } from 'zod';
import { isoDate, officeCategory, officeId, person, text } from './common.ts';

export const OFFICE_KINDS = ['ministry', 'division', 'directorate', 'divisional-office', 'district-office', 'upazila-office', 'other'] as const;

export const RULE_IDS = ['charter-revised', 'monitoring-meeting', 'committee-reformed', 'focal-point'] as const;

const focalPoint = person.extend({
  photo: text.optional().describe("Photo file in the office's media folder, e.g. media/focal-point.jpg"),
  appointedBy: text.optional().describe('The office order that names this person (its file name without extension)'),
});

export const officeSchema = z.strictObject({
  name: z
    .object({
      bn: text.describe('Name in Bengali, as the office writes it'),
      en: text.describe('Name in English'),
    })
    .describe('Office name in Bengali and English'),
  shortName: z.strictObject({ bn: text.optional(), en: text.optional() }).optional().describe('Short name for menus, when the full name is long'),
  kind: z.enum(OFFICE_KINDS).describe('Kind of office: ministry, division, directorate, divisional, district or upazila office'),
  category: officeCategory
    .optional()
    .describe(
      'What office it is among offices of its kind, e.g. upazila-land for every Upazila Land Office; standard services name it in appliesTo.categories',
    ),
  parent: officeId.optional().describe('The id of the office that monitors this one (its parent), if it is on the portal'),
  parentName: text.optional().describe('Name of the parent office when it is not on the portal'),
  address: text.optional().describe('Postal address'),
  phone: z.array(text).default([]).describe('Office phone numbers as printed'),
  email: z.array(text).default([]).describe('Office email addresses'),
  // Only web links: z.url() alone would accept javascript: and data: addresses.
  website: z
    .url({ protocol: /^https?$/, error: 'expected a web address starting with https:// or http://' })
    .optional()
    .describe('Office website'),
  focalPoint: focalPoint.optional().describe('Citizen-charter focal point officer (ফোকাল পয়েন্ট কর্মকর্তা)'),
  alternateFocalPoint: focalPoint.optional().describe('Alternate focal point officer (বিকল্প ফোকাল পয়েন্ট কর্মকর্তা)'),
  reviewers: z
    .array(z.string().regex(/^@[A-Za-z0-9-]+(?:\/[A-Za-z0-9._-]+)?$/, { error: 'expected a GitHub user or team, e.g. @rangpur-divcom or @org/team' }))
    .default([])
    .describe("GitHub users or teams who review this office's content (written to CODEOWNERS)"),
  joinedOn: isoDate.optional().describe('Date the office joined the portal; quarterly rules apply from the next quarter'),
  exemptions: z
    .array(
      z.strictObject({
        rule: z.enum(RULE_IDS).describe('The rule the office is exempt from'),
        reason: text.describe('Why, in plain words'),
        until: isoDate.describe('Last day of the exemption'),
      }),
    )
    .default([])
    .describe('Rules this office is exempt from for a time, with the reason'),
});
export type Office = z.infer<typeof officeSchema>;
export type OfficeKind = (typeof OFFICE_KINDS)[number];
export type RuleId = (typeof RULE_IDS)[number];

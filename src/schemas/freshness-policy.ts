/**
 * The freshness policy: `policy/freshness.yaml`. The quarterly obligations of the
 * citizen-charter action plan (APA) change wording and numbers between fiscal years,
 * so they are data in the repository, one entry per fiscal year, never code.
 */
import { z } from 'zod';
import { fiscalYear, isoDate, text } from './common.ts';

const days = (what: string) =>
  z
    .number({ error: `expected a whole number of days for ${what}, e.g. 15` })
    .int({ error: `expected a whole number of days for ${what}, e.g. 15` })
    .min(0, { error: `${what} cannot be negative` })
    .max(80, { error: `${what} must be shorter than a quarter (at most 80 days)` });

export const indicatorSchema = z.strictObject({
  id: z
    .string({ error: 'expected an indicator id such as charter-updates' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'an indicator id uses lowercase latin letters, digits and hyphens, e.g. charter-updates' })
    .describe('Stable id of the indicator, e.g. charter-updates'),
  label: z
    .strictObject({ bn: text.describe('Name in Bengali, as the action plan writes it'), en: text.describe('Name in English') })
    .describe('What is measured'),
  target: z.number({ error: 'expected a number, e.g. 4 or 90' }).nonnegative({ error: 'a target cannot be negative' }).describe('Target for the fiscal year'),
  unit: z.enum(['count', 'percent']).describe('count (times a year) or percent'),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const fiscalYearPolicySchema = z.strictObject({
  graceDays: days('graceDays').optional().describe('Days after a quarter ends during which the previous quarter’s documents still count'),
  dueSoonDays: days('dueSoonDays').optional().describe('An obligation whose deadline is this many days away or fewer is reported as due soon'),
  indicators: z.array(indicatorSchema).default([]).describe('The action plan’s indicators and targets for this fiscal year'),
});
export type FiscalYearPolicy = z.infer<typeof fiscalYearPolicySchema>;

export const freshnessPolicySchema = z.strictObject({
  pinnedAsOf: isoDate.optional().describe('Check content as of this date instead of today (for historical sample content); FRESHNESS_AS_OF overrides it'),
  committeeReformedFrom: fiscalYear.describe('First fiscal year in which the monitoring committee must be re-formed every quarter (committee-reformed)'),
  defaults: z
    .strictObject({
      graceDays: days('graceDays').default(15).describe('Grace period after a quarter ends, in days (default 15)'),
      dueSoonDays: days('dueSoonDays').default(14).describe('Due-soon window before a deadline, in days (default 14)'),
    })
    .default({ graceDays: 15, dueSoonDays: 14 })
    .describe('Settings for every fiscal year that does not set its own'),
  fiscalYears: z
    .record(fiscalYear, fiscalYearPolicySchema)
    .refine((years) => Object.keys(years).length > 0, { error: 'list at least one fiscal year, e.g. "2023-24":' })
    .describe('Per fiscal year ("2023-24"): grace and due-soon days, indicators'),
});
export type FreshnessPolicy = z.infer<typeof freshnessPolicySchema>;

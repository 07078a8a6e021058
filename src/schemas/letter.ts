/**
 * The signature block every official letter shares (minutes and office orders):
 * memo number, the dual date, the signatory and the distribution list.
 */
import { z } from 'zod';
import { isoDate, person, recipient, text } from './common.ts';

export const letterFields = {
  memoNumber: text.describe('Memo number (স্মারক নং / পত্র নং) exactly as printed'),
  date: isoDate.describe('Gregorian date of the letter (YYYY-MM-DD): the source of truth'),
  banglaDatePrinted: text.optional().describe('The Bangla date as printed, e.g. ০৯ চৈত্র ১৪২৯; checked against the Gregorian date'),
  gregorianDatePrinted: text.optional().describe('The Gregorian date as printed, e.g. ২৩ মার্চ, ২০২৩'),
  signatory: person.describe('Who signed the document'),
  distributionHeading: text.optional().describe('Heading of the distribution list as printed'),
  distribution: z.array(recipient).default([]).describe('Distribution list (বিতরণ / অনুলিপি)'),
  distributionSignatory: person.optional().describe('Who signed the distribution (forwarding) part, when different'),
};

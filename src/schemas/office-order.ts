/** An office order (অফিস আদেশ): `content/offices/<id>/orders/<date>-<slug>.mdx`. The body is the order's text. */
import { z } from 'zod';
import { appointment, text } from './common.ts';
import { letterFields } from './letter.ts';

export const officeOrderSchema = z.strictObject({
  subject: text.describe('Subject (বিষয়) of the order'),
  orderKind: z
    .enum(['monitoring-committee', 'focal-point', 'innovation', 'other'])
    .describe('What the order does: re-forms the monitoring committee, names focal points, innovation, other'),
  appointments: z.array(appointment).default([]).describe('People the order appoints, and in what role'),
  ...letterFields,
});
export type OfficeOrder = z.infer<typeof officeOrderSchema>;

/** Minutes of a meeting (সভার কার্যবিবরণী): `content/offices/<id>/minutes/<meeting-date>-<slug>.mdx`. */
import { z } from 'zod';
import { appointment, fiscalYear, isoDate, person, quarter, text } from './common.ts';
import { letterFields } from './letter.ts';

export const decisionSchema = z.strictObject({
  text: text.describe('The decision (সিদ্ধান্ত)'),
  implementedBy: text.optional().describe('Who implements it (বাস্তবায়নকারী)'),
  dueDate: isoDate.optional().describe('Due date (YYYY-MM-DD), when the decision sets one'),
  dueText: text.optional().describe('The deadline as printed, e.g. আগামী ১০ দিনের মধ্যে'),
});
export type Decision = z.infer<typeof decisionSchema>;

export const agendaItemSchema = z.strictObject({
  number: text.optional().describe('Item number as printed (০১, ১.০)'),
  topic: text.describe('Agenda item (বিষয়)'),
  discussion: text.optional().describe('Discussion (আলোচনা)'),
  decisions: z.array(decisionSchema).default([]).describe('Decisions taken on this item'),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const minutesSchema = z.strictObject({
  title: text.describe('Meeting title as printed'),
  meetingKind: z.enum(['charter-monitoring', 'innovation', 'other']).describe('Kind of meeting: citizen-charter monitoring, innovation, or other'),
  fiscalYear: fiscalYear.describe('Fiscal year the meeting belongs to, e.g. 2022-23'),
  quarter: quarter.optional().describe('Quarter of the fiscal year the meeting reports on (1-4)'),
  meetingNumber: z.number().int().positive().optional().describe('Meeting number in the year (৩য় সভা → 3)'),
  meetingDate: isoDate.describe('Date of the meeting (YYYY-MM-DD)'),
  meetingDatePrinted: text.optional().describe('The meeting date as printed'),
  time: text.optional().describe('Time as printed, e.g. সকাল ১০:০০ ঘটিকা'),
  place: text.describe('Place, or the online platform'),
  chair: person.describe('Who chaired the meeting'),
  attendees: z.array(person).default([]).describe('Attendees, when listed in the minutes'),
  attendeesNote: text.optional().describe('Where the attendance list is, when not listed, e.g. পরিশিষ্ট-‘ক’'),
  agenda: z.array(agendaItemSchema).min(1, { error: 'minutes need at least one agenda item' }).describe('Agenda items with discussion and decisions'),
  appointments: z.array(appointment).default([]).describe('Committees or people named by the meeting'),
  ...letterFields,
});
export type Minutes = z.infer<typeof minutesSchema>;

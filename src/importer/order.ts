/**
 * Office orders (অফিস আদেশ): the letter parts, a subject, what the order does
 * (forms the monitoring committee, names focal points, innovation, other) and
 * the people it appoints. The order's text stays in the body.
 */
import type { OfficeOrder } from '../schemas/index.ts';
import type { ImportContext } from './context.ts';
import { parseAppointmentTables } from './appointments.ts';
import { letterData, parseLetter } from './letter.ts';
import { squash, stripEmphasis, type SourceLine } from './source.ts';

export const ORDER_TITLE = /^(?:#+\s*)?[“"'‘*\s]*(?:অফিস\s+আদেশ|আদেশ)[”"'’*\s]*$/u;

export function orderKindOf(text: string): OfficeOrder['orderKind'] {
  if (/পরিবীক্ষণ\s+কমিটি/u.test(text) && /গঠন|পুনর্গঠন/u.test(text)) return 'monitoring-committee';
  if (/ফোকাল\s+পয়েন্ট/u.test(text)) return 'focal-point';
  if (/উদ্ভাবন|ইনোভেশন/u.test(text)) return 'innovation';
  return 'other';
}

export function parseOrder(ctx: ImportContext): { data: Partial<OfficeOrder> & Record<string, unknown> } {
  const items = ctx.doc.items;
  const letter = parseLetter(ctx, items);

  // Subject: the বিষয় line; without one, the first sentence of the order's text (kept in the body too).
  let subject: string | undefined;
  const subjectLine = items.find((it): it is SourceLine => it.kind === 'line' && !it.used && /^(?:#+\s*)?বিষয়\s*[:ঃ]/u.test(stripEmphasis(it.text)));
  if (subjectLine) {
    subjectLine.used = true;
    subject = stripEmphasis(subjectLine.text)
      .replace(/^(?:#+\s*)?বিষয়\s*[:ঃ]\s*/u, '')
      .trim();
    ctx.at(['subject'], subjectLine.line);
  } else {
    const first = items.find(
      (it): it is SourceLine => it.kind === 'line' && !it.used && !it.text.startsWith('#') && !ORDER_TITLE.test(it.text) && stripEmphasis(it.text).length > 20,
    );
    if (first) {
      const text = squash(stripEmphasis(first.text));
      const end = text.indexOf('।');
      subject = end > 0 ? text.slice(0, end + 1) : text;
      ctx.at(['subject'], first.line);
      ctx.report(
        first.line,
        'subject',
        'unparsed',
        'no subject (বিষয়:) is printed; the first sentence of the order was taken as its subject — shorten it if it reads too long',
      );
    }
  }

  const appointments = parseAppointmentTables(ctx, items);
  const allText = items.map((it) => (it.kind === 'line' ? it.text : it.rows.map((r) => r.cells.join(' ')).join(' '))).join(' ');
  const orderKind = orderKindOf(`${subject ?? ''} ${allText}`);
  ctx.at(['orderKind'], ctx.lineOf(['subject']));

  return {
    data: {
      ...(subject ? { subject } : {}),
      orderKind,
      appointments,
      ...letterData(letter),
    },
  };
}

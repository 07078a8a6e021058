/**
 * Check: a letter's printed Bangla date is the one the revised (2019) calendar
 * gives for its Gregorian date. The Gregorian date is the source of truth; a
 * mismatch is a warning because pre-2019 letters used older rules and printed
 * documents are kept as printed.
 */
import type { ContentFile } from '../../content-model/load.ts';
import { formatBanglaDate, parseBanglaDate, toBanglaDate } from '../../domain/bangla-calendar.ts';
import { parseGregorianDateBn } from '../../domain/bengali-digits.ts';
import type { Diagnostic } from '../diagnostic.ts';

interface Letter {
  date: string;
  banglaDatePrinted?: string | undefined;
  gregorianDatePrinted?: string | undefined;
}

export function checkDualDate(file: ContentFile, data: Letter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (field: keyof Letter) => ({ file: file.source.displayPath, line: file.source.lineOf([field]), field });
  if (data.banglaDatePrinted) {
    const printed = parseBanglaDate(data.banglaDatePrinted);
    const computed = toBanglaDate(data.date);
    if (!printed) {
      out.push({
        ...at('banglaDatePrinted'),
        severity: 'warning',
        code: 'bangla-date-mismatch',
        message: `"${data.banglaDatePrinted}" cannot be read as a Bangla date (day, month, year); ${data.date} is ${formatBanglaDate(computed)}`,
      });
    } else if (printed.year !== computed.year || printed.month !== computed.month || printed.day !== computed.day) {
      out.push({
        ...at('banglaDatePrinted'),
        severity: 'warning',
        code: 'bangla-date-mismatch',
        message: `printed Bangla date "${data.banglaDatePrinted}" differs from ${formatBanglaDate(computed)}, which the revised (2019) calendar gives for ${data.date}; keep it if the paper prints it, but check the date`,
      });
    }
  }
  if (data.gregorianDatePrinted) {
    const printed = parseGregorianDateBn(data.gregorianDatePrinted);
    if (printed && printed !== data.date) {
      out.push({
        ...at('gregorianDatePrinted'),
        severity: 'warning',
        code: 'gregorian-date-mismatch',
        message: `printed date "${data.gregorianDatePrinted}" is ${printed}, but the date field says ${data.date}`,
      });
    }
  }
  return out;
}

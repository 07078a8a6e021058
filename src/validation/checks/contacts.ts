/**
 * Check: every phone number and email address anywhere in a file looks real.
 * Contacts are kept as printed; a doubtful one is a warning naming the exact
 * field, never silently fixed or dropped.
 */
import type { ContentFile } from '../../content-model/load.ts';
import { formatFieldPath, type FieldPath } from '../../content-model/source-file.ts';
import { checkEmail } from '../../domain/email.ts';
import { checkPhone } from '../../domain/phone.ts';
import type { Diagnostic } from '../diagnostic.ts';

export function checkContacts(file: ContentFile, data: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (path: FieldPath, code: string, message: string) =>
    out.push({ file: file.source.displayPath, line: file.source.lineOf(path), field: formatFieldPath(path), severity: 'warning', code, message });

  walk(data, [], (path, value) => {
    const key = path[path.length - 2];
    if (typeof value !== 'string') return;
    if (key === 'phone') {
      const result = checkPhone(value);
      if (!result.valid) report(path, 'phone-invalid', `"${value}" is not a valid Bangladesh phone number: ${result.problem ?? 'check the digits'}`);
    } else if (key === 'email') {
      const result = checkEmail(value);
      if (!result.valid) report(path, 'email-invalid', `"${value}" is not a valid email address: ${result.problem ?? 'check it'}`);
    }
  });
  return out;
}

function walk(value: unknown, path: (string | number)[], visit: (path: FieldPath, value: unknown) => void): void {
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i], visit));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k], visit);
  else visit(path, value);
}

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

/**
 * The same numbers and addresses recur in thousands of files (an officer is listed in
 * every service row and every office's charter revisions), and both checks are pure:
 * each distinct value is checked once per process. Bounded, so a country of distinct
 * values costs no more memory than the bound.
 */
const MEMO_LIMIT = 50_000;
const phoneMemo = new Map<string, ReturnType<typeof checkPhone>>();
const emailMemo = new Map<string, ReturnType<typeof checkEmail>>();

function memoised<T>(memo: Map<string, T>, value: string, check: (value: string) => T): T {
  let result = memo.get(value);
  if (result === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(value, (result = check(value)));
  }
  return result;
}

export function checkContacts(file: ContentFile, data: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (path: FieldPath, code: string, message: string) =>
    out.push({ file: file.source.displayPath, line: file.source.lineOf(path), field: formatFieldPath(path), severity: 'warning', code, message });

  walk(data, [], (path, value) => {
    const key = path[path.length - 2];
    if (typeof value !== 'string') return;
    if (key === 'phone') {
      const result = memoised(phoneMemo, value, checkPhone);
      if (!result.valid) report(path, 'phone-invalid', `"${value}" is not a valid Bangladesh phone number: ${result.problem ?? 'check the digits'}`);
    } else if (key === 'email') {
      const result = memoised(emailMemo, value, checkEmail);
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

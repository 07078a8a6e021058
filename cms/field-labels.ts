/**
 * A finding's field, named the way the form names it: "২.১ নাগরিক সেবা › সেবা ৩ ›
 * সেবার নাম" for `services.citizen.services[2].name`, from the generated config's own
 * labels (cms/generate-config.ts). The admin's error summary and the local server's
 * report after a save (cms/office-checks.ts) both call this, so an editor reads one name
 * for one field wherever it is shown.
 */
import { toBengaliDigits } from '../src/domain/bengali-digits.ts';
import type { DecapField } from './generate-config.ts';

/** `services.citizen.services[3].fee` -> ['services', 'citizen', 'services', 3, 'fee']. */
export function fieldPath(field: string): (string | number)[] {
  return field
    .split(/\.|\[(\d+)\]/)
    .filter((p) => p !== undefined && p !== '')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

export function fieldLabel(formFields: readonly DecapField[] | undefined, field: string, locale: 'bn' | 'en' = 'bn'): string {
  if (!field) return locale === 'bn' ? 'পুরো দলিল' : 'The whole document';
  const parts: string[] = [];
  let fields = formFields;
  let list: DecapField | undefined;
  for (const key of fieldPath(field)) {
    if (typeof key === 'number') {
      // "সেবাসমূহ" then 3 -> "সেবা ৪": the item says what the list's label would.
      const listLabel = parts.pop() ?? '';
      const n = String(key + 1);
      parts.push(`${list?.label_singular ?? listLabel} ${locale === 'bn' ? toBengaliDigits(n) : n}`);
      continue;
    }
    const found = fields?.find((f) => f.name === key);
    parts.push(found ? found.label : key);
    list = found?.widget === 'list' ? found : undefined;
    fields = found?.fields;
  }
  return parts.join(' › ');
}

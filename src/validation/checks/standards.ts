/**
 * Checks: a charter's use of standard services, and a standard service file itself.
 *
 * - `standard: <setter>/<service>` names a standard that exists and is for this office
 *   (its kind and the offices above it): otherwise an error with the fix.
 * - A stated deviation changes something (a warning when the row's values are the standard's own).
 * - A row of the office's own that copies a standard the office should use (same service by
 *   meaning: folded names, the standard's aliases) with a different fee or time limit and
 *   no stated deviation: a warning naming the standard.
 * - A standard's `appliesTo.under` names an office on the portal.
 *
 * The checks read standards through a StandardsContext: from disk in the commands
 * (src/content-model/standards.ts: only the standards a charter names, and the small index
 * of every standard), from what the admin serves in the browser (checkDocument).
 */
import type { ContentFile } from '../../content-model/load.ts';
import { formatFieldPath, type FieldPath } from '../../core/diagnostic.ts';
import type { CharterFile, ServiceRow, StandardService } from '../../schemas/index.ts';
import { STANDARD_FIELDS } from '../../schemas/index.ts';
import {
  appliesTo,
  describeAppliesTo,
  namesStandard,
  sameFee,
  sameTimeLimit,
  splitRef,
  versionOn,
  type OfficePlace,
  type StandardEntry,
} from '../../domain/standard-services.ts';
import type { Diagnostic } from '../diagnostic.ts';

/** What the checks need to know about standards, wherever they run. */
export interface StandardsContext {
  /** The day standards are compared on (the build's as-of day). */
  day: string;
  /** A standard by reference: 'missing' (no file), 'invalid' (a file that does not pass its schema), or the standard. */
  find(ref: string): StandardService | 'missing' | 'invalid';
  /** An office's kind and the offices above it; undefined when unknown. */
  placeOf(officeId: string): OfficePlace | undefined;
  /** Every standard (the small index): for the copied-row warning and the suggestions in messages. */
  all(): readonly StandardEntry[];
  /** Whether an office id is on the portal (for `appliesTo.under`). */
  officeExists(officeId: string): boolean;
}

const SECTIONS = ['citizen', 'office', 'internal'] as const;
const fieldWord = (key: string) => (key === 'timeLimit' ? 'time limit' : key);

/** Checks of one charter's rows against the standards. */
export function checkCharterStandards(file: ContentFile, charter: CharterFile, ctx: StandardsContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (path: FieldPath, severity: Diagnostic['severity'], message: string): Diagnostic => ({
    file: file.source.displayPath,
    line: file.source.lineOf(path),
    field: formatFieldPath(path),
    severity,
    code: 'standard-service',
    message,
  });
  const place = ctx.placeOf(file.officeId);
  let forOffice: StandardEntry[] | undefined;
  const applicable = () => (forOffice ??= place ? ctx.all().filter((e) => appliesTo(e.standard, place)) : []);
  const suggestion = () => {
    const names = applicable().map((e) => `${e.ref} (${e.standard.name})`);
    return names.length ? ` Standards for this office: ${names.slice(0, 8).join(', ')}${names.length > 8 ? ', …' : ''}.` : '';
  };

  for (const section of SECTIONS) {
    (charter.services[section]?.services ?? []).forEach((row: ServiceRow, index) => {
      const path = ['services', section, 'services', index] as const;
      if (row.standard === undefined) {
        const copied = applicable().find((e) => namesStandard(row.name ?? '', e.standard));
        if (!copied) return;
        const version = versionOn(copied.standard, ctx.day);
        const differs = [
          ...(!sameFee(row.fee, version.fee) ? [`fee "${row.fee?.text ?? row.fee?.kind}" (the standard: "${version.fee.text ?? version.fee.kind}")`] : []),
          ...(!sameTimeLimit(row.timeLimit, version.timeLimit) ? [`time limit "${row.timeLimit?.text}" (the standard: "${version.timeLimit.text}")`] : []),
        ];
        if (differs.length === 0) return;
        out.push(
          at(
            [...path, 'name'],
            'warning',
            `"${row.name}" copies the standard service ${copied.ref} (${copied.standard.name}) with a different ${differs.join(' and ')}: use standard: ${copied.ref} with the office's own details, and state a deviation only if this office must differ`,
          ),
        );
        return;
      }
      const found = ctx.find(row.standard);
      if (found === 'missing' || found === 'invalid') {
        const { setter, id } = splitRef(row.standard);
        out.push(
          at(
            [...path, 'standard'],
            'error',
            found === 'missing'
              ? `there is no standard service ${row.standard} (no file offices/${setter}/services/${id}.yaml): correct the reference, or write the service as the office's own (name, delivery, fee, time limit) instead of standard:.${suggestion()}`
              : `the standard service ${row.standard} (offices/${setter}/services/${id}.yaml) has errors, so no page can show it: fix that file first (npm run validate names them)`,
          ),
        );
        return;
      }
      if (place && !appliesTo(found, place)) {
        out.push(
          at(
            [...path, 'standard'],
            'error',
            `the standard service ${row.standard} (${found.name}) is for ${describeAppliesTo(found)}, and ${file.officeId} is not one of them (a ${place.kind}${place.category ? ` of category ${place.category}` : ''}${place.ancestors.length ? ` under ${place.ancestors.join(' → ')}` : ''}): remove the row, or write the service as the office's own.${suggestion()}`,
          ),
        );
        return;
      }
      if (row.deviation !== undefined) {
        const version = versionOn(found, ctx.day);
        const stated = STANDARD_FIELDS.filter((key) => row[key] !== undefined);
        const same = stated.filter((key) =>
          key === 'fee'
            ? sameFee(row.fee, version.fee)
            : key === 'timeLimit'
              ? sameTimeLimit(row.timeLimit, version.timeLimit)
              : JSON.stringify(row[key]) === JSON.stringify(version[key]),
        );
        if (stated.length === 0)
          out.push(
            at(
              [...path, 'deviation'],
              'warning',
              `a deviation is stated but the row gives nothing of its own: add the ${STANDARD_FIELDS.map(fieldWord).join(', ')} this office uses instead of the standard's, or remove deviation`,
            ),
          );
        else if (same.length === stated.length)
          out.push(
            at(
              [...path, same[0] ?? 'deviation'],
              'warning',
              `the row's ${same.map(fieldWord).join(' and ')} ${same.length > 1 ? 'are' : 'is'} the standard's own (${row.standard}): remove ${same.length > 1 ? 'them' : 'it'} and the deviation`,
            ),
          );
      }
    });
  }
  return out;
}

/** Checks of a standard service file beyond its schema. */
export function checkStandardFile(file: ContentFile, standard: StandardService, ctx: Pick<StandardsContext, 'officeExists'>): Diagnostic[] {
  const under = standard.appliesTo.under;
  if (under === undefined || ctx.officeExists(under)) return [];
  return [
    {
      file: file.source.displayPath,
      line: file.source.lineOf(['appliesTo', 'under']),
      field: 'appliesTo.under',
      severity: 'error',
      code: 'reference',
      message: `office "${under}" does not exist: appliesTo.under names the folder of an office under content/offices whose offices below it offer this service`,
    },
  ];
}

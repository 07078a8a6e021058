/**
 * Imported charter rows matched to the standard services the office should offer, by meaning
 * (folded names, the standard's aliases, a serial in brackets dropped: "নামজারি ও জমাখারিজ (৬)").
 * A row that prints the standard's fee and time limit becomes `standard: <ref>` with the
 * office's own details (officer, room, remarks); a row that differs is kept as printed and
 * reported as a deviation, because only the office can say why (and the reason is shown to
 * citizens, so the importer never makes one up).
 */
import { sameFee, sameTimeLimit, standardNamed, versionOn, type StandardEntry } from '../domain/standard-services.ts';
import type { ImportContext } from './context.ts';

export interface ImportStandards {
  /** The standards for the office being imported into (its kind, category and the offices above it). */
  candidates: readonly StandardEntry[];
  /** The day the standards are compared on (the build's day). */
  day: string;
}

type Row = Record<string, unknown>;
const SECTIONS = ['citizen', 'office', 'internal'] as const;

/** Rewrites matching rows of an imported charter in place; every match and deviation is reported with its input line. */
export function matchStandards(ctx: ImportContext, data: Record<string, unknown>, standards: ImportStandards | undefined): void {
  if (!standards || standards.candidates.length === 0) return;
  const services = (data['services'] ?? {}) as Record<string, { services?: Row[] } | undefined>;
  for (const section of SECTIONS) {
    const rows = services[section]?.services;
    if (!rows) continue;
    rows.forEach((row, index) => {
      const name = typeof row['name'] === 'string' ? row['name'] : '';
      const match = standardNamed(name, standards.candidates);
      if (!match) return;
      const path = ['services', section, 'services', index];
      const line = ctx.lineOf(path);
      const version = versionOn(match.standard, standards.day);
      const fee = sameFee(row['fee'] as never, version.fee);
      const time = sameTimeLimit(row['timeLimit'] as never, version.timeLimit);
      if (fee && time) {
        const local: Row = {};
        for (const key of ['number', 'officer', 'room', 'remarks']) if (row[key] !== undefined) local[key] = row[key];
        rows[index] = { ...(local['number'] !== undefined ? { number: local['number'] } : {}), standard: match.ref, ...local };
        ctx.report(
          line,
          [...path, 'standard'],
          'standard-matched',
          `"${name}" is the standard service ${match.ref} (${match.standard.name}) with its fee and time limit: written as standard: ${match.ref} with this office's officer${row['remarks'] ? ' and remarks' : ''}; its papers, delivery and legal basis now come from the standard`,
        );
        return;
      }
      const differs = [
        ...(fee
          ? []
          : [`fee "${String((row['fee'] as { text?: string } | undefined)?.text ?? '')}" (the standard: "${version.fee.text ?? version.fee.kind}")`]),
        ...(time
          ? []
          : [`time limit "${String((row['timeLimit'] as { text?: string } | undefined)?.text ?? '')}" (the standard: "${version.timeLimit.text}")`]),
      ];
      ctx.report(
        line,
        [...path, 'name'],
        'standard-deviation',
        `"${name}" is the standard service ${match.ref} (${match.standard.name}) but prints a different ${differs.join(' and ')}: kept as printed; if this office must differ, write standard: ${match.ref} with its own value and the reason in deviation (citizens see it), otherwise use the standard's`,
      );
    });
  }
}

/**
 * Check: a document the freshness rules are meant to count carries the fields they read.
 * Minutes of a charter-monitoring meeting count for the quarter they report on
 * (src/domain/freshness/input.ts reads `fiscalYear` and `quarter`); without `quarter` they
 * are published but satisfy no quarter, so the office stays stale while the editor
 * believes the meeting is recorded. A warning, because older minutes may not say it.
 */
import type { ContentFile } from '../../content-model/load.ts';
import type { Minutes } from '../../schemas/index.ts';
import type { Diagnostic } from '../diagnostic.ts';

export function checkFreshnessFields(file: ContentFile, minutes: Pick<Minutes, 'meetingKind' | 'quarter' | 'fiscalYear'>): Diagnostic[] {
  if (minutes.meetingKind !== 'charter-monitoring' || minutes.quarter !== undefined) return [];
  return [
    {
      file: file.source.displayPath,
      line: file.source.lineOf(['meetingKind']),
      field: 'quarter',
      severity: 'warning',
      code: 'freshness-field',
      message: `minutes of a charter-monitoring meeting without a quarter count for no quarter of ${minutes.fiscalYear}: the monitoring-meeting rule still finds the meeting missing; add quarter (1-4), the quarter the meeting reports on`,
    },
  ];
}

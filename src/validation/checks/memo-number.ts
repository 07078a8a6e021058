/** Check: the memo number has the usual dotted shape. Off-pattern numbers are real; they are kept verbatim and warned about. */
import type { ContentFile } from '../../content-model/load.ts';
import { parseMemoNumber } from '../../domain/memo-number.ts';
import type { Diagnostic } from '../diagnostic.ts';

export function checkMemoNumber(file: ContentFile, data: { memoNumber: string }): Diagnostic[] {
  const parsed = parseMemoNumber(data.memoNumber);
  return parsed.problems.map((problem) => ({
    file: file.source.displayPath,
    line: file.source.lineOf(['memoNumber']),
    field: 'memoNumber',
    severity: 'warning' as const,
    code: 'memo-number-format',
    message: `"${data.memoNumber}": ${problem.message}`,
  }));
}

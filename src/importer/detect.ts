/**
 * Which kind of document an input is, when --kind is not given: a service
 * table (সেবার নাম column) makes a charter, an "অফিস আদেশ" title an office
 * order, কার্যবিবরণী or an agenda/decision structure minutes.
 */
import type { DocumentKind } from '../schemas/index.ts';
import { isServiceTable } from './charter.ts';
import { isMeetingTitle } from './minutes.ts';
import { ORDER_TITLE } from './order.ts';
import { stripEmphasis, type Item } from './source.ts';

export interface DetectedKind {
  kind: DocumentKind;
  /** Plain words: what gave it away. */
  reason: string;
  line: number;
}

export function detectKind(items: Item[]): DetectedKind | undefined {
  const table = items.find((it) => it.kind === 'table' && isServiceTable(it));
  if (table) return { kind: 'charter', reason: 'a service table with a সেবার নাম column', line: table.line };
  const lines = items.filter((it) => it.kind === 'line');
  const order = lines.slice(0, 25).find((it) => ORDER_TITLE.test(stripEmphasis(it.text)));
  if (order) return { kind: 'order', reason: 'the title অফিস আদেশ', line: order.line };
  const minutes = lines.find((it) => /কার্যবিবরণী/u.test(it.text));
  if (minutes) return { kind: 'minutes', reason: 'the word কার্যবিবরণী (minutes)', line: minutes.line };
  const meeting = lines.slice(0, 25).find((it) => isMeetingTitle(it.text));
  if (meeting) return { kind: 'minutes', reason: 'a meeting title (… সভা)', line: meeting.line };
  const chair = lines.find((it) => /^(?:সভাপতি|সভার\s+তারিখ)\s*[:ঃ]/u.test(stripEmphasis(it.text)));
  if (chair) return { kind: 'minutes', reason: 'a meeting header (সভাপতি / সভার তারিখ)', line: chair.line };
  const charter = lines
    .slice(0, 25)
    .find((it) => /সিটিজেন[স]?\s+চার্টার|সেবা\s+প্রদান\s+প্রতিশ্রুতি|নাগরিক\s+সনদ/u.test(it.text) && it.text.length < 80 && !/সভা/u.test(it.text));
  if (charter) return { kind: 'charter', reason: 'a citizen charter title', line: charter.line };
  return undefined;
}

/**
 * The agenda of minutes in each printed shape (the minutes importer, ./minutes.ts,
 * tries them in turn): a table with columns বিষয় · আলোচনা · সিদ্ধান্ত · বাস্তবায়নকারী;
 * numbered sections "১.০ আলোচ্য বিষয়: …"; a list of decisions after "গৃহীত
 * সিদ্ধান্ত:"; or only numbered paragraphs. Decisions carry who implements them
 * and by when.
 */
import { parsePrintedDate } from './dates.ts';
import type { AgendaItem, Decision } from '../schemas/index.ts';
import type { ImportContext } from './context.ts';
import { findDueText, findImplementer, splitNumbered, takeItemNumber } from './fields.ts';
import { squash, stripEmphasis, type Item, type SourceLine, type SourceTable } from './source.ts';
import { columnsOf, isRepeatedHeader, reportMissingCells } from './tables.ts';

// "১.০ আলোচ্য বিষয়:", "আলোচ্যসূচি-২:", "সিদ্ধান্ত:" — the number before the label, or after it, is the item number.
export const SECTION_LABEL =
  /^(?:([০-৯0-9]+(?:\.[০-৯0-9]+)*\.?)\s*)?(আলোচ্য\s*বিষয়|আলোচ্যসূচি|আলোচ্যসূচী|আলোচ্য\s*সূচি|আলোচনা|সিদ্ধান্ত(?:সমূহ)?|বাস্তবায়নে|বাস্তবায়নকারী)(?:\s*[-–]?\s*([০-৯0-9]{1,2}))?\s*[:ঃ]\s*(.*)$/u;
const DECISION_HEADING = /^(?:গৃহীত\s+)?সিদ্ধান্ত(?:সমূহ)?\s*[:ঃ]?$/u;
export const TIME_WORD = /,?\s*((?:সকাল|বেলা|দুপুর|বিকাল|বিকেল|সন্ধ্যা|রাত)\s.*)$/u;

export function decisionFrom(text: string, implementedBy?: string): Decision {
  const due = findDueText(text);
  const by = implementedBy ?? findImplementer(text);
  // Only a deadline printed with day, month and year becomes a date; "আগামী ১০ দিনের মধ্যে" stays text.
  const dueDate = due ? parsePrintedDate(due) : null;
  return { text, ...(by ? { implementedBy: by } : {}), ...(dueDate ? { dueDate } : {}), ...(due ? { dueText: due } : {}) };
}

/** The agenda table: a header naming at least the decision column. */
export function isAgendaTable(table: SourceTable): boolean {
  const cols = columnsOf(table.rows[0]?.cells ?? [], AGENDA_COLUMNS);
  return cols.decision !== undefined && (cols.topic !== undefined || cols.discussion !== undefined);
}

const AGENDA_COLUMNS = {
  decision: /সিদ্ধান্ত/u,
  implementedBy: /বাস্তবায়ন|দায়িত্বপ্রাপ্ত/u,
  discussion: /আলোচনা/u,
  number: /^(?:ক্রম|ক্রমিক|ক্র\.?\s*নং|নং|ক্রঃ)/u,
  topic: /বিষয়|আলোচ্যসূচি|আলোচ্য/u,
} as const;

export function agendaFromTable(ctx: ImportContext, table: SourceTable, agenda: AgendaItem[]): void {
  const header = table.rows[0];
  if (!header) return;
  const cols = columnsOf(header.cells, AGENDA_COLUMNS);
  table.used = true;
  reportMissingCells(ctx, table, 'agenda');
  for (const row of table.rows.slice(1)) {
    if (row.cells.length !== header.cells.length || isRepeatedHeader(row.cells, header.cells)) continue;
    const cell = (k: keyof typeof AGENDA_COLUMNS) => (cols[k] === undefined ? '' : squash(stripEmphasis(row.cells[cols[k]] ?? '')));
    const implementedBy = cell('implementedBy') || undefined;
    const decisionTexts = (row.cells[cols.decision ?? -1] ?? '').split('\n').flatMap((l) => splitNumbered(stripEmphasis(l)));
    const topic = cell('topic') || cell('discussion').split('।')[0] || '';
    const index = agenda.length;
    const number = cell('number');
    agenda.push({
      ...(number ? { number } : {}),
      topic,
      ...(cell('discussion') ? { discussion: cell('discussion') } : {}),
      decisions: decisionTexts.map((t) => decisionFrom(t, implementedBy)),
    });
    ctx.at(['agenda', index], row.line);
  }
}

/** "১.০ আলোচ্য বিষয়: …" / "১.১ আলোচনা: …" / "১.২ সিদ্ধান্ত: (১) …" sections. */
export function agendaFromSections(ctx: ImportContext, items: Item[], agenda: AgendaItem[]): void {
  let current: { item: AgendaItem; index: number } | undefined;
  let field: 'topic' | 'discussion' | 'decision' | 'implementedBy' | undefined;
  const texts: Record<string, string[]> = {};
  const finish = () => {
    if (!current) return;
    const item = current.item;
    if (texts['topic']?.length) item.topic = squash(texts['topic'].join(' '));
    if (texts['discussion']?.length) item.discussion = squash(texts['discussion'].join(' '));
    const implementedBy = texts['implementedBy']?.length ? squash(texts['implementedBy'].join(' ')) : undefined;
    item.decisions = (texts['decision'] ?? []).flatMap((t) => splitNumbered(t)).map((t) => decisionFrom(t, implementedBy));
    if (!item.topic) item.topic = item.discussion?.split('।')[0] ?? item.decisions[0]?.text ?? '';
    // Keys in schema order, as an editor reads them.
    agenda[current.index] = {
      ...(item.number ? { number: item.number } : {}),
      topic: item.topic,
      ...(item.discussion ? { discussion: item.discussion } : {}),
      decisions: item.decisions,
    };
    for (const k of Object.keys(texts)) delete texts[k];
    current = undefined;
  };
  for (const it of items) {
    if (it.kind !== 'line' || it.used) {
      if (it.kind === 'table' && !it.used && current) field = undefined;
      continue;
    }
    const text = stripEmphasis(it.text);
    const m = SECTION_LABEL.exec(text);
    if (m) {
      const label = m[2] ?? '';
      const kind = /^আলোচ্য/u.test(label) ? 'topic' : label === 'আলোচনা' ? 'discussion' : /^সিদ্ধান্ত/u.test(label) ? 'decision' : 'implementedBy';
      if (kind === 'topic' || !current || (texts[kind]?.length && kind !== 'decision')) {
        finish();
        current = { item: { topic: '', decisions: [] }, index: agenda.length };
        agenda.push(current.item);
        ctx.at(['agenda', current.index], it.line);
        if (m[1] ?? m[3]) current.item.number = m[1] ?? m[3];
      }
      field = kind;
      texts[kind] = [...(texts[kind] ?? []), ...(m[4] ? [m[4]] : [])];
      it.used = true;
      continue;
    }
    if (!current || !field) continue;
    // A discussion runs over paragraphs until the next label; a decision only over its own paragraph or numbered items.
    if (field === 'discussion' || (!it.blankBefore && field !== 'topic') || (field === 'decision' && /^\(?[০-৯0-9]{1,2}[)।]/u.test(text))) {
      if (field === 'discussion' && /আর\s+কো(?:ন|নো)\s+(?:আলোচ|আলোচ্য)/u.test(text)) {
        field = undefined;
        continue;
      }
      texts[field] = [...(texts[field] ?? []), text];
      it.used = true;
    } else field = undefined;
  }
  finish();
}

/** A decision list after "গৃহীত সিদ্ধান্ত:": bullets or numbered lines, tables (committees) in between allowed. */
export function agendaFromDecisionList(ctx: ImportContext, items: Item[], agenda: AgendaItem[]): void {
  const start = items.findIndex((it) => it.kind === 'line' && !it.used && DECISION_HEADING.test(stripEmphasis(it.text)));
  if (start < 0) return;
  const heading = items[start] as SourceLine;
  const decisions: { text: string; line: number }[] = [];
  for (let i = start + 1; i < items.length; i++) {
    const it = items[i];
    if (!it) break;
    // A committee table printed under a decision belongs to it; the list goes on after it.
    if (it.kind === 'table') continue;
    if (it.used) break;
    const text = stripEmphasis(it.text);
    if (/^(?:[-*•]\s+|[০-৯0-9]{1,2}\s*[।).](?![০-৯0-9])|\(\s*[০-৯0-9]{1,2}\s*\))/u.test(text)) {
      decisions.push({ text: takeItemNumber(text).rest, line: it.line });
      it.used = true;
    } else if (!it.blankBefore && decisions.length) {
      const last = decisions[decisions.length - 1];
      if (last) last.text = `${last.text} ${text}`;
      it.used = true;
    } else break;
  }
  if (!decisions.length) return;
  heading.used = true;
  // Numbered rows of tables printed earlier ("১.১ উদ্ভাবনী ধারণা বাস্তবায়ন") that a decision may cite.
  const cited = new Map<string, string>();
  for (const it of items) {
    if (it.kind !== 'table') continue;
    for (const row of it.rows) {
      const m = /^([০-৯0-9]+\.[০-৯0-9]+)\s+(.+)$/u.exec(squash(row.cells[0] ?? ''));
      if (m && !cited.has(m[1] ?? '')) cited.set(m[1] ?? '', m[2] ?? '');
    }
  }
  const byNumber = new Map<string, AgendaItem>();
  let general: AgendaItem | undefined;
  for (const d of decisions) {
    const ref = /([০-৯0-9]+\.[০-৯0-9]+)\s*(?:নং\s*)?(?:কার্যক্রম|সূচক|অংশ)/u.exec(d.text)?.[1];
    const topic = ref ? cited.get(ref) : undefined;
    let item: AgendaItem | undefined;
    if (ref && topic) {
      item = byNumber.get(ref);
      if (!item) {
        item = { number: ref, topic, decisions: [] };
        byNumber.set(ref, item);
        ctx.at(['agenda', agenda.length], d.line);
        agenda.push(item);
      }
    } else {
      if (!general) {
        general = { topic: stripEmphasis(heading.text).replace(/\s*[:ঃ]$/u, ''), decisions: [] };
        ctx.at(['agenda', agenda.length], heading.line);
        agenda.push(general);
      }
      item = general;
    }
    item.decisions.push(decisionFrom(squash(d.text)));
  }
}

/** Minutes that print their decisions only as numbered paragraphs ("১। …", "(২) …"): one agenda item holding them. */
export function agendaFromNumberedParagraphs(ctx: ImportContext, items: Item[], agenda: AgendaItem[], title: string): void {
  const numbered = items.filter(
    (it): it is SourceLine =>
      it.kind === 'line' && !it.used && /^(?:[০-৯0-9]{1,2}\s*[।)]|\(\s*[০-৯0-9]{1,2}\s*\)|[০-৯0-9]{1,2}\.(?![০-৯0-9]))/u.test(stripEmphasis(it.text)),
  );
  if (numbered.length === 0) return;
  ctx.at(['agenda', agenda.length], numbered[0]?.line ?? 1);
  agenda.push({ topic: title || 'সভার সিদ্ধান্তসমূহ', decisions: numbered.map((l) => decisionFrom(takeItemNumber(stripEmphasis(l.text)).rest)) });
  for (const l of numbered) l.used = true;
  ctx.report(
    numbered[0]?.line ?? 1,
    'agenda',
    'unparsed',
    `the minutes print no agenda, only ${numbered.length} numbered paragraph${numbered.length === 1 ? '' : 's'}; they were read as the decisions of one agenda item — split them by topic if the meeting had several`,
  );
}

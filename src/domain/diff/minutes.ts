/** Minutes: agenda items by topic, decisions by their text (then by similar text), then every other field. */
import { arr, diffRemaining, obj, pairUp, same, str, type Obj } from './compare.ts';
import type { At, ContentChange, MinutesView } from './types.ts';

const RENAME_THRESHOLD = 0.6;

interface FlatDecision {
  topic: string;
  decision: Obj;
}

export function decisionsOf(minutes: MinutesView): FlatDecision[] {
  return arr(minutes.agenda).flatMap((item) => arr(obj(item)['decisions']).map((d) => ({ topic: str(obj(item)['topic']), decision: obj(d) })));
}

export function diffMinutes(before: MinutesView, after: MinutesView, at: At, out: ContentChange[]): void {
  const topics = pairUp(arr(before.agenda).map(obj), arr(after.agenda).map(obj), (i) => str(i['topic']), RENAME_THRESHOLD);
  for (const item of topics.removed) out.push({ ...at, type: 'agenda-removed', subject: str(item['topic']) });
  for (const item of topics.added) out.push({ ...at, type: 'agenda-added', subject: str(item['topic']) });
  for (const { before: b, after: a } of topics.pairs) {
    for (const field of ['topic', 'discussion']) {
      if (!same(b[field], a[field]))
        out.push({ ...at, type: 'minutes-field', subject: str(a['topic']), field: `agenda.${field}`, before: str(b[field]), after: str(a[field]) });
    }
  }

  const decisions = pairUp(decisionsOf(before), decisionsOf(after), (d) => str(d.decision['text']), 0.7);
  for (const { before: b, after: a } of decisions.pairs) {
    if (same(b.decision, a.decision)) continue;
    const fields = ['text', 'implementedBy', 'dueDate', 'dueText'].filter((f) => !same(b.decision[f], a.decision[f]));
    out.push({
      ...at,
      type: 'decision-changed',
      subject: a.topic,
      field: fields.join(', '),
      before: fields
        .map((f) => str(b.decision[f]))
        .filter(Boolean)
        .join(' · '),
      after: fields
        .map((f) => str(a.decision[f]))
        .filter(Boolean)
        .join(' · '),
    });
  }
  for (const d of decisions.removed) out.push({ ...at, type: 'decision-removed', subject: d.topic, before: str(d.decision['text']) });
  for (const d of decisions.added) {
    const who = str(d.decision['implementedBy']);
    out.push({ ...at, type: 'decision-added', subject: d.topic, after: str(d.decision['text']), ...(who ? { field: who } : {}) });
  }
  diffRemaining(before, after, new Set(['agenda']), 'minutes-field', at, out);
}

/**
 * The panel at the top of every form (a field of its own, `protishruti-status`, first in
 * each collection of the generated config; it stores nothing). It says, in the editor's
 * words, what state the document is in:
 *
 * - the error summary after a refused save (GOV.UK's "There is a problem"): one line per
 *   field, its label, the problem and the fix; each line opens the folds down to the
 *   field and puts the cursor in it. The panel takes focus, so a screen reader and a
 *   phone user land on it;
 * - the build's warnings, which show but never block;
 * - what other modules add (./versions.ts: which version of a charter this is;
 *   ./after-save.ts: what the office's check and build did with the last save).
 */
import { ADMIN_WORDS } from './words.ts';
import { fieldLabel as labelOf } from '../field-labels.ts';
import type { DecapField } from '../generate-config.ts';
import { checkEntry, lastSaveAttempt, subscribe, type Finding } from './checks.ts';
import { createClass, h, isImm, LANG, say, type ControlProps, type Imm } from './decap.ts';
import { nameOpenDocument } from './chrome.ts';
import { focusField } from './fields.ts';
import { shownDigits } from './inputs.ts';

export const STATUS_WIDGET = 'protishruti-status';

/** A section another module adds to the panel (null: nothing to say for this entry). */
export type Panel = (props: ControlProps) => unknown;
const panels: Panel[] = [];
export function addPanel(panel: Panel): void {
  panels.push(panel);
}

/** Re-render the panel (a module's own state changed). */
const refreshers = new Set<() => void>();
export function refreshStatus(): void {
  for (const refresh of [...refreshers]) refresh();
}

/** The fields of the entry's collection (a files collection: the fields of the entry's file). */
export function fieldsOf(props: Pick<ControlProps, 'collection' | 'getEntry'>): Imm | undefined {
  const collection = props.collection;
  const files = collection.get('files');
  if (files) {
    const slug = props.getEntry().get('slug');
    const file = files.find?.((f: Imm) => f.get('name') === slug) as Imm | undefined;
    return file?.get('fields');
  }
  return collection.get('fields');
}

/** The form's name for a finding's field (cms/field-labels.ts), from Decap's copy of the generated fields. */
export function fieldLabel(formFields: Imm | undefined, field: string): string {
  return labelOf(formFields?.toJS() as DecapField[] | undefined, field, LANG);
}

function findingLine(props: ControlProps, finding: Finding, onOpen: (field: string) => void) {
  const label = fieldLabel(fieldsOf(props), finding.field);
  const words = [finding.problem, finding.fix].filter(Boolean).join(' ');
  return h(
    'li',
    { key: `${finding.field}|${finding.code}|${finding.message}` },
    finding.field
      ? h(
          'a',
          {
            href: `#${finding.field}`,
            className: 'protishruti-link',
            onClick: (event: Event) => {
              event.preventDefault();
              onOpen(finding.field);
            },
          },
          h('strong', null, label),
          `: ${words}`,
        )
      : h('span', null, h('strong', null, label), `: ${words}`),
  );
}

export const StatusControl = createClass({
  displayName: 'ProtishrutiStatus',
  getInitialState() {
    return { tick: 0, shownAttempt: 0 };
  },
  componentDidMount(this: { refresh(): void; unsubscribe?: () => void }) {
    this.unsubscribe = subscribe(this.refresh);
    refreshers.add(this.refresh);
  },
  componentWillUnmount(this: { refresh(): void; unsubscribe?: () => void }) {
    this.unsubscribe?.();
    refreshers.delete(this.refresh);
  },
  componentDidUpdate(this: { box?: HTMLElement | null; state: { shownAttempt: number }; setState(s: unknown): void }) {
    // A refused save: bring the summary into view and give it focus (once per attempt).
    const attempt = lastSaveAttempt();
    if (attempt && attempt.refused.length && attempt.at !== this.state.shownAttempt && this.box) {
      this.setState({ shownAttempt: attempt.at });
      this.box.scrollIntoView({ block: 'start' });
      this.box.focus();
    }
  },
  refresh(this: { setState(update: (s: { tick: number }) => unknown): void }) {
    this.setState((s) => ({ tick: s.tick + 1 }));
  },
  setBox(this: { box?: HTMLElement | null }, element: HTMLElement | null) {
    this.box = element;
  },
  open(field: string) {
    if (!focusField(field)) window.scrollTo({ top: 0 });
  },
  isValid() {
    return true;
  },
  /** Decap re-renders a field only when its value changes (Widget.js); this panel has none and speaks of the whole entry, so always. */
  shouldComponentUpdate() {
    return true;
  },
  render(this: { props: ControlProps; setBox: unknown; open(field: string): void }) {
    const props = this.props;
    const entry = props.getEntry();
    const result = checkEntry(entry);
    const identifier = entry.getIn(['data', String(props.collection.get('identifier_field') ?? 'title')]);
    nameOpenDocument(
      `${String(props.collection.get('label_singular') ?? props.collection.get('label') ?? '')} "${String(identifier ?? entry.get('slug') ?? '')}" (${result?.path ?? ''})`,
    );
    const attempt = lastSaveAttempt();
    const refused = attempt?.refused.length ? (result?.errors ?? attempt.refused) : [];
    const warnings = result?.warnings ?? [];
    const sections: unknown[] = panels.map((panel) => panel(props)).filter(Boolean);
    if (refused.length) {
      sections.unshift(
        h(
          'div',
          { key: 'errors', className: 'protishruti-error-summary', role: 'alert', tabIndex: -1, ref: this.setBox },
          h('h2', null, say(ADMIN_WORDS.refusedHeading, 'Not saved: fix these fields')),
          h(
            'p',
            null,
            say(
              `${shownDigits(String(refused.length))}টি ঘরে সমস্যা আছে; ঠিক না করা পর্যন্ত দলিলটি সংরক্ষণ বা প্রকাশ হবে না। লাইনে চাপ দিলে ঘরটি খুলবে।`,
              `${refused.length} field(s) need fixing; the document is not saved or published until they are. Select a line to go to its field.`,
            ),
          ),
          h(
            'ul',
            null,
            refused.map((f) => findingLine(props, f, this.open)),
          ),
        ),
      );
    }
    if (warnings.length) {
      sections.push(
        h(
          'details',
          { key: 'warnings', className: 'protishruti-warning-summary' },
          h(
            'summary',
            null,
            say(
              `সতর্কতা (${shownDigits(String(warnings.length))}টি): সংরক্ষণে বাধা নেই, তবে দেখে নিন`,
              `Warnings (${warnings.length}): they do not stop a save, but check them`,
            ),
          ),
          h(
            'ul',
            null,
            warnings.map((f) => findingLine(props, f, this.open)),
          ),
        ),
      );
    }
    return h(
      'div',
      { className: 'protishruti-status', id: props.forID },
      sections.length
        ? sections
        : h('p', { className: 'protishruti-ok' }, say('এই দলিলে পোর্টালের যাচাইয়ে কোনো সমস্যা নেই।', 'The portal’s checks find nothing wrong in this document.')),
    );
  },
});

/** An Immutable value from Decap, or a plain one, as plain JS. */
export function plain(value: unknown): unknown {
  return isImm(value) ? value.toJS() : value;
}

/**
 * Inputs that take Bengali as an editor types it. Decap's number widget is an
 * `<input type="number">`, which drops "৫০০" without a word; its date widget is the
 * browser's date input (mm/dd/yyyy in an English browser). These replace the two
 * controls (the wrapper in ./fields.ts still runs the build's checks around them):
 *
 * - a number: one text box that accepts Bengali or English digits, shows Bengali
 *   digits, and stores a number (500); anything else is kept as typed, so the build's
 *   check names it and the save is refused instead of the value vanishing;
 * - a date: day / month / year boxes (GOV.UK's date input), Bengali digits, stored as
 *   ISO `2024-04-15`, with the date read back in words under it (Gregorian and Bangla);
 *   a whole date pasted into one box (`১৫/০৯/২০২৪`, `2024-09-15`) fills the three;
 * - a text field whose pattern wants ASCII digits (the fiscal year, 2023-24) accepts
 *   Bengali digits and stores ASCII.
 */
import { ADMIN_WORDS } from './words.ts';
import { toAsciiDigits, toBengaliDigits } from '../../src/domain/bengali-digits.ts';
import { todayInDhaka } from '../../src/domain/fiscal-year.ts';
import { isoFromParts } from '../../src/domain/iso-date.ts';
import { isoOfParts, readNumber, readWholeDate, type DateParts } from '../bengali-input.ts';
import { dualDate } from '../../src/lib/format.ts';
import { CMS, createClass, h, LANG, say, type ControlProps } from './decap.ts';

/** Digits as the editor reads them: Bengali in the Bengali admin. */
export const shownDigits = (text: string): string => (LANG === 'bn' ? toBengaliDigits(text) : text);

export const BengaliNumberControl = createClass({
  displayName: 'BengaliNumberControl',
  getInitialState(this: { props: ControlProps }) {
    return { text: typeof this.props.value === 'number' ? shownDigits(String(this.props.value)) : String(this.props.value ?? '') };
  },
  componentDidUpdate(this: { props: ControlProps; state: { text: string }; setState(s: unknown): void }, previous: ControlProps) {
    // A value set from outside (a new version, a reset): show it.
    if (previous.value !== this.props.value && readNumber(this.state.text, false) !== this.props.value) {
      this.setState({ text: typeof this.props.value === 'number' ? shownDigits(String(this.props.value)) : String(this.props.value ?? '') });
    }
  },
  handleChange(this: { props: ControlProps; setState(s: unknown): void }, event: { target: { value: string } }) {
    const text = event.target.value;
    this.setState({ text });
    this.props.onChange(readNumber(text, this.props.field.get('value_type') === 'int'));
  },
  isValid(this: { props: ControlProps; state: { text: string } }) {
    const read = readNumber(this.state.text, this.props.field.get('value_type') === 'int');
    if (typeof read === 'string' && read !== '') {
      return {
        error: {
          type: 'CUSTOM',
          message: say(
            `"${this.state.text}" সংখ্যা হিসেবে পড়া যায়নি। শুধু অঙ্ক লিখুন (বাংলা বা ইংরেজি), যেমন ৫০০।`,
            `"${this.state.text}" is not a number: type digits only, e.g. 500.`,
          ),
        },
      };
    }
    return true;
  },
  render(this: { props: ControlProps; state: { text: string }; handleChange: unknown }) {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    return h('input', {
      type: 'text',
      inputMode: this.props.field.get('value_type') === 'int' ? 'numeric' : 'decimal',
      id: forID,
      className: classNameWrapper,
      value: this.state.text,
      onChange: this.handleChange,
      onFocus: setActiveStyle,
      onBlur: setInactiveStyle,
      autoComplete: 'off',
    });
  },
});

function partsOf(value: unknown): DateParts {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typeof value === 'string' ? value : '');
  if (!match) return { day: '', month: '', year: '' };
  return { year: shownDigits(match[1]!), month: shownDigits(match[2]!), day: shownDigits(match[3]!) };
}

const BOX_STYLE = 'protishruti-date-box';

export const BengaliDateControl = createClass({
  displayName: 'BengaliDateControl',
  getInitialState(this: { props: ControlProps }) {
    return partsOf(this.props.value);
  },
  componentDidUpdate(this: { props: ControlProps; state: DateParts; setState(s: unknown): void }, previous: ControlProps) {
    if (previous.value !== this.props.value && isoOfParts(this.state) !== this.props.value) this.setState(partsOf(this.props.value));
  },
  change(this: { props: ControlProps; state: DateParts; setState(s: unknown): void }, part: keyof DateParts, text: string) {
    // A whole date pasted or typed into one box (2024-09-15, ১৫/০৯/২০২৪) fills all three.
    const whole = readWholeDate(text);
    const next = whole ? { day: shownDigits(whole.day), month: shownDigits(whole.month), year: shownDigits(whole.year) } : { ...this.state, [part]: text };
    this.setState(next);
    this.props.onChange(isoOfParts(next));
  },
  today(this: { props: ControlProps; setState(s: unknown): void }) {
    const iso = todayInDhaka();
    this.setState(partsOf(iso));
    this.props.onChange(iso);
  },
  isValid(this: { state: DateParts }) {
    const { day, month, year } = this.state;
    const filled = [day, month, year].filter((p) => p.trim() !== '').length;
    if (filled > 0 && filled < 3) {
      return {
        error: { type: 'CUSTOM', message: say('তারিখ অসম্পূর্ণ: দিন, মাস ও বছর তিনটি ঘরই লিখুন।', 'The date is incomplete: fill in day, month and year.') },
      };
    }
    return true;
  },
  render(this: { props: ControlProps; state: DateParts; change(part: keyof DateParts, text: string): void; today(): void }) {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    const iso = isoOfParts(this.state);
    const box = (part: keyof DateParts, label: string, width: string, id: string) =>
      h(
        'div',
        { className: BOX_STYLE, key: part },
        h('label', { htmlFor: id }, label),
        h('input', {
          id,
          type: 'text',
          inputMode: 'numeric',
          autoComplete: 'off',
          style: { width },
          value: this.state[part],
          onChange: (e: { target: { value: string } }) => this.change(part, e.target.value),
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
        }),
      );
    const read = /^\d{4}-\d{2}-\d{2}$/.test(iso) && isoFromParts(...(iso.split('-').map(Number) as [number, number, number])) ? dualDate(iso) : undefined;
    return h(
      'div',
      { className: `${classNameWrapper} protishruti-date`, role: 'group' },
      h(
        'div',
        { className: 'protishruti-date-boxes' },
        box('day', say(ADMIN_WORDS.day, 'Day'), '3.2em', forID),
        box('month', say(ADMIN_WORDS.month, 'Month'), '3.2em', `${forID}-month`),
        box('year', say(ADMIN_WORDS.year, 'Year'), '4.6em', `${forID}-year`),
        h('button', { type: 'button', className: 'protishruti-date-today', onClick: this.today }, say(ADMIN_WORDS.today, 'Today')),
      ),
      h('p', { className: 'protishruti-date-read', 'aria-live': 'polite' }, read ? (LANG === 'en' ? iso : `${read.gregorian} (${read.bangla})`) : ''),
    );
  },
});

/** The original control of a registered widget (before ./fields.ts wraps it). */
function originalControl(name: string): unknown {
  return (CMS.getWidget(name) as { control: unknown }).control;
}

/** Decap's datetime control for fields with a time; our day/month/year boxes for a date only (the generated config's dates). */
export function dateTimeControl(): unknown {
  const Original = originalControl('datetime');
  return createClass({
    displayName: 'DateOrDateTime',
    setInner(this: { inner?: unknown }, ref: unknown) {
      this.inner = ref;
    },
    isValid(this: { inner?: { isValid?(): unknown } }) {
      return this.inner?.isValid?.() ?? true;
    },
    render(this: { props: ControlProps; setInner: unknown }) {
      const dateOnly = this.props.field.get('time_format') === false;
      return h(dateOnly ? BengaliDateControl : Original, { ...this.props, ref: this.setInner });
    },
  });
}

/** Decap's string control; for a field whose pattern wants ASCII digits, Bengali digits typed are stored as ASCII and shown in Bengali. */
export function stringControl(): unknown {
  const Original = originalControl('string');
  return createClass({
    displayName: 'StringWithDigits',
    render(this: { props: ControlProps }) {
      const pattern = this.props.field.getIn(['pattern', 0]);
      if (typeof pattern !== 'string' || !/\\d|0-9/.test(pattern)) return h(Original, this.props);
      const value = typeof this.props.value === 'string' ? shownDigits(this.props.value) : this.props.value;
      return h(Original, { ...this.props, value, onChange: (v: string) => this.props.onChange(toAsciiDigits(v)) });
    },
  });
}

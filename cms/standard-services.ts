/**
 * Standard services in the admin: the standards this office may use, read from the published
 * open data (`/api/standards.json`, written by the national layer), so an office's admin never
 * has to be rebuilt when a standard changes; and the charter preview, which shows `standard:`
 * rows as the page will (src/domain/standard-services.ts, the same resolver the build uses).
 * The picker widget that offers them when an editor adds a service row is registered here too.
 */
import { OWN_SERVICE_FIELDS, type Charter, type CharterFile, type StandardService } from '../src/schemas/index.ts';
import {
  appliesTo,
  basisLine,
  resolveCharter,
  resolveRow,
  serviceNameKey,
  versionOn,
  type OfficePlace,
  type StandardEntry,
} from '../src/domain/standard-services.ts';
import { todayInDhaka } from '../src/domain/fiscal-year.ts';
import { standardFile } from '../src/content-model/write.ts';
import { parse } from 'yaml';
import type { StandardsContext } from '../src/validation/checks/standards.ts';

let loaded: StandardEntry[] = [];

/** The standards the admin knows (every standard on the portal; the picker filters them by office). */
export function knownStandards(): readonly StandardEntry[] {
  return loaded;
}

/** Reads the portal's standards from its open data; the admin works without them (a preview then shows the reference). */
export async function loadStandards(siteRoot: URL, fetcher: typeof fetch = fetch): Promise<void> {
  try {
    const response = await fetcher(new URL('api/standards.json', siteRoot));
    if (!response.ok) return;
    const index = (await response.json()) as { standards?: { ref: string; standard: StandardService }[] };
    loaded = (index.standards ?? []).map((s) => ({ ref: s.ref, standard: s.standard }));
  } catch {
    loaded = [];
  }
}

/** A charter file as its page will show it today: standard rows resolved, an unknown reference shown as such. */
export function previewCharter(data: CharterFile, day = todayInDhaka()): Charter {
  const byRef = new Map(loaded.map((e) => [e.ref, e.standard]));
  const lookup = (ref: string) => byRef.get(ref);
  const { charter } = resolveCharter(data, lookup, day);
  // Rows whose standard the admin does not know stay visible, named by their reference.
  for (const section of ['citizen', 'office', 'internal'] as const) {
    const rows = data.services[section]?.services ?? [];
    if (rows.every((row) => resolveRow(row, lookup, day))) continue;
    charter.services[section].services = rows.map(
      (row) =>
        resolveRow(row, lookup, day) ?? {
          ...(row.number ? { number: row.number } : {}),
          name: row.standard ?? '',
          delivery: '',
          papers: [],
          fee: { kind: 'free' as const },
          timeLimit: { text: '' },
          officer: row.officer,
        },
    );
  }
  return charter;
}

/** Where the office being edited sits (its kind, category and the offices above it): which standards are for it. */
let place: OfficePlace | undefined;

/** The office's place, from its published open data and the admin's list of its ancestors (options.json). */
export async function loadOfficePlace(siteRoot: URL, officeId: string, ancestors: readonly string[], fetcher: typeof fetch = fetch): Promise<void> {
  try {
    const response = await fetcher(new URL(`api/offices/${officeId}.json`, siteRoot));
    if (!response.ok) return;
    const office = (await response.json()) as { data?: { kind?: string; category?: string } };
    place = { kind: office.data?.kind ?? 'other', ...(office.data?.category ? { category: office.data.category } : {}), ancestors: [...ancestors] };
  } catch {
    place = undefined;
  }
}

/**
 * The build's standards checks (src/validation/checks/standards.ts) in the admin: the standards
 * from the portal's open data, on today's date in Dhaka, and the place of the office being edited.
 * Before the open data has loaded (or on a portal without standards) every reference is unknown,
 * so a row naming a standard is refused as the build would refuse it.
 */
export function adminStandardsContext(knownOfficeIds: { has(id: string): boolean } | undefined): StandardsContext {
  const byRef = new Map(loaded.map((e) => [e.ref, e.standard]));
  return {
    day: todayInDhaka(),
    find: (ref) => byRef.get(ref) ?? 'missing',
    placeOf: () => place,
    all: () => loaded,
    officeExists: (id) => knownOfficeIds?.has(id) ?? true,
  };
}

/** The standards the office being edited may use (every standard when its place is unknown: the build still checks). */
export function standardsForThisOffice(): StandardEntry[] {
  return loaded.filter((entry) => !place || appliesTo(entry.standard, place));
}

/**
 * Whether the field at `path` of a charter (e.g. `['services', 'citizen', 'services', 3, 'fee', 'kind']`)
 * is one a standard row takes from its standard, in a row that names one. The form asks for an own
 * service's name, delivery, fee and time limit (required in the config, cms/generate-config.ts);
 * on a standard row they are not asked (the picker hides them) and their being empty is no reason
 * to refuse a save: the build's checks decide what such a row must hold.
 */
export function givenByStandard(path: readonly (string | number)[], data: { getIn(path: (string | number)[]): unknown } | undefined): boolean {
  const [top, section, rows, index, key] = path;
  if (top !== 'services' || rows !== 'services' || typeof section !== 'string' || typeof index !== 'number') return false;
  if (!(OWN_SERVICE_FIELDS as readonly unknown[]).includes(key)) return false;
  const standard = data?.getIn(['services', section, 'services', index, 'standard']);
  return typeof standard === 'string' && standard.trim() !== '';
}

/** The name a picker searches by, folded as the checks compare names. */
const searchKey = (text: string) => serviceNameKey(text).replace(/\s+/g, '');

/**
 * A field's box in the form, by the field's name: Decap's ControlContainer, whose top bar
 * (ControlTopbar) holds the field's label (`<label for="<name>-field-<n>">`).
 */
const fieldBox = (name: string) => `div:has(> [class*="ControlTopbar"] > label[for^="${name}-field-"])`;

/** Hides a standard row's own-service fields (the standard gives them) unless the editor states a deviation. */
const PICKER_STYLE = `
[data-std-picked] > ${fieldBox('name')},
${['delivery', 'papers', 'fee', 'timeLimit', 'deviation'].map((name) => `[data-std-picked]:not([data-std-deviates]) > ${fieldBox(name)}`).join(',\n')},
:not([data-std-picked]) > ${fieldBox('deviation')} { display: none; }
.std-picker { border: 1px solid #c9d1cd; border-radius: 6px; padding: .6rem; background: #f7faf8; }
.std-picker input { width: 100%; padding: .5rem; font: inherit; border: 1px solid #98a5a0; border-radius: 4px; }
.std-picker ul { list-style: none; margin: .4rem 0 0; padding: 0; max-height: 16rem; overflow: auto; }
.std-picker li button { display: block; width: 100%; text-align: left; padding: .45rem .5rem; margin: .15rem 0; font: inherit; background: #fff; border: 1px solid #d8dfdc; border-radius: 4px; cursor: pointer; }
.std-picker li button:hover, .std-picker li button:focus { border-color: #0b5d3b; outline: 2px solid #0b5d3b33; }
.std-picker .std-facts { margin: .3rem 0; font-size: .9em; color: #4d5652; }
.std-picker .std-actions button { margin: .3rem .4rem 0 0; font: inherit; padding: .3rem .6rem; border: 1px solid #0b5d3b; color: #0b5d3b; background: #fff; border-radius: 4px; cursor: pointer; }
`;

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * The `standard` field of a service row (cms/generate-config.ts gives it this widget): a search
 * over the standards for this office by name; once one is chosen, its fee, time limit and legal
 * basis are shown and the row asks only for the office's own details (officer, room, remarks);
 * "এই দপ্তরে ভিন্ন" opens the fields to state a deviation with its reason.
 */
export function registerStandardWidget(CMS: any, h: any, createClass: any): void {
  const style = document.createElement('style');
  style.textContent = PICKER_STYLE;
  document.head.append(style);
  const Control = createClass({
    getInitialState() {
      return { query: '', deviates: false };
    },
    componentDidMount() {
      this.mark();
    },
    componentDidUpdate() {
      this.mark();
    },
    /** The row's field list (the parent of this field's container) says whether a standard is chosen. */
    mark() {
      const container = (this.root as HTMLElement | null)?.closest(fieldBox('standard'));
      const row = container?.parentElement;
      if (!row) return;
      row.toggleAttribute('data-std-picked', Boolean(this.props.value));
      row.toggleAttribute('data-std-deviates', Boolean(this.state.deviates));
    },
    render() {
      const { value, onChange, forID, classNameWrapper } = this.props;
      const ref = typeof value === 'string' ? value : '';
      const options = standardsForThisOffice();
      const chosen = ref ? loaded.find((e) => e.ref === ref) : undefined;
      const setRoot = (el: HTMLElement | null) => {
        this.root = el;
      };
      if (ref) {
        const version = chosen ? versionOn(chosen.standard, todayInDhaka()) : undefined;
        return h(
          'div',
          { className: `${classNameWrapper} std-picker`, ref: setRoot, 'data-standard': ref },
          h('strong', null, chosen?.standard.name ?? ref),
          ' ',
          h('code', null, ref),
          version
            ? h(
                'p',
                { className: 'std-facts' },
                `ফি: ${version.fee.text ?? 'বিনামূল্যে'} · সময়সীমা: ${version.timeLimit.text} · আইনগত ভিত্তি: ${version.legalBasis.map(basisLine).join('; ')}`,
              )
            : h('p', { className: 'std-facts' }, 'এই প্রমিত সেবা পোর্টালে প্রকাশিত তালিকায় নেই; বানান দেখুন'),
          h('p', { className: 'std-facts' }, 'নাম, কাগজপত্র, ফি ও সময়সীমা এই প্রমিত সেবা থেকে আসবে। নিচে শুধু নিজের দায়িত্বপ্রাপ্ত কর্মকর্তা, কক্ষ ও মন্তব্য লিখুন।'),
          h(
            'div',
            { className: 'std-actions' },
            h('button', { type: 'button', onClick: () => onChange('') }, 'অন্য প্রমিত সেবা বাছুন'),
            h(
              'button',
              { type: 'button', 'aria-pressed': this.state.deviates, onClick: () => this.setState({ deviates: !this.state.deviates }) },
              this.state.deviates ? 'প্রমিত মান অনুসরণ করুন' : 'এই দপ্তরে ভিন্ন (কারণসহ)',
            ),
          ),
        );
      }
      const key = searchKey(this.state.query);
      const shown = options.filter((e) => !key || [e.standard.name, ...e.standard.aliases].some((n) => searchKey(n).includes(key)));
      return h(
        'div',
        { className: `${classNameWrapper} std-picker`, ref: setRoot },
        h('input', {
          id: forID,
          type: 'search',
          value: this.state.query,
          placeholder: 'প্রমিত সেবা খুঁজুন: নামের অংশ লিখুন (যেমন ই-নথি)',
          'aria-label': 'প্রমিত সেবা খুঁজুন',
          onChange: (event: { target: { value: string } }) => this.setState({ query: event.target.value }),
          onFocus: this.props.setActiveStyle,
          onBlur: this.props.setInactiveStyle,
        }),
        h(
          'ul',
          { role: 'list' },
          ...shown
            .slice(0, 30)
            .map((e) =>
              h(
                'li',
                { key: e.ref },
                h(
                  'button',
                  { type: 'button', 'data-standard-option': e.ref, onClick: () => onChange(e.ref) },
                  h('strong', null, e.standard.name),
                  h('span', { className: 'std-facts' }, ` — ${e.ref}`),
                ),
              ),
            ),
        ),
        h(
          'p',
          { className: 'std-facts' },
          options.length === 0
            ? 'এই দপ্তরের জন্য কোনো প্রমিত সেবা নেই: নিচে নিজস্ব সেবা হিসেবে লিখুন।'
            : shown.length === 0
              ? 'এই নামে কোনো প্রমিত সেবা নেই: নিচে নিজস্ব সেবা হিসেবে লিখুন।'
              : 'সেবাটি তালিকায় না থাকলে এটি খালি রেখে নিচে নিজস্ব সেবা হিসেবে লিখুন।',
        ),
      );
    },
  });
  const Preview = (props: { value?: unknown }) => h('span', null, typeof props.value === 'string' ? props.value : '');
  CMS.registerWidget(STANDARD_WIDGET, Control, Preview);
}

/** The widget's name in the generated config (cms/generate-config.ts). */
export const STANDARD_WIDGET = 'protishruti-standard';

/** The file format of a standard service (`services/<id>.yaml`), written by the one writer of content. */
export const STANDARD_FORMAT = 'protishruti-standard';
export function standardFormat() {
  return {
    fromFile: (content: string) => (parse(content) ?? {}) as Record<string, unknown>,
    toFile: (data: Record<string, unknown>) => standardFile(data, 'blank'),
  };
}

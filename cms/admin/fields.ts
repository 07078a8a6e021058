/**
 * Every field of the form, wrapped so the build's checks speak beside it. Decap's own
 * widgets (string, text, number, select, list, object, markdown, image…) are registered
 * again under their own names with a thin wrapper (Decap's registry lets the last
 * registration of a name win, decap-cms-core lib/registry.js), so the generated config
 * keeps Decap's widget names and Decap's own controls do the editing. The wrapper:
 *
 * - knows the field's path in the document (`services.citizen.services[3].fee.amount`),
 *   worked out from the ancestors Decap names in `parentIds` (objects and lists register
 *   here by their `forID`; a list maps an item's key to its index);
 * - answers Decap's `isValid()` with the build's error for that path, in Bengali, so the
 *   error shows beside the field, the item holding it turns red, and Decap refuses the
 *   save itself (decap-cms-core actions/entries.ts persistEntry: any field error);
 * - shows the build's warnings for that path under the field, without blocking;
 * - forwards `focus(path)` so the error summary can open folded items and focus a field;
 * - renders a locked form (a past charter version) inside a disabled fieldset.
 */
import { checkEntry, noteSaveAttempt, scheduleCheck, subscribe, type Finding } from './checks.ts';
import { CMS, createClass, h, type ControlProps, type Imm } from './decap.ts';
import { givenByStandard } from '../standard-services.ts';

/** The wrapped widgets: every widget the generated config uses. */
export const WRAPPED_WIDGETS = ['string', 'text', 'number', 'select', 'datetime', 'list', 'object', 'markdown', 'image', 'file', 'boolean'] as const;

interface Wrapper {
  props: ControlProps;
  inner?: undefined | { state?: { keys?: string[] }; focus?(path: string): void; isValid?(): unknown; validate?(): void; getValidateValue?(): unknown };
  focus(path: string): void;
}

/** forID -> the wrapper of an object or list (the ancestors a path is made of). */
const containers = new Map<string, Wrapper>();
/** Top-level field name -> its wrapper (where the error summary starts focusing). */
const topLevel = new Map<string, Wrapper>();
/** Every mounted field. */
const mounted = new Set<Wrapper>();

/**
 * Decap validates a form by walking each object's `childRefs` by field name, but an object
 * also receives its nested objects' children there (decap-cms-widget-object ObjectControl
 * processControlRef forwards every child ref to its parent's controlRef), so a service's
 * `name` is replaced by its officer's `name` and never validated: a required field left
 * empty is then not marked. On a save, every mounted field validates itself as well, once.
 */
let validatingEveryField = false;
function validateEveryField(): void {
  if (validatingEveryField) return;
  validatingEveryField = true;
  try {
    for (const w of mounted) w.props.validate();
  } finally {
    setTimeout(() => (validatingEveryField = false), 0);
  }
}

function isList(w: Wrapper): boolean {
  return w.props.field.get('widget') === 'list';
}

/** The field's path in the document, e.g. ['services', 'citizen', 'services', 3, 'name']. */
export function pathOfControl(props: ControlProps): (string | number)[] {
  const path: (string | number)[] = [];
  let list: Wrapper | undefined;
  for (const id of props.parentIds ?? []) {
    if (id === undefined) continue;
    const container = containers.get(id);
    if (container) {
      path.push(String(container.props.field.get('name')));
      list = isList(container) ? container : undefined;
    } else if (list) {
      const index = list.inner?.state?.keys?.indexOf(id) ?? -1;
      if (index >= 0) path.push(index);
    }
  }
  // A list of single values (papers, phones): the item's own field ("item") is not part of the path.
  const single = list?.props.field.get('field');
  if (!(single && typeof path[path.length - 1] === 'number' && single.get('name') === props.field.get('name'))) path.push(String(props.field.get('name')));
  return path;
}

/** `services.citizen.services[3].name` for a path. */
export function formatPath(path: (string | number)[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

/** Open the folds down to `field` (`services.citizen.services[3].name`) and put the cursor in it; false when no control shows it. */
export function focusField(field: string): boolean {
  const parts = field.replace(/\[(\d+)\]/g, '.$1').split('.');
  const top = topLevel.get(parts[0] ?? '');
  if (!top) return false;
  top.focus(parts.slice(1).join('.'));
  return true;
}

let locked = false;
const lockListeners = new Set<() => void>();
/** A past charter version opens read-only (cms/admin/versions.ts); every field follows. */
export function setLocked(value: boolean): void {
  if (value === locked) return;
  locked = value;
  for (const listener of [...lockListeners]) listener();
}
export function isLocked(): boolean {
  return locked;
}

/** The top-level control of `name`, to change its value from outside the field (a correction note added by the version panel). */
export function topLevelControl(name: string): ControlProps | undefined {
  return topLevel.get(name)?.props;
}

function sameMessages(a: Finding[], b: Finding[]): boolean {
  return a.length === b.length && a.every((f, i) => f.message === b[i]?.message);
}

/** Wrap Decap's `name` widget (already registered) in place. */
function wrap(name: string, replacement?: unknown): void {
  const original = CMS.getWidget(name) as
    { control: unknown; preview?: unknown; schema?: unknown; globalStyles?: unknown; allowMapValue?: boolean } | undefined;
  if (!original) return;
  const Inner = replacement ?? original.control;

  const Wrapped = createClass({
    displayName: `Checked(${name})`,
    getInitialState() {
      return { warnings: [] as Finding[], generation: 0 };
    },
    componentDidMount(this: Wrapper & { unsubscribe?: () => void; unlock?: () => void; refresh(): void; isTop(): boolean; props: ControlProps }) {
      const kind = this.props.field.get('widget');
      if (kind === 'list' || kind === 'object') containers.set(this.props.forID, this);
      mounted.add(this);
      if (this.isTop()) topLevel.set(String(this.props.field.get('name')), this);
      this.unsubscribe = subscribe(() => this.refresh());
      const onLock = () => (this as unknown as { forceUpdate(): void }).forceUpdate();
      lockListeners.add(onLock);
      this.unlock = () => lockListeners.delete(onLock);
      this.refresh();
    },
    componentDidUpdate(this: Wrapper & { state: { generation: number }; setState(s: unknown): void }, previous: ControlProps) {
      if (previous.value !== this.props.value) scheduleCheck(this.props.getEntry);
      // Decap's list gives its items keys once, when it mounts (decap-cms-widget-list ListControl's
      // constructor); a value set from outside ("নতুন সংস্করণ" fills a new entry) leaves its items
      // without keys, so no field in them knows its row. Mount the list again: it keys the new items.
      const keys = this.inner?.state?.keys;
      const size = (this.props.value as Imm | undefined)?.size ?? 0;
      if (isList(this) && Array.isArray(keys) && keys.length !== size) this.setState({ generation: this.state.generation + 1 });
    },
    componentWillUnmount(this: Wrapper & { unsubscribe?: () => void; unlock?: () => void; isTop(): boolean }) {
      if (containers.get(this.props.forID) === this) containers.delete(this.props.forID);
      mounted.delete(this);
      const top = String(this.props.field.get('name'));
      if (this.isTop() && topLevel.get(top) === this) topLevel.delete(top);
      this.unsubscribe?.();
      this.unlock?.();
    },
    /**
     * Decap's Widget asks its control (this wrapper) whether to re-render (Widget.js,
     * shouldComponentUpdate, called with the next props only): answer as the wrapped control
     * would, so lists and objects still re-render on every change. React's own question
     * (with the next state) is always yes: the wrapper is one element.
     */
    shouldComponentUpdate(this: Wrapper, nextProps: ControlProps, nextState?: unknown) {
      if (nextState !== undefined) return true;
      const inner = this.inner as { shouldComponentUpdate?(p: ControlProps): boolean } | undefined;
      if (inner?.shouldComponentUpdate) return inner.shouldComponentUpdate(nextProps);
      return (
        this.props.value !== nextProps.value ||
        this.props.classNameWrapper !== nextProps.classNameWrapper ||
        this.props['hasActiveStyle'] !== nextProps['hasActiveStyle']
      );
    },
    isTop(this: { props: ControlProps }) {
      return (this.props.parentIds ?? []).length === 0;
    },
    /** Findings of this exact field. */
    findings(this: { props: ControlProps }): { errors: Finding[]; warnings: Finding[] } {
      const result = checkEntry(this.props.getEntry());
      if (!result) return { errors: [], warnings: [] };
      const here = formatPath(pathOfControl(this.props));
      return { errors: result.errors.filter((f) => f.field === here), warnings: result.warnings.filter((f) => f.field === here) };
    },
    refresh(this: { findings(): { warnings: Finding[] }; state: { warnings: Finding[] }; setState(s: unknown): void }) {
      const { warnings } = this.findings();
      if (!sameMessages(warnings, this.state.warnings)) this.setState({ warnings });
    },
    setInner(this: Wrapper, ref: Wrapper['inner'] & { getWrappedInstance?(): Wrapper['inner'] }) {
      this.inner = ref?.getWrappedInstance ? ref.getWrappedInstance() : (ref ?? undefined);
    },
    isValid(this: Wrapper & { findings(): { errors: Finding[] } }) {
      const own = this.inner?.isValid?.();
      if (own === false || (own && typeof own === 'object' && 'error' in own && (own as { error: unknown }).error)) return own;
      const required = this.props.field.get('required') !== false;
      // An empty required field: Decap's own "required" message says it (locale-bn.ts words it like the build).
      const errors = this.findings().errors.filter(
        (f) => !(required && /^is required but missing|^must not be empty/.test(f.message) && isBlank(this.props.value)),
      );
      if (!errors.length) return true;
      return { error: { type: 'CUSTOM', message: errors.map((f) => [f.problem, f.fix].filter(Boolean).join(' ')).join(' ') } };
    },
    validate(this: Wrapper & { isTop(): boolean }) {
      if (this.isTop()) {
        noteSaveAttempt(this.props.getEntry);
        validateEveryField();
      }
      // Objects and lists validate their children; every control also validates itself (its own path's errors).
      this.inner?.validate?.();
      this.props.validate();
    },
    getValidateValue(this: Wrapper) {
      const value = this.inner?.getValidateValue?.() ?? this.props.value;
      // Decap's "required" asks an own service for its name, fee…; a row naming a standard takes them from there.
      if (isBlank(value) && givenByStandard(pathOfControl(this.props), this.props.getEntry()?.get('data'))) return GIVEN_BY_STANDARD;
      return value;
    },
    focus(this: Wrapper, path: string) {
      if (this.inner?.focus) this.inner.focus(path);
      else document.getElementById(this.props.forID)?.focus();
      document.querySelector(`label[for="${CSS.escape(this.props.forID)}"]`)?.scrollIntoView({ block: 'center' });
    },
    render(this: { props: ControlProps; state: { warnings: Finding[]; generation: number }; setInner: unknown; isTop(): boolean }) {
      const control = h(Inner, { ...this.props, ref: this.setInner, key: this.state.generation });
      const warnings = this.state.warnings;
      const note = warnings.length
        ? h('p', { className: 'protishruti-field-warning', role: 'note' }, warnings.map((f) => [f.problem, f.fix].filter(Boolean).join(' ')).join(' '))
        : null;
      // The same elements whether or not there is a note or a lock: a changed structure would remount Decap's control (and clear its errors).
      if (!this.isTop()) return h('div', { className: 'protishruti-field' }, control, note);
      return h('fieldset', { disabled: locked, className: locked ? 'protishruti-field protishruti-locked' : 'protishruti-field' }, control, note);
    },
  });

  CMS.registerWidget({
    name,
    controlComponent: Wrapped,
    previewComponent: original.preview,
    schema: original.schema,
    ...(original.globalStyles ? { globalStyles: original.globalStyles } : {}),
    ...(original.allowMapValue ? { allowMapValue: original.allowMapValue } : {}),
  });
}

/** What Decap's presence check reads for a field a standard row leaves to its standard (never saved: only validated). */
const GIVEN_BY_STANDARD = 'standard';

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  return typeof (value as Imm).size === 'number' && (value as Imm).size === 0;
}

/** Wrap every widget the config uses; `replacements` swaps Decap's control for ours (number, date) inside the same wrapper. */
export function registerCheckedFields(replacements: Partial<Record<(typeof WRAPPED_WIDGETS)[number], unknown>> = {}): void {
  for (const name of WRAPPED_WIDGETS) wrap(name, replacements[name]);
}

/**
 * What the admin script uses of Decap's page: the `CMS` registry and the React it runs
 * (decap-cms.js exposes `h` = createElement and `createClass`, not React itself, so
 * every component here is a create-react-class component rendered by Decap's own React).
 * Decap hands widgets Immutable.js values; `Imm` is the little of their API used here.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
declare global {
  interface Window {
    CMS: any;
    h: (...args: any[]) => any;
    createClass: (spec: Record<string, unknown>) => any;
  }
}

export const CMS = window.CMS;
export const h = window.h;
export const createClass = window.createClass;

/** An Immutable.js Map or List as Decap passes it. */
export interface Imm {
  get(key: string | number, fallback?: unknown): any;
  getIn(path: (string | number)[], fallback?: unknown): any;
  set(key: string | number, value: unknown): Imm;
  toJS(): any;
  find?(predicate: (value: any) => boolean): any;
  size: number;
}

export function isImm(value: unknown): value is Imm {
  return typeof value === 'object' && value !== null && typeof (value as Imm).toJS === 'function';
}

/** The props Decap gives a widget control (decap-cms-core, Widget.js), the ones used here. */
export interface ControlProps {
  field: Imm;
  value: any;
  forID: string;
  parentIds?: (string | undefined)[];
  onChange(value: unknown): void;
  getEntry(): Imm;
  collection: Imm;
  validate(skipWrapped?: unknown): void;
  classNameWrapper: string;
  setActiveStyle(): void;
  setInactiveStyle(): void;
  t(key: string, args?: Record<string, unknown>): string;
  [other: string]: any;
}

/** The language of this admin page: Bengali, or English with `?lang=en`. */
export const LANG: 'bn' | 'en' = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'bn';

/** Bengali, or its English twin on `?lang=en`. */
export function say(bn: string, en: string): string {
  return LANG === 'en' ? en : bn;
}

/** The backend implementation Decap started (the local proxy or GitHub), captured where main.ts wraps its init. */
let backend: unknown;
export function useBackend(impl: unknown): void {
  backend = impl;
}
export function currentBackend<T>(): T | undefined {
  return backend as T | undefined;
}

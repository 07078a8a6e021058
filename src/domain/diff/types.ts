/**
 * What the semantic diff reports: one ContentChange per change in meaning, and the
 * report the CLI prints. The change's `kind` is a snapshot file's kind.
 */
import type { SnapshotFile } from '../../core/snapshot.ts';
import type { Charter, Minutes, Office, OfficeOrder } from '../../schemas/index.ts';

export type ChangeType =
  | 'office-added'
  | 'office-removed'
  | 'office-field'
  | 'focal-point'
  | 'charter-added'
  | 'charter-removed'
  | 'service-added'
  | 'service-removed'
  | 'service-renamed'
  | 'service-moved'
  | 'delivery'
  | 'fee'
  | 'time-limit'
  | 'papers-added'
  | 'papers-removed'
  | 'officer'
  | 'officer-contact'
  | 'remarks'
  | 'grs-added'
  | 'grs-removed'
  | 'grs-officer'
  | 'grs-contact'
  | 'grs-time-limit'
  | 'grs-field'
  | 'vision'
  | 'mission'
  | 'expectation-added'
  | 'expectation-removed'
  | 'charter-field'
  | 'minutes-added'
  | 'minutes-removed'
  | 'agenda-added'
  | 'agenda-removed'
  | 'decision-added'
  | 'decision-removed'
  | 'decision-changed'
  | 'minutes-field'
  | 'order-added'
  | 'order-removed'
  | 'appointment-added'
  | 'appointment-removed'
  | 'order-field'
  | 'service-standard'
  | 'room'
  | 'service-deviation'
  | 'standard-added'
  | 'standard-removed'
  | 'standard-field'
  | 'standard-version'
  | 'standard-corrected'
  | 'standard-version-removed'
  | 'standard-reach'
  | 'body'
  | 'unreadable';

export interface ContentChange {
  type: ChangeType;
  officeId: string;
  /** Path under the content root of the file the change is in (head side; base side for removals). */
  file: string;
  kind: SnapshotFile['kind'];
  /** What the change is about, as printed: a service's name, an agenda item, a GRS level, a person. */
  subject?: string;
  /** Charter section of a service: citizen, office or internal. */
  section?: string;
  /** The field, for generic field changes (`title`, `signatory`, `focalPoint.phone`). */
  field?: string;
  before?: string;
  after?: string;
  /** The day a change takes effect (a standard service's version). */
  date?: string;
  /** How many offices a change reaches, and their names (a standard service). */
  count?: number;
  offices?: string[];
}

/** Where a change is: the office, the file and its kind. */
export type At = Pick<ContentChange, 'officeId' | 'file' | 'kind'>;

export type Lang = 'bn' | 'en';

export interface DiffReport {
  base: string;
  head: string;
  changes: ContentChange[];
}

/**
 * A document as the diff reads it: the schema's output type with every field optional, at
 * any depth, because the diff also compares files that do not pass their schema (yet): it
 * must say what changed in a broken file too. Read values through compare.ts's `str`,
 * `arr` and `obj`, which accept anything.
 */
export type Loose<T> = T extends string | number | boolean | null | undefined
  ? T | undefined
  : T extends readonly (infer U)[]
    ? Loose<U>[] | undefined
    : T extends object
      ? { [K in keyof T]?: Loose<T[K]> }
      : T | undefined;

/** A document's data as the per-kind diffs read it: the schema's fields, typed, plus any stray key (compared as a field too). */
export type DocumentView<T> = Loose<T> & Record<string, unknown>;
export type OfficeView = DocumentView<Office>;
export type CharterView = DocumentView<Charter>;
export type MinutesView = DocumentView<Minutes>;
export type OrderView = DocumentView<OfficeOrder>;

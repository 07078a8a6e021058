/**
 * What the freshness rules read and what they return. Types only (plus the two
 * lists the types come from), so every other file of the module, the report
 * formatters and the site can share them without pulling in the rules.
 */
import type { QuarterNumber } from '../fiscal-year.ts';
import type { FreshnessPolicy, Indicator } from '../../schemas/freshness-policy.ts';

export const FRESHNESS_RULES = ['charter-revised', 'monitoring-meeting', 'committee-reformed', 'focal-point'] as const;
export type FreshnessRule = (typeof FRESHNESS_RULES)[number];

export const FRESHNESS_STATUSES = ['stale', 'due-soon', 'fresh', 'exempt', 'not-applicable-yet'] as const;
export type FreshnessStatus = (typeof FRESHNESS_STATUSES)[number];
/** A dashboard cell may also be a quarter that has not started yet. */
export type QuarterCellStatus = FreshnessStatus | 'upcoming';

export type { FreshnessPolicy, Indicator };

/** A document as the rules see it: its kind, the date that decides whether it counts, and what it does. */
export interface FreshnessDocument {
  kind: 'charter' | 'minutes' | 'order';
  /** File stem, e.g. `2024-04-15` or `2023-06-22-charter-monitoring` (what `appointedBy` names). */
  stem: string;
  /** Path shown to people, e.g. `content/offices/lgd/orders/2024-01-03-committee.mdx`. */
  path: string;
  /** Charter: effective date. Minutes and orders: the date of the letter (when it was issued). */
  date: string;
  /** Minutes: the kind of meeting. */
  meetingKind?: string;
  /** Minutes: the quarter the meeting reports on. */
  reportsOn?: { fiscalYear: string; quarter: QuarterNumber };
  /** Orders: what the order does. */
  orderKind?: string;
  /** Roles the document appoints (focal-point, alternate-focal-point, committee-member, ...). */
  appoints?: string[];
}

export interface FocalPointInput {
  name: string;
  photo?: string;
  /** False when the photo file is named but missing; undefined when nobody looked (a named photo counts). */
  photoFound?: boolean;
  /** Stem of the office order that names this person. */
  appointedBy?: string;
}

export interface Exemption {
  rule: FreshnessRule;
  reason: string;
  /** Last day of the exemption. */
  until: string;
}

export interface FreshnessOffice {
  id: string;
  name: { bn: string; en: string };
  parent?: string;
  /** The office's folder as shown to people, e.g. `content/offices/lgd`. */
  folder: string;
  joinedOn?: string;
  exemptions: Exemption[];
  focalPoint?: FocalPointInput;
  alternateFocalPoint?: FocalPointInput;
  documents: FreshnessDocument[];
}

/** The settings in force for one fiscal year, after defaults and carry-over. */
export interface ResolvedYearPolicy {
  fiscalYear: string;
  /** The fiscal year whose entry supplied the settings (an unlisted year uses the nearest earlier one). */
  entry: string | null;
  graceDays: number;
  dueSoonDays: number;
  indicators: Indicator[];
  committeeReformedRequired: boolean;
}

export interface ObligationResult {
  rule: FreshnessRule;
  status: FreshnessStatus;
  /** Date of the newest document that satisfied the obligation (on or before as-of). */
  lastSatisfied: string | null;
  /** The deadline: the next one when not stale, the missed one when stale. */
  dueBy: string | null;
  /** First day the obligation was stale (dueBy + 1), when known. */
  staleSince: string | null;
  /** The document that satisfies (or last satisfied) the obligation. */
  evidence: string | null;
  /** One plain-English sentence for maintainers. */
  message: string;
  /** The file or folder to change and what to do, when something needs doing. */
  fix: { file: string; action: string } | null;
  exemption: Exemption | null;
  expiredExemption: Exemption | null;
  /** When the rule starts to apply, for not-applicable-yet. */
  appliesFrom: string | null;
  /** monitoring-meeting: the quarters whose minutes are missing after their deadline, e.g. ["2023-24 Q2"]. */
  missingQuarters?: string[];
}

export interface OfficeResult {
  id: string;
  name: string;
  nameEn: string;
  parent: string | null;
  status: FreshnessStatus;
  staleSince: string | null;
  obligations: ObligationResult[];
}

export interface FreshnessSummary {
  fresh: number;
  dueSoon: number;
  stale: number;
  exempt: number;
  notApplicableYet: number;
}

export interface FreshnessReport {
  asOf: string;
  fiscalYear: string;
  quarter: QuarterNumber;
  offices: OfficeResult[];
  /** Offices by status. */
  summary: FreshnessSummary;
  /** Obligations by status, over all offices. */
  obligationSummary: FreshnessSummary;
  policy: ResolvedYearPolicy & { committeeReformedFrom: string };
}

export interface QuarterCell {
  fiscalYear: string;
  quarter: QuarterNumber;
  status: QuarterCellStatus;
  /** The document that satisfied the quarter, if any. */
  evidence: string | null;
  /** Last day the quarter's document counted as on time. */
  deadline: string;
}

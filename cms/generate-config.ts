/**
 * The Decap CMS configuration, generated from the zod schemas in src/schemas so
 * the editor and the build can never disagree about a field. Pure: the same
 * inputs give the same config; `npm run cms:config` prints it and the build
 * writes one per admin entry (`/admin/` for maintainers, `/admin/<office>/` for
 * an office's editors).
 */
import { DOCUMENT_KINDS, OWN_SERVICE_FIELDS, officeSchema, type DocumentKind } from '../src/schemas/index.ts';
import { NATIONAL_LABEL_PREFIX, OFFICES_COLLECTION, collectionName, officeLabelPrefix } from '../src/core/cms-workflow.ts';
import { BN_BY_DESCRIPTION, BN_BY_KEY, BN_COLLECTION, BN_ITEM, BN_OPTION, type BnField } from './labels-bn.ts';
import { mergeUnionFields, objectFields, type FieldNode, type FieldSpec } from '../src/core/schema-fields.ts';
import { ADMIN_WORDS } from './admin/words.ts';
import { STANDARD_SETTER_KINDS, STANDARDS_FOLDER, standardServiceSchema } from '../src/schemas/index.ts';
import { STANDARD_FORMAT, STANDARD_WIDGET } from './standard-services.ts';

/** A Decap field as the config file writes it (only what the generator uses). */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: { label: string; value: string | number }[];
  value_type?: 'int' | 'float';
  min?: number;
  fields?: DecapField[];
  field?: DecapField;
  collapsed?: boolean;
  summary?: string;
  label_singular?: string;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  modes?: string[];
  choose_url?: boolean;
}

export interface OfficeRef {
  id: string;
  /** The office's Bengali name, shown in menus. */
  name: string;
  /** Its kind (office.yaml): a ministry's, division's or directorate's admin edits the standard services it sets. */
  kind?: string;
}

export interface GenerateOptions {
  /** Every office on the portal, for the national admin's collections and the parent-office choice. */
  offices: OfficeRef[];
  /** Generate the admin of one office: only its own folder is visible. */
  officeId?: string;
  /** The GitHub repository editors' pull requests go to, `owner/name`. */
  repo: string;
  branch?: string;
  /** OAuth endpoint for the GitHub login (a small proxy the office runs), when not Netlify's. */
  authBaseUrl?: string;
  /** The public site, for "view live" links. */
  siteUrl?: string;
  /** Editors without write access work from forks (Decap's open authoring). */
  openAuthoring?: boolean;
  locale?: 'bn' | 'en';
}

/** The custom file formats the admin script registers (cms/admin/main.ts). */
export const FORMAT_NAMES = {
  office: 'protishruti-office',
  charter: 'protishruti-charter',
  minutes: 'protishruti-minutes',
  order: 'protishruti-order',
} as const;

/**
 * The panel at the top of every form (cms/admin/status.ts: the error summary, the build's
 * warnings, the version of a charter, what the office's check and build did after a save).
 * A field of its own widget, first in every collection; it never holds a value, so
 * nothing of it is written.
 */
export const STATUS_FIELD = { name: '_status', widget: 'protishruti-status' } as const;

function statusField(ctx: Context): DecapField {
  return { ...STATUS_FIELD, label: ctx.locale === 'bn' ? ADMIN_WORDS.status : 'Status', required: false };
}

/** The commit status context the pull request check posts (.github/workflows/pr.yml); the admin shows it on the entry (cms/admin/after-save.ts). */
export const CHECK_CONTEXT = 'protishruti/check';

/** Schema fields a per-office editor may not change: reviewers decide CODEOWNERS, exemptions are granted by maintainers. */
export const MAINTAINER_ONLY_OFFICE_FIELDS = ['reviewers', 'exemptions'] as const;

/** How files of each kind are named: the document's own date first, as the validator expects. */
export const SLUGS: Record<DocumentKind, { slug: string; summary: string; identifier: string; dateField: string }> = {
  charter: { slug: '{{effectiveDate}}', summary: "{{effectiveDate | date('DD/MM/YYYY')}} — {{title}}", identifier: 'title', dateField: 'effectiveDate' },
  minutes: {
    slug: '{{meetingDate}}-{{meetingKind}}',
    summary: "{{meetingDate | date('DD/MM/YYYY')}} — {{title}}",
    identifier: 'title',
    dateField: 'meetingDate',
  },
  order: { slug: '{{date}}-{{orderKind}}', summary: "{{date | date('DD/MM/YYYY')}} — {{subject}}", identifier: 'subject', dateField: 'date' },
};

const LIST_SUMMARY: Record<string, string> = {
  services: '{{fields.number}} {{fields.name}}{{fields.standard}}',
  versions: '{{fields.effectiveFrom}}',
  legalBasis: '{{fields.title}}',
  grs: '{{fields.level}}. {{fields.contact}}',
  attendees: '{{fields.name}}',
  agenda: '{{fields.number}} {{fields.topic}}',
  decisions: '{{fields.text}}',
  appointments: '{{fields.person.name}} ({{fields.role}})',
  distribution: '{{fields.number}} {{fields.recipient}}',
  exemptions: '{{fields.rule}} — {{fields.until}}',
  corrections: '{{fields.date}} — {{fields.reason}}',
};

/** The Bengali label and hint of a field, or undefined when it has no translation yet (the tests list those). */
export function bnFor(field: Pick<FieldSpec, 'key' | 'description'>): BnField | undefined {
  return (field.description ? BN_BY_DESCRIPTION[field.description] : undefined) ?? BN_BY_KEY[field.key];
}

interface Context {
  offices: OfficeRef[];
  locale: 'bn' | 'en';
  /**
   * Inside an optional object (e.g. a distribution signatory) nothing is required in the form:
   * Decap would otherwise refuse to save while the editor leaves the whole object empty. The
   * schema still requires the object's fields once it is given (npm run validate, the build).
   */
  insideOptional?: boolean;
}

function labelOf(field: FieldSpec, ctx: Context): { label: string; hint?: string } {
  const bn = bnFor(field);
  if (ctx.locale === 'en' || !bn) {
    // English admin (or a field not translated yet): the schema's own words.
    // The description's first phrase is the label ("Date of the charter"), the whole of it the hint.
    const label = field.description?.split(/\s*\(|;|:|, e\.g\./)[0]?.trim();
    return { label: label || field.key, ...(field.description ? { hint: field.description } : {}) };
  }
  return { label: bn.label, ...(bn.hint ? { hint: bn.hint } : {}) };
}

function optionLabel(key: string, value: string | number, ctx: Context): string {
  return ctx.locale === 'bn' ? (BN_OPTION[`${key}.${value}`] ?? BN_OPTION[String(value)] ?? String(value)) : String(value);
}

/** One schema field as a Decap field. */
export function toDecapField(field: FieldSpec, ctx: Context): DecapField {
  const { label, hint } = labelOf(field, ctx);
  const base: DecapField = { name: field.key, label, widget: 'string' };
  if (hint) base.hint = hint;
  if (field.optional || ctx.insideOptional) base.required = false;
  if (field.node.kind === 'text' && typeof field.defaultValue === 'string') base.default = field.defaultValue;
  return { ...base, ...widgetFor(field, field.node, ctx) };
}

function widgetFor(field: FieldSpec, node: FieldNode, ctx: Context): Partial<DecapField> {
  const bn = bnFor(field);
  switch (node.kind) {
    case 'text':
      if (bn?.media) return { widget: bn.media, choose_url: false };
      // A service row's standard service: a search over the standards for this office (cms/standard-services.ts).
      if (field.key === 'standard') return { widget: STANDARD_WIDGET };
      if (field.key === 'parent') {
        return { widget: 'select', options: ctx.offices.map((o) => ({ label: `${o.name} (${o.id})`, value: o.id })) };
      }
      if (node.format === 'url') return { widget: 'string', pattern: ['^https?://\\S+$', bnPattern(ctx, 'https:// বা http:// দিয়ে শুরু পুরো ঠিকানা দিন')] };
      if (node.pattern) return { widget: 'string', pattern: [node.pattern.source, bnPattern(ctx, patternHelp(field.key))] };
      return { widget: bn?.multiline ? 'text' : 'string' };
    case 'date':
      // Stored exactly as YYYY-MM-DD: a date input, no time, no time zone.
      return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
    case 'number': {
      const min = node.min === undefined ? undefined : node.exclusiveMin && node.int ? node.min + 1 : node.min;
      return { widget: 'number', value_type: node.int ? 'int' : 'float', ...(min === undefined ? {} : { min }) };
    }
    case 'enum':
      return { widget: 'select', options: node.values.map((value) => ({ label: optionLabel(field.key, value, ctx), value })) };
    case 'object': {
      const inner = { ...ctx, insideOptional: Boolean(ctx.insideOptional || field.optional) };
      // Optional objects start folded (most documents leave them out); sections with a default (the charter's service tables) start open.
      return { widget: 'object', collapsed: field.optional && field.defaultValue === undefined, fields: node.fields.map((f) => toDecapField(f, inner)) };
    }
    case 'union':
      // A discriminated union is one object: the choice (e.g. fee kind) plus every variant's fields;
      // the schema (npm run validate) rejects fields that do not belong to the chosen variant.
      return {
        widget: 'object',
        collapsed: false,
        fields: mergeUnionFields(node).map((f) => toDecapField(f, { ...ctx, insideOptional: Boolean(ctx.insideOptional || field.optional) })),
      };
    case 'array': {
      const singular = ctx.locale === 'bn' ? BN_ITEM[field.key] : undefined;
      const list: Partial<DecapField> = { widget: 'list', ...(singular ? { label_singular: singular } : {}) };
      // An item the editor adds must be complete, even in an optional object.
      const itemCtx = { ...ctx, insideOptional: false };
      if (node.min !== undefined) list.min = node.min;
      if (node.element.kind === 'object') {
        const serviceRow = node.element.fields.some((f) => f.key === 'standard');
        return {
          ...list,
          collapsed: true,
          ...(LIST_SUMMARY[field.key] ? { summary: LIST_SUMMARY[field.key] } : {}),
          // A service row: the office's own service must state its name, delivery, fee and time limit, so the
          // form asks for them (a row naming a standard takes them from there: cms/admin/fields.ts lets it pass).
          fields: node.element.fields.map((f) =>
            toDecapField(serviceRow && (OWN_SERVICE_FIELDS as readonly string[]).includes(f.key) ? { ...f, optional: false } : f, itemCtx),
          ),
        };
      }
      // A list of single values: one input per item (never a comma-separated line: Bengali text has commas).
      const item: FieldSpec = { key: 'item', description: undefined, optional: false, node: node.element };
      const itemWidget = widgetFor(field, node.element, ctx);
      // Shown unfolded: each item is one short input, folding would hide the value behind its label.
      return { ...list, collapsed: false, field: { name: item.key, label: singular ?? labelOf(field, ctx).label, widget: 'string', ...itemWidget } };
    }
  }
}

function patternHelp(key: string): string {
  if (key === 'fiscalYear') return 'অর্থবছর দুটি বছর ড্যাশ দিয়ে লিখুন, যেমন ২০২৩-২৪';
  if (key === 'reviewers') return 'GitHub নাম @ দিয়ে শুরু, যেমন @rangpur-divcom বা @org/team';
  return 'লেখাটি নির্ধারিত ধাঁচে নেই';
}

function bnPattern(ctx: Context, bn: string): string {
  return ctx.locale === 'bn' ? bn : 'does not match the expected form';
}

/** The fields of a document kind's collection: the schema's fields, then the body. */
export function documentFields(kind: DocumentKind, ctx: Context): DecapField[] {
  const fields = [statusField(ctx), ...objectFields(DOCUMENT_KINDS[kind].schema, kind).map((f) => toDecapField(f, ctx))];
  const body = BN_BY_KEY['body']!;
  fields.push({
    name: 'body',
    label: ctx.locale === 'bn' ? body.label : 'Body',
    widget: 'markdown',
    modes: ['raw'],
    required: false,
    ...(ctx.locale === 'bn' && body.hint ? { hint: body.hint } : {}),
  });
  return fields;
}

/** The fields of office.yaml; a per-office admin leaves out what only maintainers change (Decap keeps their values). */
export function officeFields(ctx: Context, scoped: boolean): DecapField[] {
  return [
    statusField(ctx),
    ...objectFields(officeSchema, 'office')
      .filter((f) => !scoped || !(MAINTAINER_ONLY_OFFICE_FIELDS as readonly string[]).includes(f.key))
      .map((f) => toDecapField(f, ctx)),
  ];
}

function documentCollection(kind: DocumentKind, office: OfficeRef, ctx: Context, national: boolean): Record<string, unknown> {
  const names = BN_COLLECTION[kind];
  const folder = DOCUMENT_KINDS[kind].folder;
  const { slug, summary, identifier, dateField } = SLUGS[kind];
  return {
    // Unique across offices and the same in both admins (src/core/cms-workflow.ts).
    name: collectionName(office.id, folder),
    label: ctx.locale === 'bn' ? (national ? `${office.name} — ${names.label}` : names.label) : national ? `${office.id}: ${folder}` : folder,
    label_singular: ctx.locale === 'bn' ? names.singular : kind,
    folder: `content/offices/${office.id}/${folder}`,
    create: true,
    extension: 'mdx',
    format: FORMAT_NAMES[kind],
    slug,
    identifier_field: identifier,
    summary,
    sortable_fields: [dateField, identifier],
    preview_path: `offices/${office.id}/${folder}/{{filename}}/`,
    media_folder: `/content/offices/${office.id}/media`,
    public_folder: 'media',
    editor: { preview: true },
    fields: documentFields(kind, ctx),
  };
}

/** Whether an office sets standard services for others (its kind: STANDARD_SETTER_KINDS). */
export function setsStandards(office: OfficeRef): boolean {
  return office.kind !== undefined && STANDARD_SETTER_KINDS.includes(office.kind);
}

/** The standard services an office sets (`services/<id>.yaml`): a ministry's or directorate's admin edits them here. */
function standardsCollection(office: OfficeRef, ctx: Context): Record<string, unknown> {
  const names = BN_COLLECTION.standard;
  return {
    name: collectionName(office.id, STANDARDS_FOLDER),
    label: ctx.locale === 'bn' ? names.label : 'standard services',
    label_singular: ctx.locale === 'bn' ? names.singular : 'standard service',
    description:
      ctx.locale === 'bn'
        ? 'আইন, বিধি বা পরিপত্রে এই দপ্তর যে সেবা অধীন বা এক ধরনের সব দপ্তরের জন্য নির্ধারণ করে। ফি বা সময়সীমা বদলালে নতুন কার্যকর তারিখ দিয়ে নতুন সংস্করণ যোগ করুন: সেদিন থেকে সব দপ্তরের চার্টারে দেখাবে।'
        : 'Services this office sets for every office of a kind or under it. To change a fee, add a version with its effective date.',
    folder: `content/offices/${office.id}/${STANDARDS_FOLDER}`,
    create: true,
    extension: 'yaml',
    format: STANDARD_FORMAT,
    identifier_field: 'name',
    summary: '{{name}}',
    editor: { preview: false },
    fields: objectFields(standardServiceSchema, 'standard').map((f) => toDecapField(f, ctx)),
  };
}

function officeCollection(offices: OfficeRef[], ctx: Context, scoped: boolean): Record<string, unknown> {
  const names = BN_COLLECTION.office;
  return {
    name: OFFICES_COLLECTION,
    label: ctx.locale === 'bn' ? names.label : 'offices',
    format: FORMAT_NAMES.office,
    extension: 'yaml',
    editor: { preview: false },
    ...(scoped ? { media_folder: `/content/offices/${offices[0]!.id}/media`, public_folder: 'media' } : {}),
    files: offices.map((office) => ({
      name: office.id,
      label: ctx.locale === 'bn' ? office.name : office.id,
      file: `content/offices/${office.id}/office.yaml`,
      fields: officeFields(ctx, scoped),
    })),
  };
}

/** The whole Decap config for the national admin (no officeId) or one office's admin. */
export function generateConfig(options: GenerateOptions): Record<string, unknown> {
  const ctx: Context = { offices: options.offices, locale: options.locale ?? 'bn' };
  const scopedOffice = options.officeId === undefined ? undefined : options.offices.find((o) => o.id === options.officeId);
  if (options.officeId !== undefined && !scopedOffice) {
    throw new Error(`office "${options.officeId}" is not on the portal: use the name of a folder under content/offices`);
  }
  const kinds = Object.keys(DOCUMENT_KINDS) as DocumentKind[];
  const collections = scopedOffice
    ? [
        officeCollection([scopedOffice], ctx, true),
        ...kinds.map((kind) => documentCollection(kind, scopedOffice, ctx, false)),
        // Only an office that sets standards has them to edit; an upazila office uses them from its charter's rows.
        ...(setsStandards(scopedOffice) ? [standardsCollection(scopedOffice, ctx)] : []),
      ]
    : [officeCollection(options.offices, ctx, false), ...options.offices.flatMap((office) => kinds.map((kind) => documentCollection(kind, office, ctx, true)))];
  return {
    backend: {
      name: 'github',
      repo: options.repo,
      branch: options.branch ?? 'main',
      ...(options.authBaseUrl ? { base_url: options.authBaseUrl } : {}),
      ...(options.openAuthoring ? { open_authoring: true } : {}),
      // The pull request check's commit status (CHECK_CONTEXT): Decap's "view preview" links to its Bengali report.
      preview_context: CHECK_CONTEXT,
      // Labels always name the office (cms/<office>/draft): an office's admin lists only its own
      // pull requests; the maintainers' admin lists every office's, its statuses translated by
      // cms/workflow-labels.ts (src/core/cms-workflow.ts says why).
      cms_label_prefix: scopedOffice ? officeLabelPrefix(scopedOffice.id) : NATIONAL_LABEL_PREFIX,
    },
    // Drafts become pull requests; CODEOWNERS makes the office's reviewers approve them.
    publish_mode: 'editorial_workflow',
    // `npm run cms`: the admin script points this at the decap-server proxy on the same 127.0.0.1 origin.
    local_backend: { allowed_hosts: ['127.0.0.1', 'localhost'] },
    locale: ctx.locale,
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    // Uploads from the media button land in the office's own media folder (the national admin keeps them out of content/offices).
    media_folder: scopedOffice ? `content/offices/${scopedOffice.id}/media` : 'content/uploads',
    public_folder: 'media',
    slug: { encoding: 'ascii', clean_accents: true },
    collections,
  };
}

import { describe, expect, it } from 'vitest';
import { generateConfig, bnFor, SLUGS, MAINTAINER_ONLY_OFFICE_FIELDS, STATUS_FIELD, type DecapField } from '../../cms/generate-config.ts';
import { mergeUnionFields, objectFields, type FieldNode, type FieldSpec } from '../../src/core/schema-fields.ts';
import { DOCUMENT_KINDS, officeSchema, type DocumentKind } from '../../src/schemas/index.ts';

const offices = [
  { id: 'prisons-directorate', name: 'কারা অধিদপ্তর' },
  { id: 'doict-bheramara', name: 'উপজেলা আইসিটি কার্যালয়, ভেড়ামারা' },
];
const national = generateConfig({ offices, repo: 'owner/portal' });
const scoped = generateConfig({ offices, repo: 'owner/portal', officeId: 'doict-bheramara' });
type Collection = {
  name: string;
  folder?: string;
  files?: { file: string; fields: DecapField[] }[];
  fields?: DecapField[];
  slug?: string;
  media_folder?: string;
  public_folder?: string;
  format?: string;
};
const collections = (config: Record<string, unknown>) => config['collections'] as Collection[];

/** Field paths of the schema, as the CMS must show them (unions flattened to one object). */
function schemaPaths(fields: FieldSpec[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const p = prefix ? `${prefix}.${f.key}` : f.key;
    return [p, ...nodePaths(f.node, p)];
  });
}
function nodePaths(node: FieldNode, p: string): string[] {
  if (node.kind === 'object') return schemaPaths(node.fields, p);
  if (node.kind === 'union') return schemaPaths(mergeUnionFields(node), p);
  if (node.kind === 'array')
    return node.element.kind === 'object'
      ? schemaPaths(node.element.fields, `${p}[]`)
      : node.element.kind === 'union'
        ? schemaPaths(mergeUnionFields(node.element), `${p}[]`)
        : [];
  return [];
}
/** Field paths of a Decap field list. */
function widgetPaths(fields: DecapField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const p = prefix ? `${prefix}.${f.name}` : f.name;
    if (f.widget === 'object') return [p, ...widgetPaths(f.fields ?? [], p)];
    if (f.widget === 'list' && f.fields) return [p, ...widgetPaths(f.fields, `${p}[]`)];
    return [p];
  });
}

describe('the CMS config generated from the schemas', () => {
  const kinds = Object.keys(DOCUMENT_KINDS) as DocumentKind[];

  it.each(kinds)('gives every %s schema field a widget and every widget a schema field', (kind) => {
    const collection = collections(national).find((c) => c.name === `prisons-directorate__${DOCUMENT_KINDS[kind].folder}`)!;
    const widgets = widgetPaths(collection.fields!.filter((f) => f.name !== 'body' && f.name !== STATUS_FIELD.name));
    expect(widgets.sort()).toEqual(schemaPaths(objectFields(DOCUMENT_KINDS[kind].schema)).sort());
    expect(collection.fields!.at(-1)).toMatchObject({ name: 'body', widget: 'markdown', required: false });
    // The status panel (cms/admin/status.ts) comes first and holds no value.
    expect(collection.fields![0]).toMatchObject({ ...STATUS_FIELD, required: false });
  });

  it('gives every office.yaml field a widget in the national admin, and hides only maintainer fields in an office admin', () => {
    const withoutStatus = (fields: DecapField[]) => fields.filter((f) => f.name !== STATUS_FIELD.name);
    const all = withoutStatus(collections(national).find((c) => c.name === 'offices')!.files![0]!.fields);
    expect(widgetPaths(all).sort()).toEqual(schemaPaths(objectFields(officeSchema)).sort());
    const own = withoutStatus(collections(scoped).find((c) => c.name === 'offices')!.files![0]!.fields);
    const hidden = all.map((f) => f.name).filter((n) => !own.some((f) => f.name === n));
    expect(hidden).toEqual([...MAINTAINER_ONLY_OFFICE_FIELDS]);
  });

  it('has a Bengali label for every field of every schema', () => {
    const untranslated: string[] = [];
    const visit = (fields: FieldSpec[], prefix: string) => {
      for (const f of fields) {
        const p = `${prefix}.${f.key}`;
        const bn = bnFor(f);
        if (!bn || !/[\u0980-\u09FF]/.test(bn.label)) untranslated.push(`${p} ("${f.description ?? 'no description'}")`);
        const n = f.node.kind === 'array' ? f.node.element : f.node;
        if (n.kind === 'object') visit(n.fields, p);
        if (n.kind === 'union')
          visit(
            mergeUnionFields(n).filter((x) => x.key !== n.discriminator),
            p,
          );
      }
    };
    visit(objectFields(officeSchema), 'office');
    for (const kind of kinds) visit(objectFields(DOCUMENT_KINDS[kind].schema), kind);
    expect(untranslated, 'add these descriptions to cms/labels-bn.ts').toEqual([]);
  });

  it('uses Bengali labels and hints, and English when asked', () => {
    const charter = collections(scoped).find((c) => c.name === 'doict-bheramara__charters')!;
    expect(charter.fields!.find((f) => f.name === 'vision')).toMatchObject({ label: 'ভিশন', widget: 'text' });
    expect(charter.fields!.find((f) => f.name === 'effectiveDate')!.hint).toMatch(/ত্রৈমাসিক/);
    const en = generateConfig({ offices, repo: 'owner/portal', officeId: 'doict-bheramara', locale: 'en' });
    expect(
      collections(en)
        .find((c) => c.name === 'doict-bheramara__charters')!
        .fields!.find((f) => f.name === 'vision')!.label,
    ).toBe('Vision');
    expect(en['locale']).toBe('en');
  });

  it('stores dates as YYYY-MM-DD from a date input, with no time and no time zone', () => {
    const minutes = collections(scoped).find((c) => c.name === 'doict-bheramara__minutes')!;
    for (const name of ['meetingDate', 'date']) {
      expect(minutes.fields!.find((f) => f.name === name)).toMatchObject({
        widget: 'datetime',
        format: 'YYYY-MM-DD',
        date_format: 'YYYY-MM-DD',
        time_format: false,
      });
    }
  });

  it('shows a fee as a choice of free or paid with the fields of both, and a time limit as number, unit and printed text', () => {
    const charter = collections(scoped).find((c) => c.name === 'doict-bheramara__charters')!;
    const services = charter
      .fields!.find((f) => f.name === 'services')!
      .fields!.find((f) => f.name === 'citizen')!
      .fields!.find((f) => f.name === 'services')!;
    expect(services).toMatchObject({ widget: 'list', label_singular: 'সেবা' });
    const fee = services.fields!.find((f) => f.name === 'fee')!;
    expect(fee.widget).toBe('object');
    expect(fee.fields!.map((f) => [f.name, f.widget, f.required ?? true])).toEqual([
      ['kind', 'select', true],
      ['text', 'string', false],
      ['amount', 'number', false],
      ['payment', 'string', false],
    ]);
    expect(fee.fields![0]!.options).toEqual([
      { label: 'বিনামূল্যে', value: 'free' },
      { label: 'মূল্য আছে', value: 'paid' },
    ]);
    const timeLimit = services.fields!.find((f) => f.name === 'timeLimit')!;
    expect(timeLimit.fields!.map((f) => [f.name, f.widget])).toEqual([
      ['value', 'number'],
      ['unit', 'select'],
      ['text', 'string'],
    ]);
  });

  it('edits lists of text one item per input (never comma-separated), and lists of rows with a summary', () => {
    const charter = collections(scoped).find((c) => c.name === 'doict-bheramara__charters')!;
    const expectations = charter.fields!.find((f) => f.name === 'expectations')!;
    expect(expectations).toMatchObject({ widget: 'list', required: false, field: { widget: 'string' } });
    const minutes = collections(scoped).find((c) => c.name === 'doict-bheramara__minutes')!;
    const agenda = minutes.fields!.find((f) => f.name === 'agenda')!;
    expect(agenda).toMatchObject({ widget: 'list', min: 1, summary: '{{fields.number}} {{fields.topic}}' });
    expect(agenda.fields!.find((f) => f.name === 'decisions')).toMatchObject({ widget: 'list', label_singular: 'সিদ্ধান্ত' });
    expect(minutes.fields!.find((f) => f.name === 'distribution')).toMatchObject({ widget: 'list' });
    expect(minutes.fields!.find((f) => f.name === 'quarter')!.options!.map((o) => o.value)).toEqual([1, 2, 3, 4]);
  });

  it("puts an office's files in its own folder, named by the document's date, with media in its media folder", () => {
    for (const kind of kinds) {
      const folder = DOCUMENT_KINDS[kind].folder;
      const c = collections(scoped).find((x) => x.name === `doict-bheramara__${folder}`)!;
      expect(c).toMatchObject({
        folder: `content/offices/doict-bheramara/${folder}`,
        media_folder: '/content/offices/doict-bheramara/media',
        public_folder: 'media',
      });
      expect(c.slug!.startsWith(`{{${SLUGS[kind].dateField}}}`)).toBe(true);
      expect(DOCUMENT_KINDS[kind].dateField === SLUGS[kind].dateField || kind === 'minutes').toBe(true);
    }
    expect(
      collections(scoped)
        .find((c) => c.name === 'offices')!
        .files!.map((f) => f.file),
    ).toEqual(['content/offices/doict-bheramara/office.yaml']);
  });

  it("scopes an office's admin to that office only; the national admin has every office", () => {
    const folders = (config: Record<string, unknown>) => collections(config).flatMap((c) => (c.folder ? [c.folder] : (c.files ?? []).map((f) => f.file)));
    expect(folders(scoped).every((f) => f.startsWith('content/offices/doict-bheramara/'))).toBe(true);
    expect(folders(national).some((f) => f.startsWith('content/offices/prisons-directorate/'))).toBe(true);
    expect(folders(national).some((f) => f.startsWith('content/offices/doict-bheramara/'))).toBe(true);
    expect(() => generateConfig({ offices, repo: 'o/r', officeId: 'nowhere' })).toThrow(/not on the portal/);
  });

  it('uses the GitHub backend with the editorial workflow, and the local backend only on 127.0.0.1', () => {
    expect(scoped).toMatchObject({
      backend: { name: 'github', repo: 'owner/portal', branch: 'main', cms_label_prefix: 'cms/doict-bheramara/' },
      publish_mode: 'editorial_workflow',
      local_backend: { allowed_hosts: ['127.0.0.1', 'localhost'] },
    });
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/content-model/load.ts';
import { repoRoot, sampleSiteDir } from '../support/paths.ts';

const api = path.join(sampleSiteDir, 'api');
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
const allJson = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? allJson(path.join(dir, e.name)) : e.name.endsWith('.json') ? [path.join(dir, e.name)] : []));

/** A site URL (absolute or site-relative) as a file of the built site. */
const fileOf = (url: string) => path.join(sampleSiteDir, decodeURIComponent(new URL(url, 'https://portal.example').pathname));

describe('the open data of the sample portal', () => {
  const schemaFiles = fs.readdirSync(path.join(api, 'schemas')).sort();
  const published = allJson(api).filter((f) => !f.startsWith(path.join(api, 'schemas')));

  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  addFormats.default(ajv);
  for (const file of schemaFiles) ajv.addSchema(readJson(path.join(api, 'schemas', file)));

  it('publishes a JSON Schema for the index, offices and every document kind', () => {
    expect(schemaFiles).toEqual([
      'charter.schema.json',
      'minutes.schema.json',
      'office.schema.json',
      'offices.schema.json',
      'order.schema.json',
      'standard.schema.json',
      'standards.schema.json',
    ]);
    for (const file of schemaFiles) {
      const schema = readJson(path.join(api, 'schemas', file));
      expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema['$id']).toBe(`https://portal.example/api/schemas/${file}`);
    }
  });

  it('generates the schemas from the zod content schemas (descriptions and enums come through)', () => {
    const charter = readJson(path.join(api, 'schemas/charter.schema.json')) as {
      properties: Record<string, { properties?: Record<string, { description?: string }> }>;
    };
    expect(charter.properties['data']?.properties?.['services']?.description).toBe('Service tables by section');
    expect(JSON.stringify(charter)).toContain('"enum":["immediate","hours","days","working-days","weeks","months"]');
  });

  it.each(
    allJson(api)
      .filter((f) => !f.includes(`${path.sep}schemas${path.sep}`))
      .map((f) => [path.relative(sampleSiteDir, f)]),
  )('%s validates against the schema it names', (relative) => {
    const json = readJson(path.join(sampleSiteDir, relative));
    const schemaUrl = json['$schema'];
    expect(typeof schemaUrl).toBe('string');
    const validate = ajv.getSchema(schemaUrl as string);
    expect(validate, `no published schema ${String(schemaUrl)}`).toBeDefined();
    const valid = validate!(json);
    expect(valid, ajv.errorsText(validate!.errors, { separator: '\n' })).toBe(true);
  });

  it('covers every office and every document of the content, and every link in it resolves', () => {
    const tree = loadContentTree(path.join(repoRoot, 'content'));
    const index = readJson(path.join(api, 'offices.json')) as { offices: { id: string; json: string; url: string }[] };
    expect(index.offices.map((o) => o.id)).toEqual(tree.officeIds);
    const documents: string[] = [];
    for (const office of index.offices) {
      expect(fs.existsSync(fileOf(office.json)), office.json).toBe(true);
      expect(fs.existsSync(path.join(fileOf(office.url), 'index.html')), office.url).toBe(true);
      const bundle = readJson(fileOf(office.json)) as Record<'charters' | 'minutes' | 'orders', { id: string; json: string; url: string }[]>;
      for (const ref of [...bundle.charters, ...bundle.minutes, ...bundle.orders]) {
        expect(fs.existsSync(fileOf(ref.json)), ref.json).toBe(true);
        expect(fs.existsSync(path.join(fileOf(ref.url), 'index.html')), ref.url).toBe(true);
        documents.push(ref.id);
      }
    }
    expect(documents.sort()).toEqual(
      tree.files
        // Standard services have no page of their own: /api/standards.json publishes them.
        .filter((f) => f.kind !== 'office' && f.kind !== 'standard')
        .map((f) => f.id)
        .sort(),
    );
    // The standard services: the index and one file each (api/standards/<setter>/<id>.json).
    const standards = tree.files.filter((f) => f.kind === 'standard');
    expect(fs.existsSync(path.join(api, 'standards.json'))).toBe(true);
    for (const s of standards) expect(fs.existsSync(path.join(api, 'standards', `${s.id}.json`)), s.id).toBe(true);
    expect(published.length).toBe(1 + index.offices.length + documents.length + 1 + standards.length);
  });

  it('publishes a document with its typed data, its body text and its source path', () => {
    const file = path.join(api, 'offices/doict-bheramara/charters/2024-04-15.json');
    const charter = readJson(file) as {
      kind: string;
      source: string;
      date: string;
      data: { services: { citizen: { services: { fee: { kind: string } }[] } } };
      body: string;
    };
    expect(charter.kind).toBe('charter');
    expect(charter.date).toBe('2024-04-15');
    expect(charter.source).toBe('offices/doict-bheramara/charters/2024-04-15.mdx');
    expect(charter.data.services.citizen.services[0]?.fee.kind).toBe('free');
    expect(typeof charter.body).toBe('string');
  });
});

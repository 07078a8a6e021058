/**
 * The importer matches charter rows to the office's standard services by meaning: seed 003's
 * rows 4 and 5 (the DoICT directorate's standards in the sample) become `standard:` rows with
 * the office's own officer; a row copying নামজারি as "নামজারি ও জমাখারিজ (৬)" with a drifted
 * fee is kept as printed and reported as a deviation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument, importFile } from '../../src/importer/index.ts';
import { itemsFromText } from '../../src/importer/source.ts';
import { listStandards, officePlace, standardsFor } from '../../src/content-model/standards.ts';
import { standardServiceSchema, type CharterFile } from '../../src/schemas/index.ts';
import { repoRoot } from '../support/paths.ts';
import YAML from 'yaml';
import { NAMJARI } from './fixture.ts';

const seeds = path.resolve(repoRoot, '../shared/seeds');
const seed003 = fs.existsSync(seeds) ? fs.readdirSync(seeds).find((f) => f.startsWith('003_')) : undefined;
const content = path.join(repoRoot, 'content');

describe.skipIf(!seed003)('importing seed 003 into doict-bheramara, whose directorate sets two of its rows', async () => {
  const place = officePlace(content, 'doict-bheramara');
  const standards = { candidates: standardsFor(listStandards(content), place!), day: '2024-05-01' };
  const result = await importFile(path.join(seeds, seed003 ?? ''), '003.txt', { standards });
  const charter = result.data as unknown as CharterFile;
  const citizen = charter.services.citizen.services;

  it('writes rows 4 and 5 as the standards they are, keeping the number and the officer as printed', () => {
    expect(citizen.map((row) => row.standard)).toEqual([
      undefined,
      undefined,
      undefined,
      'doict/e-nothi-advice',
      'doict/web-portal-advice',
      ...Array(5).fill(undefined),
    ]);
    expect(citizen[3]).toMatchObject({ number: '৪.', standard: 'doict/e-nothi-advice', officer: { name: 'জনাব মো: আলমগীর হোসেন', phone: ['০১৯২২৩৬৭২৩২'] } });
    expect(Object.keys(citizen[3] ?? {})).toEqual(['number', 'standard', 'officer']);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reports each match with its line', () => {
    const matched = result.diagnostics.filter((d) => d.code === 'standard-matched');
    expect(matched.map((d) => d.field)).toEqual(['services.citizen.services[3].standard', 'services.citizen.services[4].standard']);
    expect(matched.every((d) => d.line > 1)).toBe(true);
    expect(matched[0]?.message).toContain('is the standard service doict/e-nothi-advice');
  });
});

describe('importing a land office charter that copies নামজারি by hand', () => {
  const namjari = standardServiceSchema.parse(YAML.parse(NAMJARI));
  const header = 'ক্রম\tসেবার নাম\tসেবা প্রদান পদ্ধতি\tপ্রয়োজনীয় কাগজপত্র\tসেবার মূল্য\tসময়সীমা\tদায়িত্বপ্রাপ্ত কর্মকর্তা';
  const row = (n: string, name: string, fee: string, time: string) =>
    `${n}\t${name}\tঅনলাইনে আবেদন\tজাতীয় পরিচয়পত্র\t${fee}\t${time}\tজনাব রহিম উদ্দিন, সহকারী কমিশনার (ভূমি)`;
  const text = [
    'সেবা প্রদান প্রতিশ্রুতি',
    'ভিশন: দক্ষ ভূমি ব্যবস্থাপনা।',
    'মিশন: দ্রুত সেবা।',
    'নাগরিক সেবা',
    header,
    row('১', 'নামজারি ও জমাখারিজ (৬)', '২৫০ টাকা', '২৮ কার্যদিবস'),
    row('২', 'মিউটেশন', '১,১৭০ টাকা', '২৮ কার্যদিবস'),
    '',
    '১৫/০৪/২০২৪',
  ].join('\n');
  const result = importDocument(
    { displayPath: 'land.txt', format: 'text', items: itemsFromText(text) },
    { kind: 'charter', standards: { candidates: [{ ref: 'land-ministry/namjari', standard: namjari }], day: '2024-05-01' } },
  );
  const rows = (result.data as unknown as CharterFile).services.citizen.services;

  it('keeps a row with a drifted fee as printed and reports the deviation', () => {
    expect(rows[0]).toMatchObject({ name: 'নামজারি ও জমাখারিজ (৬)', fee: { text: '২৫০ টাকা' } });
    const [d] = result.diagnostics.filter((x) => x.code === 'standard-deviation');
    expect(d?.message).toBe(
      '"নামজারি ও জমাখারিজ (৬)" is the standard service land-ministry/namjari (নামজারি ও জমাখারিজ) but prints a different fee "২৫০ টাকা" (the standard: "১,১৭০ টাকা"): kept as printed; if this office must differ, write standard: land-ministry/namjari with its own value and the reason in deviation (citizens see it), otherwise use the standard\'s',
    );
  });

  it('writes a row under another name with the standard fee as the standard', () => {
    expect(rows[1]).toMatchObject({ number: '২', standard: 'land-ministry/namjari' });
    expect(rows[1]?.name).toBeUndefined();
  });
});

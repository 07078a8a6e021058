/**
 * Standard services: a row `standard: <setter>/<id>` resolves to the standard's version in
 * force with the office's own details; a scheduled version is announced 14 days before and
 * takes effect on its day; the checks refuse a missing or foreign standard with the fix and
 * warn about a hand-copied row with another fee; a change rebuilds exactly the offices using it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { charterSchema, standardServiceSchema, type CharterFile } from '../../src/schemas/index.ts';
import {
  announcedOn,
  changeDays,
  namesStandard,
  resolutionDays,
  resolveCharter,
  serviceNameKey,
  standardPhase,
  versionOn,
} from '../../src/domain/standard-services.ts';
import { loadContentTree } from '../../src/content-model/load.ts';
import { readOfficeDirectory } from '../../src/content-model/office-directory.ts';
import { parseStandard } from '../../src/content-model/standards.ts';
import { affectedOffices, officesDueOn, standardsKeyLines } from '../../src/content-model/dependents.ts';
import { changedShards, readOfficeTree, shardOf } from '../../src/content-model/shards.ts';
import { freshnessOfficesFromTree } from '../../src/validation/freshness-offices.ts';
import { validateTree } from '../../src/validation/index.ts';
import { diskStandardsContext } from '../../src/content-model/standards.ts';
import { NAMJARI, charter, ownRow, standardRow, writeTree } from './fixture.ts';
import YAML from 'yaml';

const namjari = standardServiceSchema.parse(YAML.parse(NAMJARI));
const lookup = (ref: string) => (ref === 'land-ministry/namjari' ? namjari : undefined);
const frontmatter = (text: string) => YAML.parse(text.split('---')[1] ?? '') as unknown;
const charterOf = (rows: string, date = '2024-04-15') => charterSchema.parse(frontmatter(charter(date, rows))) as CharterFile;

describe('resolving a standard row', () => {
  it("gives the standard's name, papers, fee, time limit and legal basis, and keeps the office's officer and room", () => {
    const { charter: page } = resolveCharter(charterOf(standardRow('land-ministry/namjari', '        room: কক্ষ ৩\n')), lookup, '2024-05-01');
    const row = page.services.citizen.services[0];
    expect(row?.name).toBe('নামজারি ও জমাখারিজ');
    expect(row?.fee).toMatchObject({ kind: 'paid', amount: 1170, text: '১,১৭০ টাকা' });
    expect(row?.timeLimit.text).toBe('২৮ কার্যদিবস');
    expect(row?.papers).toHaveLength(2);
    expect(row?.officer.name).toBe('জনাব রহিম উদ্দিন');
    expect(row?.room).toBe('কক্ষ ৩');
    expect(row?.standard?.ref).toBe('land-ministry/namjari');
    expect(row?.standard?.legalBasis.map((b) => b.kind)).toEqual(['act', 'circular']);
    expect(row?.standard?.deviation).toBeUndefined();
  });

  it('uses a stated deviation with its reason, and keeps what the standard says for citizens to compare', () => {
    const rows = standardRow(
      'land-ministry/namjari',
      '        timeLimit:\n          value: 45\n          unit: working-days\n          text: ৪৫ কার্যদিবস\n        deviation: চরাঞ্চলের জমিতে সরেজমিন তদন্তে বেশি সময় লাগে\n',
    );
    const row = resolveCharter(charterOf(rows), lookup, '2024-05-01').charter.services.citizen.services[0];
    expect(row?.timeLimit.text).toBe('৪৫ কার্যদিবস');
    expect(row?.fee.text).toBe('১,১৭০ টাকা');
    expect(row?.standard?.deviation).toEqual({
      reason: 'চরাঞ্চলের জমিতে সরেজমিন তদন্তে বেশি সময় লাগে',
      fields: ['timeLimit'],
      standard: { timeLimit: { value: 28, unit: 'working-days', text: '২৮ কার্যদিবস' } },
    });
  });

  // The version scheduled for 2025-07-01: announced from 2025-06-17 (14 days before), in force from 2025-07-01.
  it.each([
    ['2025-06-16', '2023-07-01', undefined],
    ['2025-06-17', '2023-07-01', '2025-07-01'],
    ['2025-06-30', '2023-07-01', '2025-07-01'],
    ['2025-07-01', '2025-07-01', undefined],
  ])('on %s the version of %s is in force and %s is announced', (day, inForce, announced) => {
    expect(versionOn(namjari, day).effectiveFrom).toBe(inForce);
    expect(announcedOn(namjari, day)?.effectiveFrom).toBe(announced);
    const row = resolveCharter(charterOf(standardRow('land-ministry/namjari')), lookup, day).charter.services.citizen.services[0];
    expect(row?.fee.text).toBe(inForce === '2025-07-01' ? '১,২০০ টাকা' : '১,১৭০ টাকা');
    expect(row?.standard?.upcoming?.effectiveFrom).toBe(announced);
    if (announced) expect(row?.standard?.upcoming).toMatchObject({ fields: ['fee', 'legalBasis'], fee: { text: '১,২০০ টাকা' } });
  });

  it('changes phase exactly on the announcement day and the day of effect', () => {
    expect(changeDays(namjari)).toEqual(['2025-06-17', '2025-07-01']);
    expect(standardPhase(namjari, '2025-06-16')).toBe(standardPhase(namjari, '2024-01-01'));
    expect(standardPhase(namjari, '2025-06-17')).not.toBe(standardPhase(namjari, '2025-06-16'));
    expect(standardPhase(namjari, '2025-07-01')).not.toBe(standardPhase(namjari, '2025-06-30'));
    expect(standardPhase(namjari, '2025-08-01')).toBe(standardPhase(namjari, '2025-07-01'));
  });

  it('lists a change in the history of a charter dated before it, once it is in force', () => {
    const file = charterOf(standardRow('land-ministry/namjari'));
    expect(resolveCharter(file, lookup, '2025-06-30').charter.standardChanges).toEqual([]);
    expect(resolveCharter(file, lookup, '2025-07-01').charter.standardChanges).toEqual([
      {
        ref: 'land-ministry/namjari',
        name: 'নামজারি ও জমাখারিজ',
        effectiveFrom: '2025-07-01',
        fields: ['fee', 'legalBasis'],
        note: 'ফি ১,১৭০ টাকা থেকে ১,২০০ টাকা',
        basis: 'নামজারি ফি পুনর্নির্ধারণ, স্মারক ৩১.০০.০০০০.০৪০.৬৮.০০১.২৫-০৪৪, 2025-06-01',
      },
    ]);
    // A charter dated after the change does not list it: its page showed the new fee from the start.
    expect(resolveCharter(charterOf(standardRow('land-ministry/namjari'), '2025-08-01'), lookup, '2025-09-01').charter.standardChanges).toEqual([]);
  });

  it('resolves a superseded charter on its last day in force, the current one on the build day', () => {
    expect(Object.fromEntries(resolutionDays(['2024-04-15', '2025-01-10', '2023-07-20'], '2025-08-01'))).toEqual({
      '2023-07-20': '2024-04-14',
      '2024-04-15': '2025-01-09',
      '2025-01-10': '2025-08-01',
    });
  });
});

describe('a service named by meaning', () => {
  it.each([
    ['নামজারি ও জমাখারিজ (৬)', true],
    ['নামজারি ও জমাখারিজ (12)', true],
    ['১. নামজারি ও জমাখারিজ', true],
    ['নামজারি এবং জমাখারিজ', true],
    ['মিউটেশন', true],
    ['নামজারি ও জমাখারিজ সংক্রান্ত সেবা', true],
    ['ভূমি উন্নয়ন কর আদায়', false],
    ['নামজারি', false],
  ])('"%s" names নামজারি ও জমাখারিজ: %s', (name, expected) => {
    expect(namesStandard(name, namjari)).toBe(expected);
  });

  it('folds nukta forms, zero-width joiners and digits the same way', () => {
    expect(serviceNameKey('জন্ম নিবন্ধন (৩)')).toBe(serviceNameKey('জন্ম\u200c নিবন্ধন'));
    expect(serviceNameKey('বয়স্ক ভাতা')).toBe(serviceNameKey('বয\u09BCস্ক ভাতা'));
  });
});

describe('the checks', () => {
  const check = (files: Record<string, string>, day = '2024-05-01') => {
    const root = writeTree(files);
    try {
      const tree = loadContentTree(root);
      return validateTree(tree, [], { standards: diskStandardsContext(root, day) }).diagnostics.filter((d) => d.code !== 'file-layout');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  };

  it('accepts an upazila land office using its ministry’s standard', () => {
    expect(check({ 'offices/ac-land-bheramara/charters/2024-04-15.mdx': charter('2024-04-15', standardRow('land-ministry/namjari')) })).toEqual([]);
  });

  it('refuses a standard that does not exist, naming the file it looked for and the standards this office can use', () => {
    const [d] = check({ 'offices/ac-land-bheramara/charters/2024-04-15.mdx': charter('2024-04-15', standardRow('land-ministry/namjary')) });
    expect(d).toMatchObject({ severity: 'error', code: 'standard-service', field: 'services.citizen.services[0].standard', line: 8 });
    expect(d?.message).toBe(
      "there is no standard service land-ministry/namjary (no file offices/land-ministry/services/namjary.yaml): correct the reference, or write the service as the office's own (name, delivery, fee, time limit) instead of standard:. Standards for this office: land-ministry/namjari (নামজারি ও জমাখারিজ).",
    );
  });

  it('refuses a standard that is not for this office, saying whom it is for', () => {
    const [d] = check({ 'offices/ict-bheramara/charters/2024-04-15.mdx': charter('2024-04-15', standardRow('land-ministry/namjari')) });
    expect(d).toMatchObject({ severity: 'error', code: 'standard-service' });
    expect(d?.message).toBe(
      "the standard service land-ministry/namjari (নামজারি ও জমাখারিজ) is for offices of kind upazila-office under land-ministry, and ict-bheramara is not one of them (a upazila-office): remove the row, or write the service as the office's own.",
    );
  });

  it('refuses an own value in a standard row without the reason', () => {
    const [d] = check({
      'offices/ac-land-bheramara/charters/2024-04-15.mdx': charter(
        '2024-04-15',
        standardRow('land-ministry/namjari', '        fee:\n          kind: paid\n          text: ২৫০ টাকা\n'),
      ),
    });
    expect(d).toMatchObject({ severity: 'error', code: 'schema', field: 'services.citizen.services[0].fee' });
    expect(d?.message).toContain('say why this office differs in deviation (citizens see the reason)');
  });

  it('warns about a deviation that changes nothing', () => {
    const [d] = check({
      'offices/ac-land-bheramara/charters/2024-04-15.mdx': charter(
        '2024-04-15',
        standardRow(
          'land-ministry/namjari',
          '        fee:\n          kind: paid\n          amount: 1170\n          text: ১১৭০ টাকা\n        deviation: আমাদের ফি\n',
        ),
      ),
    });
    expect(d).toMatchObject({ severity: 'warning', code: 'standard-service', field: 'services.citizen.services[0].fee' });
    expect(d?.message).toBe("the row's fee is the standard's own (land-ministry/namjari): remove it and the deviation");
  });

  it('warns about a hand-copied row with another fee, naming the standard', () => {
    const found = check({ 'offices/ac-land-mirpur/charters/2024-04-15.mdx': charter('2024-04-15', ownRow('নামজারি ও জমাখারিজ (৬)', '২৫০ টাকা')) });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', code: 'standard-service', field: 'services.citizen.services[0].name' });
    expect(found[0]?.message).toBe(
      '"নামজারি ও জমাখারিজ (৬)" copies the standard service land-ministry/namjari (নামজারি ও জমাখারিজ) with a different fee "২৫০ টাকা" (the standard: "১,১৭০ টাকা"): use standard: land-ministry/namjari with the office\'s own details, and state a deviation only if this office must differ',
    );
  });

  it('says nothing of a hand-copied row with the same fee and time limit, or of an office the standard is not for', () => {
    expect(check({ 'offices/ac-land-mirpur/charters/2024-04-15.mdx': charter('2024-04-15', ownRow('নামজারি ও জমাখারিজ', '১১৭০ টাকা')) })).toEqual([]);
    expect(check({ 'offices/ict-bheramara/charters/2024-04-15.mdx': charter('2024-04-15', ownRow('নামজারি ও জমাখারিজ', '২৫০ টাকা')) })).toEqual([]);
  });

  it('checks a standard file: its schema, one version per day, and the office it names', () => {
    const found = check({
      'offices/land-ministry/services/broken.yaml':
        'name: x\nappliesTo:\n  under: no-such-office\nversions:\n  - effectiveFrom: 2024-01-01\n    delivery: d\n    fee:\n      kind: free\n    timeLimit:\n      text: t\n    legalBasis: []\n',
    });
    expect(found.map((d) => [d.field, d.severity])).toEqual([['versions[0].legalBasis', 'error']]);
    expect(parseStandard(NAMJARI.replace('2025-07-01', '2023-07-01'))).toBeUndefined();
    const under = check({ 'offices/land-ministry/services/broken.yaml': NAMJARI.replace('under: land-ministry', 'under: no-such-office') });
    expect(under[0]).toMatchObject({ field: 'appliesTo.under', code: 'reference', severity: 'error' });
  });
});

describe('which offices a change rebuilds', () => {
  const setup = () =>
    writeTree({
      'offices/ac-land-bheramara/charters/2024-04-15.mdx': charter('2024-04-15', standardRow('land-ministry/namjari')),
      // Mirpur copies the row by hand: its page does not show the standard.
      'offices/ac-land-mirpur/charters/2024-04-15.mdx': charter('2024-04-15', ownRow('নামজারি ও জমাখারিজ', '২৫০ টাকা')),
    });

  it('a standard: exactly the offices whose charters use it', () => {
    const root = setup();
    const result = affectedOffices([path.join(root, 'offices/land-ministry/services/namjari.yaml')], { root, directory: readOfficeDirectory(root) });
    expect(result.offices).toEqual(['ac-land-bheramara']);
    expect(result.reasons).toEqual([`${path.join(root, 'offices/land-ministry/services/namjari.yaml')} → 1 office using standard land-ministry/namjari`]);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('the shard plan asks the same: a standard change rebuilds the shards of the offices using it', () => {
    const root = setup();
    const opts = { root, directory: readOfficeDirectory(root) };
    const tree = readOfficeTree(root);
    const plan = changedShards(['content/offices/land-ministry/services/namjari.yaml'], 4, tree, 'content/', (files) =>
      affectedOffices(
        files.map((f) => path.join(root, f.slice('content/'.length))),
        opts,
      ),
    );
    expect(plan).toMatchObject({ all: false, offices: ['ac-land-bheramara'], shards: [shardOf('ac-land-bheramara', 4, tree)] });
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('a deleted standard: the offices that used it when last published', () => {
    const root = setup();
    fs.rmSync(path.join(root, 'offices/land-ministry/services/namjari.yaml'));
    const file = 'content/offices/land-ministry/services/namjari.yaml';
    const directory = readOfficeDirectory(root);
    expect(affectedOffices([file], { root, directory, previousUsers: () => ['ac-land-bheramara', 'ac-land-mirpur'] }).offices).toEqual(['ac-land-bheramara']);
    // Nothing known about it: every office's charters are asked, and the answer is the same.
    expect(affectedOffices([file], { root, directory }).offices).toEqual(['ac-land-bheramara']);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('a document: its office; an office.yaml: it, the offices under it and its parent; a deleted office: removed', () => {
    const root = setup();
    const directory = readOfficeDirectory(root);
    const opts = { root, directory };
    expect(affectedOffices(['content/offices/ac-land-mirpur/charters/2024-04-15.mdx'], opts).offices).toEqual(['ac-land-mirpur']);
    expect(affectedOffices(['content/offices/dc-kushtia/office.yaml'], opts).offices).toEqual([
      'ac-land-bheramara',
      'ac-land-mirpur',
      'dc-kushtia',
      'land-ministry',
    ]);
    expect(affectedOffices(['content/offices/gone/office.yaml', 'src/x.ts'], opts)).toMatchObject({ offices: [], removed: ['gone'], notContent: ['src/x.ts'] });
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('a scheduled version: the offices using it, on its announcement day and its day of effect only, through their input keys', () => {
    const root = setup();
    const opts = { root, directory: readOfficeDirectory(root) };
    expect(officesDueOn('2025-06-17', opts).offices).toEqual(['ac-land-bheramara']);
    expect(officesDueOn('2025-07-01', opts).offices).toEqual(['ac-land-bheramara']);
    expect(officesDueOn('2025-06-18', opts).offices).toEqual([]);
    const key = (day: string) => standardsKeyLines(root, 'ac-land-bheramara', day).join('\n');
    expect(key('2025-06-16')).toBe(key('2024-05-01'));
    expect(key('2025-06-17')).not.toBe(key('2025-06-16'));
    expect(key('2025-06-30')).toBe(key('2025-06-17'));
    expect(key('2025-07-01')).not.toBe(key('2025-06-30'));
    expect(standardsKeyLines(root, 'ac-land-mirpur', '2025-07-01')).toEqual([]);
    fs.rmSync(root, { recursive: true, force: true });
  });
});

describe('the compliance dashboards', () => {
  it('list, per office, the standard services for its kind that its current charter lacks (in its record for the national layer)', () => {
    const root = writeTree({
      'offices/ac-land-bheramara/charters/2024-04-15.mdx': charter('2024-04-15', standardRow('land-ministry/namjari')),
      'offices/ac-land-mirpur/charters/2024-04-15.mdx': charter('2024-04-15', ownRow('নামজারি ও জমাখারিজ', '২৫০ টাকা')),
    });
    const { services } = freshnessOfficesFromTree(loadContentTree(root));
    expect(services.get('ac-land-bheramara')).toMatchObject({ standards: { 'নামজারি ও জমাখারিজ': ['land-ministry/namjari', 0] } });
    expect(services.get('ac-land-bheramara')?.lacking).toBeUndefined();
    // A hand-copied row is not the standard: the office lacks it.
    expect(services.get('ac-land-mirpur')?.lacking).toEqual(['land-ministry/namjari']);
    fs.rmSync(root, { recursive: true, force: true });
  });
});

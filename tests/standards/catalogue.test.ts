/**
 * The national catalogue groups services by standard: every office whose current charter uses a
 * standard counts under it (exactly), whatever else shares its name; at country scope "নামজারি ফি"
 * answers with the standard's fee and legal basis; offices that state a deviation are marked.
 */
import { describe, expect, it } from 'vitest';
import { catalogueFiles, catalogueLayout, searchCatalogue, standardServiceId, type ServiceFile } from '../../src/search/catalogue.ts';
import { syntheticCatalogueOffices, syntheticCatalogueStandards } from '../support/synthetic-catalogue.ts';

const offices = syntheticCatalogueOffices(1_200);
const files = catalogueFiles(offices, undefined, syntheticCatalogueStandards());
const load = async (file: string) => {
  const text = files.get(file);
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
};
const using = (ref: string, deviating?: boolean) =>
  offices.filter((o) => Object.values(o.services?.standards ?? {}).some(([r, d]) => r === ref && (deviating === undefined || (d === 1) === deviating))).length;

describe('the catalogue grouped by standard', () => {
  it('counts every office using নামজারি under the standard, exactly, and those deviating', () => {
    const file = JSON.parse(files.get(`services/${standardServiceId('min-land/namjari')}.json`) ?? 'null') as ServiceFile;
    expect(file[0]).toBe('নামজারি ও জমাখারিজ');
    expect(file[1]).toBe(using('min-land/namjari'));
    expect(file[1]).toBeGreaterThan(20);
    expect(file[4]).toBe(using('min-land/namjari', true));
  });

  it('answers "নামজারি ফি" at country scope with the standard: its fee, time limit and legal basis', async () => {
    const answer = await searchCatalogue('নামজারি ফি', {}, load);
    const [first] = answer.services;
    expect(first?.name).toBe('নামজারি ও জমাখারিজ');
    expect(first?.count).toBe(using('min-land/namjari'));
    expect(first?.standard).toMatchObject({
      ref: 'min-land/namjari',
      fee: '১,১৭০ টাকা (কোর্ট ফি ২০, নোটিশ জারি ফি ৫০, রেকর্ড সংশোধন ফি ১,০০০, খতিয়ান ফি ১০০)',
      timeLimit: '২৮ কার্যদিবস',
      basis: ['ভূমি ব্যবস্থাপনা ম্যানুয়াল, ১৯৯০, অনুচ্ছেদ ৩৪৪', 'ই-নামজারি কার্যক্রম পরিচালনা সংক্রান্ত পরিপত্র, স্মারক ৩১.০০.০০০০.০৪০.৬৮.০০১.২৩-১০৫, 2023-06-15'],
      deviating: using('min-land/namjari', true),
    });
    // Rows copied by hand are not the standard: they count apart, under their printed name (a serial in brackets folded away).
    expect(answer.services.filter((s) => s.standard).map((s) => s.id)).toEqual([standardServiceId('min-land/namjari')]);
  });

  it('announces a scheduled version in the answer', async () => {
    const answer = await searchCatalogue('ভূমি উন্নয়ন কর ফি', {}, load);
    expect(answer.services[0]?.standard?.next).toMatchObject({ day: '2024-05-11', fee: 'জমির শ্রেণি ও পরিমাণ অনুযায়ী নির্ধারিত হারে, অনলাইন সেবা মূল্য ১০ টাকাসহ' });
  });

  it('marks an office that deviates from the standard it matched on', async () => {
    const deviating = offices.find((o) => Object.values(o.services?.standards ?? {}).some(([r, d]) => r === 'min-land/namjari' && d === 1));
    expect(deviating).toBeDefined();
    const part = catalogueLayout(offices).partOf.get(deviating?.parent ?? '');
    const answer = await searchCatalogue('নামজারি', { office: deviating?.parent, part }, load);
    const hit = answer.offices.find((h) => h.id === deviating?.id);
    expect(hit?.deviates).toBe(true);
    expect(answer.offices.filter((h) => h.deviates).every((h) => offices.find((o) => o.id === h.id)?.services?.standards)).toBe(true);
  });
});

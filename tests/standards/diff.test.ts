/**
 * `npm run diff` on a change to a standard service: in plain Bengali, what changed (from which
 * day), and how many offices, and which, it reaches; a charter switching a hand-copied row to
 * the standard says what the citizen now reads differently, and that it uses the standard.
 */
import { describe, expect, it } from 'vitest';
import { snapshotFromTexts } from '../../src/content-model/snapshot.ts';
import { describeChange, diffSnapshots, formatDiffText } from '../../src/domain/charter-diff.ts';
import { NAMJARI, charter, ownRow, standardRow } from './fixture.ts';

const office = (bn: string, kind: string, parent?: string) => `name:\n  bn: ${bn}\n  en: x\nkind: ${kind}\n${parent ? `parent: ${parent}\n` : ''}`;
// The standard without its scheduled version: the change under review adds it.
const CURRENT_ONLY = NAMJARI.slice(0, NAMJARI.indexOf('  - effectiveFrom: 2025-07-01'));

const tree = (standard: string, mirpurRow = ownRow('নামজারি ও জমাখারিজ', '১১৭০ টাকা')) => [
  { path: 'offices/land-ministry/office.yaml', text: office('ভূমি মন্ত্রণালয়', 'ministry') },
  { path: 'offices/land-ministry/services/namjari.yaml', text: standard },
  { path: 'offices/ac-land-bheramara/office.yaml', text: office('সহকারী কমিশনারের (ভূমি) কার্যালয়, ভেড়ামারা', 'upazila-office', 'land-ministry') },
  { path: 'offices/ac-land-bheramara/charters/2024-04-15.mdx', text: charter('2024-04-15', standardRow('land-ministry/namjari')) },
  { path: 'offices/ac-land-kumarkhali/office.yaml', text: office('সহকারী কমিশনারের (ভূমি) কার্যালয়, কুমারখালী', 'upazila-office', 'land-ministry') },
  { path: 'offices/ac-land-kumarkhali/charters/2024-04-20.mdx', text: charter('2024-04-20', standardRow('land-ministry/namjari')) },
  { path: 'offices/ac-land-mirpur/office.yaml', text: office('সহকারী কমিশনারের (ভূমি) কার্যালয়, মিরপুর', 'upazila-office', 'land-ministry') },
  { path: 'offices/ac-land-mirpur/charters/2024-04-15.mdx', text: charter('2024-04-15', mirpurRow) },
];

describe('the diff of a standard service', () => {
  it('says what a scheduled version changes, from which day, and which offices it reaches', () => {
    const changes = diffSnapshots(snapshotFromTexts(tree(CURRENT_ONLY)), snapshotFromTexts(tree(NAMJARI)));
    expect(changes.map((c) => describeChange(c))).toEqual([
      'প্রমিত সেবা «নামজারি ও জমাখারিজ»: ফি ১,১৭০ টাকা → ১,২০০ টাকা, ১ জুলাই ২০২৫ থেকে কার্যকর',
      'প্রমিত সেবা «নামজারি ও জমাখারিজ»: আইনগত ভিত্তি ভূমি ব্যবস্থাপনা ম্যানুয়াল, ১৯৯০, অনুচ্ছেদ ৩৪৪; নামজারি ফি পুনর্নির্ধারণ, স্মারক ৩১.০০.০০০০.০৪০.৬৮.০০১.২৩-১০৫, 2023-06-20 → নামজারি ফি পুনর্নির্ধারণ, স্মারক ৩১.০০.০০০০.০৪০.৬৮.০০১.২৫-০৪৪, 2025-06-01, ১ জুলাই ২০২৫ থেকে কার্যকর',
      'এই পরিবর্তন ২টি দপ্তরের চার্টারে দেখাবে: সহকারী কমিশনারের (ভূমি) কার্যালয়, ভেড়ামারা; সহকারী কমিশনারের (ভূমি) কার্যালয়, কুমারখালী',
    ]);
    expect(changes.every((c) => c.kind === 'standard' && c.file === 'offices/land-ministry/services/namjari.yaml')).toBe(true);
    expect(formatDiffText({ base: 'main', head: 'HEAD', changes }).split('\n')[2]).toBe('offices/land-ministry/services/namjari.yaml (প্রমিত সেবা)');
  });

  it('calls an edit of a version in force a correction, and says so in English too', () => {
    const changes = diffSnapshots(
      snapshotFromTexts(tree(NAMJARI)),
      snapshotFromTexts(tree(NAMJARI.replace('২৮ কার্যদিবস', '৩০ কার্যদিবস').replace('value: 28', 'value: 30'))),
    );
    expect(describeChange(changes[0]!)).toBe('প্রমিত সেবা «নামজারি ও জমাখারিজ»: ১ জুলাই ২০২৩ থেকে কার্যকর সংস্করণে সময়সীমা সংশোধন: ২৮ কার্যদিবস → ৩০ কার্যদিবস');
    expect(describeChange(changes[0]!, 'en')).toBe(
      'Standard service «নামজারি ও জমাখারিজ»: time limit corrected in the version in effect from 2023-07-01: ২৮ কার্যদিবস → ৩০ কার্যদিবস',
    );
    expect(describeChange(changes.at(-1)!, 'en')).toBe(
      'This change shows on the charters of 2 offices: সহকারী কমিশনারের (ভূমি) কার্যালয়, ভেড়ামারা; সহকারী কমিশনারের (ভূমি) কার্যালয়, কুমারখালী',
    );
  });

  it('a charter that replaces its hand-copied row with the standard: the columns the citizen now reads differently, and that it uses the standard', () => {
    const changes = diffSnapshots(snapshotFromTexts(tree(CURRENT_ONLY)), snapshotFromTexts(tree(CURRENT_ONLY, standardRow('land-ministry/namjari'))));
    expect(changes.map((c) => describeChange(c))).toEqual([
      'সেবা প্রদান পদ্ধতি — «নামজারি ও জমাখারিজ»: সরাসরি → ই-নামজারি সিস্টেমে অনলাইনে আবেদন',
      'সেবার মূল্য — «নামজারি ও জমাখারিজ»: ১১৭০ টাকা → ১,১৭০ টাকা · 1170 ৳ · অনলাইনে',
      'প্রয়োজনীয় কাগজপত্র যোগ — «নামজারি ও জমাখারিজ»: আবেদনকারীর জাতীয় পরিচয়পত্র',
      'প্রয়োজনীয় কাগজপত্র যোগ — «নামজারি ও জমাখারিজ»: হালনাগাদ ভূমি উন্নয়ন কর পরিশোধের দাখিলা',
      '«নামজারি ও জমাখারিজ» এখন প্রমিত সেবা land-ministry/namjari অনুসরণ করে (নাম, কাগজপত্র, ফি, সময়সীমা ও আইনগত ভিত্তি সেখান থেকে)',
    ]);
  });
});

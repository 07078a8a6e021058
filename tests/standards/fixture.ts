/**
 * A small content tree with standard services, written to a temporary folder: a land
 * ministry that sets নামজারি (fee 1,170 taka, 28 working days; a version scheduled for
 * 2025-07-01 at 1,200 taka), a district under it with two upazila land offices, and an ICT
 * office elsewhere. Tests change it and look at what the checks, the resolver and the
 * dependency rules say.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toAsciiDigits } from '../../src/domain/bengali-digits.ts';

export const NAMJARI = `name: নামজারি ও জমাখারিজ
aliases:
  - মিউটেশন
appliesTo:
  kinds:
    - upazila-office
  under: land-ministry
versions:
  - effectiveFrom: 2023-07-01
    delivery: ই-নামজারি সিস্টেমে অনলাইনে আবেদন
    papers:
      - আবেদনকারীর জাতীয় পরিচয়পত্র
      - হালনাগাদ ভূমি উন্নয়ন কর পরিশোধের দাখিলা
    fee:
      kind: paid
      amount: 1170
      payment: অনলাইনে
      text: ১,১৭০ টাকা
    timeLimit:
      value: 28
      unit: working-days
      text: ২৮ কার্যদিবস
    legalBasis:
      - kind: act
        title: ভূমি ব্যবস্থাপনা ম্যানুয়াল, ১৯৯০
        section: অনুচ্ছেদ ৩৪৪
      - kind: circular
        title: নামজারি ফি পুনর্নির্ধারণ
        memo: ৩১.০০.০০০০.০৪০.৬৮.০০১.২৩-১০৫
        date: 2023-06-20
  - effectiveFrom: 2025-07-01
    delivery: ই-নামজারি সিস্টেমে অনলাইনে আবেদন
    papers:
      - আবেদনকারীর জাতীয় পরিচয়পত্র
      - হালনাগাদ ভূমি উন্নয়ন কর পরিশোধের দাখিলা
    fee:
      kind: paid
      amount: 1200
      payment: অনলাইনে
      text: ১,২০০ টাকা
    timeLimit:
      value: 28
      unit: working-days
      text: ২৮ কার্যদিবস
    legalBasis:
      - kind: circular
        title: নামজারি ফি পুনর্নির্ধারণ
        memo: ৩১.০০.০০০০.০৪০.৬৮.০০১.২৫-০৪৪
        date: 2025-06-01
    note: ফি ১,১৭০ টাকা থেকে ১,২০০ টাকা
`;

const office = (bn: string, en: string, kind: string, parent?: string) =>
  `name:\n  bn: ${bn}\n  en: ${en}\nkind: ${kind}\n${parent ? `parent: ${parent}\n` : ''}`;

export const OFFICER = `        officer:\n          name: জনাব রহিম উদ্দিন\n          designation: সহকারী কমিশনার (ভূমি)\n`;

export function charter(date: string, rows: string): string {
  return `---\neffectiveDate: ${date}\nvision: ভিশন।\nmission: মিশন।\nservices:\n  citizen:\n    services:\n${rows}---\n`;
}

/** A `standard:` row (with extra lines indented as row fields). */
export const standardRow = (ref: string, extra = '') => `      - standard: ${ref}\n${OFFICER}${extra}`;

/** A row of the office's own. */
export const ownRow = (name: string, fee: string, time = '২৮ কার্যদিবস', timeValue = 28) =>
  `      - name: ${name}\n        delivery: সরাসরি\n        fee:\n          kind: paid\n          text: ${fee}\n          amount: ${Number(toAsciiDigits(fee).replace(/[^0-9]/g, '') || 0)}\n        timeLimit:\n          value: ${timeValue}\n          unit: working-days\n          text: ${time}\n${OFFICER}`;

export function writeTree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-standards-'));
  const all: Record<string, string> = {
    'offices/land-ministry/office.yaml': office('ভূমি মন্ত্রণালয়', 'Ministry of Land', 'ministry'),
    'offices/land-ministry/services/namjari.yaml': NAMJARI,
    'offices/dc-kushtia/office.yaml': office('জেলা প্রশাসকের কার্যালয়, কুষ্টিয়া', 'DC Office, Kushtia', 'district-office', 'land-ministry'),
    'offices/ac-land-bheramara/office.yaml': office('সহকারী কমিশনারের (ভূমি) কার্যালয়, ভেড়ামারা', 'AC Land, Bheramara', 'upazila-office', 'dc-kushtia'),
    'offices/ac-land-mirpur/office.yaml': office('সহকারী কমিশনারের (ভূমি) কার্যালয়, মিরপুর', 'AC Land, Mirpur', 'upazila-office', 'dc-kushtia'),
    'offices/ict-bheramara/office.yaml': office('উপজেলা আইসিটি কার্যালয়, ভেড়ামারা', 'Upazila ICT Office, Bheramara', 'upazila-office'),
    ...files,
  };
  for (const [rel, text] of Object.entries(all)) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return root;
}

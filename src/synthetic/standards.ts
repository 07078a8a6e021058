/**
 * Standard services in a synthetic country: the offices that set them (a ministry, a few
 * directorates, the Cabinet Division), the standards themselves (names, fees, time limits
 * and legal bases as real charters print them; memo numbers made up), and how an office's
 * charter uses them: most rows `standard:`, some with a stated deviation, some still copied
 * by hand (with the drifted fees the national portal shows: 232, 245, 250 or 1,150 taka for
 * নামজারি), a few left out (the compliance dashboards list them).
 *
 * A country of fewer than SETTERS_FROM offices has none (the small trees tests build stay
 * as they were).
 */
import type { z } from 'zod';
import { addDays } from '../domain/fiscal-year.ts';
import type { standardServiceSchema } from '../schemas/index.ts';

type StandardInput = z.input<typeof standardServiceSchema>;
type Version = StandardInput['versions'][number];

/** Countries this large or larger have setter offices and standard services. */
export const SETTERS_FROM = 100;

/** A setter office's plan (the shape of ./plan.ts's OfficePlan, which imports this file). */
interface SetterPlan {
  id: string;
  kind: 'ministry' | 'division' | 'directorate';
  nameBn: string;
  nameEn: string;
  head: string;
  domain: string;
  address: string;
  host: string;
}

/** The offices that set standard services, at the top of the tree (no parent). */
export const SETTERS: readonly SetterPlan[] = [
  setter('cabinet-division', 'division', 'মন্ত্রিপরিষদ বিভাগ', 'Cabinet Division', 'সচিব', 'cabinet.gov.bd'),
  setter('min-land', 'ministry', 'ভূমি মন্ত্রণালয়', 'Ministry of Land', 'সচিব', 'minland.gov.bd'),
  setter('lgd', 'division', 'স্থানীয় সরকার বিভাগ', 'Local Government Division', 'সচিব', 'lgd.gov.bd'),
  setter('dss', 'directorate', 'সমাজসেবা অধিদফতর', 'Department of Social Services', 'মহাপরিচালক', 'dss.gov.bd'),
  setter('dghs', 'directorate', 'স্বাস্থ্য অধিদপ্তর', 'Directorate General of Health Services', 'মহাপরিচালক', 'dghs.gov.bd'),
  setter('doict', 'directorate', 'তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর', 'Department of ICT', 'মহাপরিচালক', 'doict.gov.bd'),
  setter('dip', 'directorate', 'ইমিগ্রেশন ও পাসপোর্ট অধিদপ্তর', 'Department of Immigration and Passports', 'মহাপরিচালক', 'dip.gov.bd'),
];

function setter(id: string, kind: SetterPlan['kind'], nameBn: string, nameEn: string, head: string, domain: string): SetterPlan {
  return { id, kind, nameBn, nameEn, head, domain, address: 'ঢাকা', host: id };
}

const basis = (kind: 'act' | 'rule' | 'policy' | 'circular' | 'manual', title: string, extra: { memo?: string; date?: string; section?: string } = {}) => ({
  kind,
  title,
  ...extra,
});

interface GeneratedStandard {
  ref: string;
  data: StandardInput;
  /** Printed fees of hand-copied rows that drifted from the standard (national-portal style). */
  drifted: { amount: number; text: string }[];
  /** Names hand-copied rows print instead of the standard's. */
  variants: string[];
  /** Reasons an office states for deviating, with what it changes. */
  deviations: { reason: string; timeLimit?: Version['timeLimit']; fee?: Version['fee'] }[];
}

/** Every standard of a country generated as of `asOf` (one of them has a version scheduled 10 days later). */
export function countryStandards(asOf: string): GeneratedStandard[] {
  const days = (n: number, unit: 'working-days' | 'days' = 'working-days') => ({
    value: n,
    unit,
    text: `${toBn(n)} ${unit === 'working-days' ? 'কার্যদিবস' : 'দিন'}`,
  });
  const immediate = { unit: 'immediate' as const, text: 'তাৎক্ষণিক' };
  const free = { kind: 'free' as const, text: 'বিনামূল্যে' };
  const paid = (amount: number | undefined, text: string, payment?: string) => ({
    kind: 'paid' as const,
    ...(amount !== undefined ? { amount } : {}),
    ...(payment ? { payment } : {}),
    text,
  });
  const slower = (n: number, reason: string) => ({ reason, timeLimit: days(n) });
  return [
    {
      ref: 'min-land/namjari',
      data: {
        name: 'নামজারি ও জমাখারিজ',
        aliases: ['নামজারি', 'মিউটেশন', 'নামজারি/জমাখারিজ'],
        appliesTo: { categories: ['upazila-land'] },
        versions: [
          {
            effectiveFrom: '2023-07-01',
            delivery: 'ই-নামজারি সিস্টেমে অনলাইনে অথবা উপজেলা ভূমি অফিসের সেবা কেন্দ্রে আবেদন',
            papers: ['আবেদনকারীর জাতীয় পরিচয়পত্রের কপি', 'হালনাগাদ ভূমি উন্নয়ন কর পরিশোধের দাখিলা', 'দলিল ও খতিয়ানের কপি', 'ওয়ারিশ সনদ (প্রযোজ্য ক্ষেত্রে)'],
            fee: paid(1170, '১,১৭০ টাকা (কোর্ট ফি ২০, নোটিশ জারি ফি ৫০, রেকর্ড সংশোধন ফি ১,০০০, খতিয়ান ফি ১০০)', 'অনলাইনে ই-পেমেন্টের মাধ্যমে'),
            timeLimit: days(28),
            legalBasis: [
              basis('manual', 'ভূমি ব্যবস্থাপনা ম্যানুয়াল, ১৯৯০', { section: 'অনুচ্ছেদ ৩৪৪' }),
              basis('circular', 'ই-নামজারি কার্যক্রম পরিচালনা সংক্রান্ত পরিপত্র', { memo: '৩১.০০.০০০০.০৪০.৬৮.০০১.২৩-১০৫', date: '2023-06-15' }),
            ],
          },
        ],
      },
      drifted: [
        { amount: 232, text: '২৩২ টাকা' },
        { amount: 245, text: '২৪৫ টাকা' },
        { amount: 250, text: '২৫০ টাকা' },
        { amount: 1150, text: '১,১৫০ টাকা' },
      ],
      variants: ['নামজারি ও জমাখারিজ (৬)', 'নামজারি/জমাখারিজ', 'মিউটেশন'],
      deviations: [
        slower(45, 'চরাঞ্চলের জমিতে সরেজমিন তদন্তে নৌপথে যেতে হয়, তাই বেশি সময় লাগে'),
        slower(35, 'সার্ভেয়ারের পদ শূন্য; পার্শ্ববর্তী উপজেলার সার্ভেয়ার সপ্তাহে দুই দিন আসেন'),
      ],
    },
    {
      ref: 'min-land/land-tax',
      data: {
        name: 'ভূমি উন্নয়ন কর আদায় ও দাখিলা প্রদান',
        aliases: ['ভূমি উন্নয়ন কর আদায়', 'খাজনা আদায় ও দাখিলা প্রদান'],
        appliesTo: { categories: ['upazila-land'] },
        versions: [
          {
            effectiveFrom: '2023-07-01',
            delivery: 'অনলাইনে (land.gov.bd) অথবা ইউনিয়ন ভূমি অফিসে',
            papers: ['খতিয়ানের কপি বা হোল্ডিং নম্বর', 'সর্বশেষ দাখিলা (থাকলে)'],
            fee: paid(undefined, 'জমির শ্রেণি ও পরিমাণ অনুযায়ী নির্ধারিত হারে', 'অনলাইনে বা ব্যাংকে'),
            timeLimit: immediate,
            legalBasis: [basis('act', 'ভূমি উন্নয়ন কর আইন, ২০২৩')],
          },
          {
            effectiveFrom: addDays(asOf, 10),
            delivery: 'শুধু অনলাইনে (land.gov.bd)',
            papers: ['খতিয়ানের কপি বা হোল্ডিং নম্বর', 'সর্বশেষ দাখিলা (থাকলে)'],
            fee: paid(undefined, 'জমির শ্রেণি ও পরিমাণ অনুযায়ী নির্ধারিত হারে, অনলাইন সেবা মূল্য ১০ টাকাসহ', 'অনলাইনে'),
            timeLimit: immediate,
            legalBasis: [
              basis('act', 'ভূমি উন্নয়ন কর আইন, ২০২৩'),
              basis('circular', 'ভূমি উন্নয়ন কর শতভাগ অনলাইনে আদায় সংক্রান্ত পরিপত্র', { memo: '৩১.০০.০০০০.০৪২.২৭.০০৩.২৪-২১৭', date: addDays(asOf, -20) }),
            ],
            note: 'ভূমি উন্নয়ন কর শুধু অনলাইনে, সেবা মূল্য ১০ টাকা',
          },
        ],
      },
      drifted: [{ amount: 0, text: 'সরকার নির্ধারিত হারে' }],
      variants: ['ভূমি উন্নয়ন কর আদায়'],
      deviations: [],
    },
    {
      ref: 'lgd/birth-registration',
      data: {
        name: 'জন্ম ও মৃত্যু নিবন্ধন সনদ প্রদান',
        aliases: ['জন্ম নিবন্ধন সনদ প্রদান', 'জন্ম ও মৃত্যু নিবন্ধন'],
        appliesTo: { categories: ['union-parishad'] },
        versions: [
          {
            effectiveFrom: '2023-01-01',
            delivery: 'অনলাইনে (bdris.gov.bd) আবেদন, ইউনিয়ন ডিজিটাল সেন্টারের মাধ্যমে',
            papers: ['হাসপাতালের ছাড়পত্র বা টিকা কার্ড', 'পিতা ও মাতার জন্ম নিবন্ধন ও জাতীয় পরিচয়পত্র', 'হোল্ডিং কর পরিশোধের রশিদ'],
            fee: paid(undefined, 'জন্মের ৪৫ দিনের মধ্যে বিনামূল্যে; ৪৫ দিন থেকে ৫ বছর ২৫ টাকা; ৫ বছরের পর ৫০ টাকা', 'অনলাইনে বা নগদ, রশিদের মাধ্যমে'),
            timeLimit: days(7),
            legalBasis: [basis('act', 'জন্ম ও মৃত্যু নিবন্ধন আইন, ২০০৪'), basis('rule', 'জন্ম ও মৃত্যু নিবন্ধন বিধিমালা, ২০১৮')],
          },
        ],
      },
      drifted: [{ amount: 50, text: '৫০ টাকা' }],
      variants: ['জন্ম ও মৃত্যু নিবন্ধন সনদ প্রদান (২)', 'জন্ম নিবন্ধন সনদ প্রদান'],
      deviations: [slower(10, 'সার্ভার সংযোগ দুর্বল; সনদ জেলা থেকে ছাপিয়ে আনতে হয়')],
    },
    {
      ref: 'lgd/citizenship',
      data: {
        name: 'নাগরিকত্ব সনদ প্রদান',
        aliases: ['নাগরিকত্ব সনদ'],
        appliesTo: { categories: ['union-parishad'] },
        versions: [
          {
            effectiveFrom: '2023-01-01',
            delivery: 'সরাসরি ইউনিয়ন পরিষদে আবেদন',
            papers: ['জাতীয় পরিচয়পত্র বা জন্ম নিবন্ধন সনদের কপি', 'ওয়ার্ড সদস্যের প্রত্যয়ন'],
            fee: paid(50, '৫০ টাকা', 'নগদ, রশিদের মাধ্যমে'),
            timeLimit: days(1),
            legalBasis: [basis('act', 'স্থানীয় সরকার (ইউনিয়ন পরিষদ) আইন, ২০০৯', { section: 'দ্বিতীয় তফসিল' })],
          },
        ],
      },
      drifted: [
        { amount: 100, text: '১০০ টাকা' },
        { amount: 20, text: '২০ টাকা' },
      ],
      variants: ['নাগরিকত্ব সনদ প্রদান (৩)'],
      deviations: [],
    },
    ...['বয়স্ক ভাতা প্রদান', 'বিধবা ও স্বামী নিগৃহীতা মহিলা ভাতা প্রদান', 'প্রতিবন্ধী ভাতা প্রদান'].map((name, i) => ({
      ref: `dss/${['old-age-allowance', 'widow-allowance', 'disability-allowance'][i]}`,
      data: {
        name,
        aliases: [],
        appliesTo: { categories: ['upazila-social'] },
        versions: [
          {
            effectiveFrom: '2023-07-01',
            delivery: 'অনলাইনে (mis.bhata.gov.bd) বা উপজেলা সমাজসেবা কার্যালয়ে আবেদন; ভাতা মোবাইল ব্যাংকিংয়ে',
            papers: ['জাতীয় পরিচয়পত্রের কপি', 'সদ্য তোলা দুই কপি ছবি', 'ইউনিয়ন পরিষদ চেয়ারম্যানের প্রত্যয়নপত্র'],
            fee: free,
            timeLimit: days(30),
            legalBasis: [basis('policy', `${name.replace(' প্রদান', '')} কর্মসূচি বাস্তবায়ন নীতিমালা, ২০১৩`)],
          },
        ],
      },
      drifted: [],
      variants: [`${name} (${toBn(i + 4)})`],
      deviations: [slower(45, 'উপজেলা কমিটির সভা দুই মাসে একবার হয়')],
    })),
    {
      ref: 'dghs/outpatient',
      data: {
        name: 'বহির্বিভাগে চিকিৎসা সেবা প্রদান',
        aliases: ['বহির্বিভাগে চিকিৎসা'],
        appliesTo: { categories: ['upazila-health'] },
        versions: [
          {
            effectiveFrom: '2023-01-01',
            delivery: 'টিকিট কাউন্টারে টিকিট সংগ্রহ করে সংশ্লিষ্ট চিকিৎসকের কক্ষে',
            papers: ['প্রযোজ্য নয়'],
            fee: paid(5, '৫ টাকা (টিকিট)', 'নগদ'),
            timeLimit: immediate,
            legalBasis: [basis('policy', 'জাতীয় স্বাস্থ্যনীতি, ২০১১')],
          },
        ],
      },
      drifted: [{ amount: 10, text: '১০ টাকা' }],
      variants: ['বহির্বিভাগে চিকিৎসা সেবা প্রদান (২)'],
      deviations: [],
    },
    {
      ref: 'doict/ict-information',
      data: {
        name: 'আইসিটি অধিদপ্তর সংক্রান্ত তথ্য প্রদান',
        aliases: [],
        appliesTo: { categories: ['upazila-ict', 'district-ict'] },
        versions: [
          {
            effectiveFrom: '2023-01-01',
            delivery: 'টেলিফোন/ সরাসরি/ ই- মেইল যোগাযোগ',
            papers: ['প্রযোজ্য ক্ষেত্রে সাদা কাগজে আবেদন পত্র'],
            fee: free,
            timeLimit: { unit: 'immediate', text: 'তাৎক্ষণিক/কার্য দিবস (প্রযোজ্য ক্ষেত্রে)' },
            legalBasis: [basis('policy', 'সেবা প্রদান প্রতিশ্রুতি (সিটিজেন চার্টার) প্রণয়ন সংক্রান্ত নির্দেশিকা, ২০১৭')],
          },
        ],
      },
      drifted: [],
      variants: ['আইসিটি অধিদপ্তর সংক্রান্ত তথ্য প্রদান (২)'],
      deviations: [],
    },
    {
      ref: 'dip/passport-application',
      data: {
        name: 'পাসপোর্ট আবেদন গ্রহণ',
        aliases: ['ই-পাসপোর্ট আবেদন গ্রহণ'],
        appliesTo: { categories: ['district-passport'] },
        versions: [
          {
            effectiveFrom: '2023-07-01',
            delivery: 'অনলাইনে (epassport.gov.bd) আবেদন, অফিসে ছবি ও আঙুলের ছাপ প্রদান',
            papers: ['অনলাইন আবেদনের কপি', 'জাতীয় পরিচয়পত্র', 'ফি পরিশোধের প্রমাণ'],
            fee: paid(undefined, 'নিয়মিত ৪,০২৫ টাকা, জরুরি ৬,৩২৫ টাকা (৪৮ পৃষ্ঠা, ৫ বছর)', 'অনলাইনে বা ব্যাংকে'),
            timeLimit: days(21),
            legalBasis: [basis('act', 'বাংলাদেশ পাসপোর্ট আদেশ, ১৯৭৩')],
          },
        ],
      },
      drifted: [],
      variants: [],
      deviations: [slower(30, 'পার্বত্য এলাকায় পুলিশ প্রতিবেদন আসতে বেশি সময় লাগে')],
    },
    {
      ref: 'cabinet-division/rti',
      data: {
        name: 'তথ্য অধিকার আইনে তথ্য প্রদান',
        aliases: ['তথ্য অধিকার আইন অনুযায়ী তথ্য প্রদান'],
        appliesTo: { categories: ['upazila-land', 'upazila-social', 'upazila-health', 'district-passport'] },
        versions: [
          {
            effectiveFrom: '2023-01-01',
            delivery: 'নির্ধারিত ফরমে দায়িত্বপ্রাপ্ত কর্মকর্তার কাছে আবেদন, সরাসরি, ডাকযোগে বা ই-মেইলে',
            papers: ['নির্ধারিত ফরমে আবেদন (অফিসে ও ওয়েবসাইটে পাওয়া যায়)'],
            fee: paid(undefined, 'তথ্য অধিকার (তথ্য প্রাপ্তি সংক্রান্ত) বিধিমালা অনুযায়ী (পৃষ্ঠাপ্রতি ২ টাকা)', 'ট্রেজারি চালানের মাধ্যমে'),
            timeLimit: days(20),
            legalBasis: [basis('act', 'তথ্য অধিকার আইন, ২০০৯', { section: 'ধারা ৯' }), basis('rule', 'তথ্য অধিকার (তথ্য প্রাপ্তি সংক্রান্ত) বিধিমালা, ২০০৯')],
          },
        ],
      },
      drifted: [],
      variants: ['তথ্য অধিকার আইনে তথ্য প্রদান (২)'],
      deviations: [],
    },
  ];
}

function toBn(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => '০১২৩৪৫৬৭৮৯'[Number(d)] ?? d);
}

/** The standards an office offers (by its category). */
export function standardsForOffice(plan: { category?: string | undefined }, all: readonly GeneratedStandard[]): GeneratedStandard[] {
  return plan.category ? all.filter((s) => s.data.appliesTo.categories?.includes(plan.category as string)) : [];
}

export type { GeneratedStandard };

/**
 * What a finding means to an office editor, in Bengali: the problem and the fix, in
 * the words of the form, not of the code. The checks speak English to maintainers
 * (`npm run validate`, CI annotations); the admin (beside the field and in the error
 * summary) and the pull request's Bengali report say the same finding this way.
 *
 * Keyed by the finding's `code`, and for schema findings by the sentence shape of
 * src/core/zod-messages.ts (a handful of templates); a value the English message
 * quotes ("৫০০", "doict-x") is carried over. A finding this table does not know
 * still gets its code's Bengali sentence (tests/validation/messages-bn.test.ts runs
 * every check's fixtures through it and fails on one it cannot say).
 */
import { toBengaliDigits } from '../domain/bengali-digits.ts';
import type { Diagnostic } from './diagnostic.ts';

export interface EditorMessage {
  /** What is wrong, one sentence. */
  problem: string;
  /** What to do, one sentence. */
  fix: string;
}

type Rule = { test: RegExp; say: (m: RegExpExecArray) => EditorMessage };

const TYPE_BN: Record<string, string> = {
  text: 'লেখা',
  'a number': 'একটি সংখ্যা',
  'a list': 'একটি তালিকা',
  'a group of fields': 'কয়েকটি ঘরের একটি দল',
  'true or false': 'হ্যাঁ বা না',
};

/** A value as the English message quoted it, shown back to the editor. */
function shown(value: string | undefined): string {
  if (value === undefined) return '';
  if (value === 'nothing' || value === 'nothing (null)') return 'কিছুই নেই';
  if (value === 'a list') return 'একটি তালিকা';
  if (value === 'a group of fields') return 'কয়েকটি ঘর';
  return value;
}

/** Where an own service's missing field can come from instead: the row's standard service. */
const OR_A_STANDARD =
  'নিজস্ব সেবার নাম, সেবা প্রদান পদ্ধতি, মূল্য ও সময়সীমা দিতে হয়। সেবাটি আইন বা পরিপত্রে সব দপ্তরের জন্য নির্ধারিত হলে সারির "প্রমিত সেবা" ঘর থেকে বাছুন; তখন এগুলো সেখান থেকে আসবে।';

const SCHEMA_RULES: Rule[] = [
  // A service row: an own service states these; a standard row takes them from its standard (src/schemas/charter.ts).
  { test: /^is required but missing: an office's own service states/, say: () => ({ problem: 'এই ঘরটি পূরণ করা হয়নি।', fix: OR_A_STANDARD }) },
  {
    test: /^a standard service takes its name from the standard/,
    say: () => ({
      problem: 'প্রমিত সেবার নাম প্রমিত সেবা থেকেই আসে, সারিতে আলাদা নাম লেখা যায় না।',
      fix: 'সেবার নাম ঘরটি খালি করুন; সেবাটি এই দপ্তরের নিজস্ব হলে বরং "প্রমিত সেবা" ঘরটি খালি করুন।',
    }),
  },
  {
    test: /^a standard service's (?:delivery|papers|fee|time limit) comes from the standard/,
    say: () => ({
      problem: 'প্রমিত সেবার এই তথ্য প্রমিত সেবা থেকেই আসে।',
      fix: 'ঘরটি খালি করুন; এই দপ্তরে সত্যিই ভিন্ন হলে "এই দপ্তরে ভিন্ন (কারণসহ)" বেছে কারণটি লিখুন, নাগরিকেরা কারণটি দেখবেন।',
    }),
  },
  {
    test: /^is only for a standard service/,
    say: () => ({ problem: 'ভিন্নতার কারণ শুধু প্রমিত সেবার সারিতে লেখা যায়।', fix: 'নিজস্ব সেবার সারিতে এই ঘরটি খালি করুন।' }),
  },
  { test: /^is required but missing/, say: () => ({ problem: 'এই ঘরটি পূরণ করা হয়নি।', fix: 'ঘরটি পূরণ করুন; এটি ছাড়া দলিল প্রকাশ করা যায় না।' }) },
  { test: /^must not be empty/, say: () => ({ problem: 'এই ঘরটি খালি।', fix: 'ঘরটিতে লিখুন; শুধু ফাঁকা জায়গা চলবে না।' }) },
  {
    test: /^needs at least (\d+) item/,
    say: (m) => ({ problem: `এখানে অন্তত ${toBengaliDigits(m[1]!)}টি বিষয় লাগবে।`, fix: 'যোগ করুন বোতাম দিয়ে নতুন সারি যোগ করে পূরণ করুন।' }),
  },
  { test: /^minutes need at least one agenda item/, say: () => ({ problem: 'কার্যবিবরণীতে কোনো আলোচ্যসূচি নেই।', fix: 'অন্তত একটি আলোচ্যসূচি যোগ করুন।' }) },
  {
    test: /^must be at least (-?[\d.]+)/,
    say: (m) => ({ problem: `মানটি ${toBengaliDigits(m[1]!)}-এর কম।`, fix: `${toBengaliDigits(m[1]!)} বা তার বেশি একটি সংখ্যা লিখুন।` }),
  },
  {
    test: /^expected a date written as YYYY-MM-DD.*?(?:; found (.*))?$/,
    say: (m) => ({
      problem: m[1] ? `তারিখটি পড়া যায়নি (${shown(m[1])})।` : 'তারিখটি পড়া যায়নি।',
      fix: 'দিন, মাস ও বছর আলাদা ঘরে লিখুন, যেমন ১৫ / ০৪ / ২০২৪।',
    }),
  },
  { test: /^is not a real calendar date/, say: () => ({ problem: 'এমন তারিখ ক্যালেন্ডারে নেই (যেমন ৩১ এপ্রিল)।', fix: 'দিন ও মাস মিলিয়ে সঠিক তারিখ লিখুন।' }) },
  {
    test: /^expected a fiscal year written as 2023-24/,
    say: () => ({ problem: 'অর্থবছরটি নিয়মমতো লেখা হয়নি।', fix: 'দুটি বছর ড্যাশ দিয়ে লিখুন, যেমন ২০২৩-২৪ (বাংলা বা ইংরেজি অঙ্কে)।' }),
  },
  {
    test: /^the two years of a fiscal year must be consecutive/,
    say: () => ({ problem: 'অর্থবছরের দুটি বছর পরপর নয়।', fix: 'পরপর দুটি বছর লিখুন, যেমন ২০২৩-২৪।' }),
  },
  { test: /^expected a quarter number/, say: () => ({ problem: 'ত্রৈমাসিক বাছাই করা হয়নি।', fix: 'তালিকা থেকে ত্রৈমাসিক (১ম–৪র্থ) বেছে নিন।' }) },
  {
    test: /^expected fee kind "free" or "paid"/,
    say: () => ({ problem: 'সেবার মূল্যের ধরন বাছাই করা হয়নি।', fix: '"ধরন" থেকে বিনামূল্যে বা মূল্য আছে বেছে নিন।' }),
  },
  {
    test: /^an office id uses lowercase/,
    say: () => ({ problem: 'দপ্তরের আইডি নিয়মমতো নয়।', fix: 'ইংরেজি ছোট হাতের অক্ষর, অঙ্ক ও ড্যাশ দিয়ে লিখুন, যেমন doict-bheramara।' }),
  },
  {
    test: /^expected a web address starting with https/,
    say: () => ({ problem: 'ওয়েব ঠিকানাটি পূর্ণ নয়।', fix: 'https:// বা http:// দিয়ে শুরু পুরো ঠিকানা লিখুন।' }),
  },
  {
    test: /^expected a GitHub user or team/,
    say: () => ({ problem: 'GitHub নামটি নিয়মমতো নয়।', fix: '@ দিয়ে শুরু নাম লিখুন, যেমন @rangpur-divcom বা @org/team।' }),
  },
  {
    test: /^must be one of (.*?)(?: \(.*\))?; found (.*)$/,
    say: (m) => ({ problem: `"${shown(m[2])}" এখানে চলে না।`, fix: 'তালিকা থেকে একটি বেছে নিন।' }),
  },
  {
    test: /^expected (text|a number|a list|a group of fields|true or false)(?: \(.*\))?; found (.*)$/,
    say: (m) => ({
      problem: `এখানে ${TYPE_BN[m[1]!] ?? m[1]} লাগবে, কিন্তু আছে ${shown(m[2])}।`,
      fix: m[1] === 'a number' ? 'শুধু অঙ্ক লিখুন (বাংলা বা ইংরেজি), যেমন ৫০০।' : 'ঘরটি ঠিক করে আবার লিখুন।',
    }),
  },
  {
    test: /^is not a known field/,
    say: () => ({ problem: 'ফাইলে এমন একটি ঘর আছে যা এই দলিলের নিয়মে নেই।', fix: 'ঘরটির নামের বানান দেখুন, বা রক্ষণাবেক্ষণকারীকে জানিয়ে মুছে দিন।' }),
  },
  { test: /^does not match any allowed shape/, say: () => ({ problem: 'ঘরটি কোনো অনুমোদিত ধাঁচে মেলে না।', fix: 'ঘরের নির্দেশনা দেখে আবার পূরণ করুন।' }) },
];

const QUOTED = /"([^"]*)"/;

const CODE_RULES: Record<string, Rule[]> = {
  'phone-invalid': [
    {
      test: QUOTED,
      say: (m) => ({
        problem: `"${m[1]}" বাংলাদেশের সঠিক ফোন নম্বর মনে হচ্ছে না।`,
        fix: 'অঙ্কগুলো কাগজের সাথে মিলিয়ে নিন (মোবাইল ০১ দিয়ে শুরু, ১১ অঙ্ক); কাগজে এভাবেই ছাপা থাকলে রেখে দিন।',
      }),
    },
  ],
  'email-invalid': [
    { test: QUOTED, say: (m) => ({ problem: `"${m[1]}" সঠিক ইমেইল ঠিকানা নয়।`, fix: 'একটিমাত্র @ ও ইংরেজি অক্ষরে ঠিকানাটি লিখুন, যেমন info@example.gov.bd।' }) },
  ],
  'memo-number-format': [
    {
      test: QUOTED,
      say: (m) => ({
        problem: `স্মারক নম্বর "${m[1]}" সাধারণ ধাঁচের নয়।`,
        fix: 'শুধু নম্বরটি লিখুন (বিন্দু দিয়ে ভাগ করা অঙ্ক, শেষে ড্যাশ ও ক্রমিক, যেমন ৫৮.০৪.০০০০.০২৪.০১.০০৩.২৩-১৮৫); কাগজে এভাবেই ছাপা হলে রেখে দিন।',
      }),
    },
  ],
  'bangla-date-mismatch': [
    {
      test: /^(?:printed Bangla date )?"([^"]*)"/,
      say: (m) => ({
        problem: `ছাপা বাংলা তারিখ "${m[1]}" সংশোধিত (২০১৯) বঙ্গাব্দ অনুযায়ী ইংরেজি তারিখের সাথে মেলে না।`,
        fix: 'ইংরেজি তারিখটি ঠিক আছে কিনা দেখুন; কাগজে এভাবেই ছাপা হলে রেখে দিন।',
      }),
    },
  ],
  'gregorian-date-mismatch': [
    { test: QUOTED, say: (m) => ({ problem: `ছাপা তারিখ "${m[1]}" আর তারিখের ঘর আলাদা।`, fix: 'দুটি মিলিয়ে যেটি ভুল সেটি ঠিক করুন।' }) },
  ],
  'freshness-field': [
    {
      test: /./,
      say: () => ({
        problem: 'পরিবীক্ষণ সভার কার্যবিবরণীতে ত্রৈমাসিক বাছাই করা নেই, তাই এটি কোনো ত্রৈমাসিকের সভা হিসেবে গণ্য হবে না।',
        fix: 'সভাটি যে ত্রৈমাসিকের জন্য, তা "ত্রৈমাসিক" ঘরে বেছে নিন।',
      }),
    },
  ],
  'past-version': [
    {
      test: /./,
      say: () => ({
        problem: 'প্রকাশিত পুরনো সংস্করণ বদলানো হয়েছে, কিন্তু সংশোধনের কারণ লেখা হয়নি।',
        fix: '"প্রকাশের পর সংশোধন" তালিকায় কী সংশোধন করলেন ও কেন তা লিখুন; ত্রৈমাসিক হালনাগাদ হলে বর্তমান সংস্করণ থেকে নতুন সংস্করণ তৈরি করুন।',
      }),
    },
  ],
  'file-layout': [
    {
      test: /^the file name should start with the document's date (\S+)/,
      say: (m) => ({ problem: 'ফাইলের নাম দলিলের তারিখ দিয়ে শুরু হয়নি।', fix: `তারিখ ঠিক থাকলে রক্ষণাবেক্ষণকারীকে ফাইলের নাম ${m[1]} দিয়ে শুরু করতে বলুন।` }),
    },
  ],
  'standard-service': [
    {
      test: /^there is no standard service (\S+)/,
      say: (m) => ({
        problem: `প্রমিত সেবা "${m[1]}" পোর্টালে নেই।`,
        fix: '"প্রমিত সেবা" ঘরে তালিকা থেকে সেবাটি আবার বাছুন, অথবা ঘরটি খালি করে নিজস্ব সেবা হিসেবে নাম, পদ্ধতি, মূল্য ও সময়সীমা লিখুন।',
      }),
    },
    {
      test: /^the standard service (\S+) \(offices\/.*\) has errors/,
      say: (m) => ({
        problem: `প্রমিত সেবা "${m[1]}"-এর নিজের ফাইলে ভুল আছে, তাই কোনো পাতায় এটি দেখানো যাচ্ছে না।`,
        fix: 'যে দপ্তর সেবাটি নির্ধারণ করে তাদের বা রক্ষণাবেক্ষণকারীকে জানান; ততক্ষণ সারিটি নিজস্ব সেবা হিসেবে লিখতে পারেন।',
      }),
    },
    {
      test: /^the standard service (\S+) \((.*)\) is for .*, and \S+ is not one of them/,
      say: (m) => ({
        problem: `প্রমিত সেবা "${m[2]}" এই দপ্তরের জন্য নির্ধারিত নয়।`,
        fix: '"প্রমিত সেবা" ঘরের তালিকা থেকে এই দপ্তরের জন্য নির্ধারিত একটি সেবা বাছুন, অথবা সারিটি নিজস্ব সেবা হিসেবে লিখুন।',
      }),
    },
    {
      test: /^"(.*)" copies the standard service (\S+) \((.*)\) with a different/,
      say: (m) => ({
        problem: `"${m[1]}" প্রমিত সেবা "${m[3]}"-এর মতোই, কিন্তু মূল্য বা সময়সীমা আলাদা।`,
        fix: 'সারির "প্রমিত সেবা" ঘর থেকে সেবাটি বাছুন (নিজের কর্মকর্তা, কক্ষ ও মন্তব্য থাকবে); এই দপ্তরে সত্যিই ভিন্ন হলে "এই দপ্তরে ভিন্ন (কারণসহ)" বেছে কারণটি লিখুন।',
      }),
    },
    {
      test: /^a deviation is stated but the row gives nothing of its own/,
      say: () => ({
        problem: 'ভিন্নতার কারণ লেখা আছে, কিন্তু সারিতে এই দপ্তরের নিজস্ব কোনো পদ্ধতি, কাগজপত্র, মূল্য বা সময়সীমা নেই।',
        fix: 'এই দপ্তরে যা ভিন্ন তা লিখুন, অথবা ভিন্নতার কারণ মুছে দিন।',
      }),
    },
    {
      test: /^the row's .* (?:is|are) the standard's own/,
      say: () => ({ problem: 'সারির এই তথ্য প্রমিত সেবার তথ্যের সাথে হুবহু এক।', fix: 'তথ্যটি ও ভিন্নতার কারণ মুছে দিন; প্রমিত সেবার তথ্যই দেখাবে।' }),
    },
  ],
  reference: [
    {
      test: /^parent office "([^"]*)" does not exist/,
      say: (m) => ({ problem: `ঊর্ধ্বতন দপ্তর "${m[1]}" পোর্টালে নেই।`, fix: 'তালিকা থেকে পোর্টালের একটি দপ্তর বেছে নিন, অথবা "ঊর্ধ্বতন দপ্তরের নাম" ঘরে নাম লিখুন।' }),
    },
    {
      test: /^photo "([^"]*)" is not in/,
      say: (m) => ({ problem: `ছবি "${m[1]}" দপ্তরের ফোল্ডারে পাওয়া যায়নি।`, fix: 'ছবি বাছুন বোতাম দিয়ে ছবিটি আবার যোগ করুন।' }),
    },
  ],
};

/** Each code's own sentence: for a finding whose wording the rules above do not know. */
const BY_CODE: Record<string, EditorMessage> = {
  schema: { problem: 'ঘরটি নিয়মমতো পূরণ হয়নি।', fix: 'ঘরের নির্দেশনা দেখে ঠিক করুন।' },
  'yaml-syntax': { problem: 'ফাইলটি পড়া যাচ্ছে না (লেখার গঠনে ভুল)।', fix: 'রক্ষণাবেক্ষণকারীকে ফাইলের নাম ও লাইন নম্বর জানান।' },
  limit: { problem: 'দলিলটি পোর্টালের সীমার চেয়ে বড় (খুব লম্বা লেখা বা খুব বেশি সারি)।', fix: 'লেখা ছোট করুন বা কয়েকটি দলিলে ভাগ করুন।' },
  'unsafe-content': {
    problem: 'লেখায় এমন কিছু আছে যা পোর্টালে প্রকাশ করা যায় না (HTML ট্যাগ, কোড, অদৃশ্য অক্ষর বা অনিরাপদ লিংক)।',
    fix: 'শুধু সাধারণ লেখা রাখুন; ট্যাগ বা অদৃশ্য অক্ষর মুছে লেখাটি আবার টাইপ করুন।',
  },
  'file-layout': { problem: 'ফাইলটি ঠিক জায়গায় বা ঠিক নামে নেই।', fix: 'রক্ষণাবেক্ষণকারীকে জানান।' },
  reference: { problem: 'দলিলে এমন কিছুর উল্লেখ আছে যা পোর্টালে পাওয়া যায়নি।', fix: 'উল্লেখটি ঠিক করুন।' },
  'standard-service': { problem: 'প্রমিত সেবার ব্যবহারে একটি সমস্যা আছে।', fix: '"প্রমিত সেবা" ঘরটি দেখুন, বা রক্ষণাবেক্ষণকারীকে বার্তাটি জানান।' },
  'phone-invalid': { problem: 'ফোন নম্বরটি সঠিক মনে হচ্ছে না।', fix: 'অঙ্কগুলো কাগজের সাথে মিলিয়ে নিন।' },
  'email-invalid': { problem: 'ইমেইল ঠিকানাটি সঠিক নয়।', fix: 'ঠিকানাটি আবার লিখুন।' },
  'memo-number-format': { problem: 'স্মারক নম্বর সাধারণ ধাঁচের নয়।', fix: 'কাগজে এভাবেই ছাপা হলে রেখে দিন; টাইপের ভুল হলে ঠিক করুন।' },
  'bangla-date-mismatch': { problem: 'ছাপা বাংলা তারিখ ইংরেজি তারিখের সাথে মেলে না।', fix: 'ইংরেজি তারিখটি দেখুন; কাগজে এভাবেই ছাপা হলে রেখে দিন।' },
};

const UNSAFE_RULES: Rule[] = [
  {
    test: /^the component <([^>]+)> is not allowed|^a JSX fragment/,
    say: () => ({ problem: 'লেখায় কোড-অংশ (component) আছে, যা পোর্টাল দেখায় না।', fix: 'অংশটি মুছে তথ্যটি সাধারণ লেখা, তালিকা বা সারণি হিসেবে লিখুন।' }),
  },
  {
    test: /event handler|JavaScript expression|import\/export is not allowed/,
    say: () => ({
      problem: 'লেখায় প্রোগ্রামের কোড আছে; পোর্টাল কোনো কোড চালায় না।',
      fix: 'কোডের অংশটি মুছে দিন; বাঁকা বন্ধনী { } লেখা হিসেবে দরকার হলে রক্ষণাবেক্ষণকারীকে জানান।',
    }),
  },
  {
    test: /^<(\w+)> is not allowed/,
    say: (m) => ({ problem: `লেখায় <${m[1]}> ট্যাগ আছে, যা পোর্টালে চলে না।`, fix: 'ট্যাগটি মুছে দিন; ছবি হলে দপ্তরের media ফোল্ডারে রেখে সাধারণ ছবির লিংক দিন।' }),
  },
  {
    test: /^the attribute \S+ on <\w+> is not allowed/,
    say: () => ({ problem: 'ট্যাগে এমন বৈশিষ্ট্য আছে যা পোর্টালে চলে না।', fix: 'বৈশিষ্ট্যটি মুছে দিন।' }),
  },
  {
    test: /does not parse as MDX/,
    say: () => ({
      problem: 'মূল লেখার গঠন পড়া যাচ্ছে না ({, } বা < চিহ্নের কারণে)।',
      fix: 'চিহ্নগুলোর আগে \\ দিন (যেমন \\{), অথবা রক্ষণাবেক্ষণকারীকে লাইন নম্বরসহ জানান।',
    }),
  },
  { test: /^HTML is not allowed/, say: () => ({ problem: 'ঘরে HTML ট্যাগ (< > চিহ্নের ভেতরে লেখা) আছে।', fix: 'ট্যাগ ছাড়া শুধু শব্দগুলো লিখুন।' }) },
  {
    test: /bidi controls|invisible/,
    say: () => ({ problem: 'লেখায় অদৃশ্য অক্ষর আছে, যা দেখতে এক আর সংরক্ষণে আরেক।', fix: 'ঘরের লেখাটি মুছে আবার টাইপ করুন (অন্য জায়গা থেকে কপি না করে)।' }),
  },
  {
    test: /address is not allowed|link to a/,
    say: () => ({ problem: 'এমন লিংক আছে যা পোর্টালে চলে না।', fix: 'শুধু https://, mailto: বা tel: দিয়ে শুরু লিংক রাখুন।' }),
  },
  {
    test: /image from another site/,
    say: () => ({ problem: 'অন্য ওয়েবসাইটের ছবি দেওয়া হয়েছে।', fix: 'ছবিটি দপ্তরের media ফোল্ডারে যোগ করে সেখান থেকে দিন।' }),
  },
];

/** The Bengali problem and fix of one finding. */
export function editorMessage(d: Pick<Diagnostic, 'code' | 'message'>): EditorMessage {
  const rules = d.code === 'schema' ? SCHEMA_RULES : d.code === 'unsafe-content' ? UNSAFE_RULES : (CODE_RULES[d.code] ?? []);
  for (const rule of rules) {
    const match = rule.test.exec(d.message);
    if (match) return rule.say(match);
  }
  return BY_CODE[d.code] ?? { problem: 'দলিলে একটি সমস্যা পাওয়া গেছে।', fix: 'রক্ষণাবেক্ষণকারীকে বার্তাটি জানান।' };
}

/** True when `editorMessage` says this finding in its own words (not only its code's sentence): the tests hold every check to it. */
export function isSaidExactly(d: Pick<Diagnostic, 'code' | 'message'>): boolean {
  const rules = d.code === 'schema' ? SCHEMA_RULES : d.code === 'unsafe-content' ? UNSAFE_RULES : (CODE_RULES[d.code] ?? []);
  return rules.some((rule) => rule.test.test(d.message));
}

/**
 * The admin's own words that the editors' guide (src/help/guide.md) names: buttons and
 * headings this script adds to Decap's screens. One place, so the guide's test
 * (tests/cms/guide-names.test.ts) reads the same words the admin shows. Plain data: no
 * browser needed to import it.
 */
export const ADMIN_WORDS = {
  newVersion: 'নতুন সংস্করণ',
  correctPast: 'ভুল সংশোধন করুন',
  openCurrent: 'বর্তমান সংস্করণ খুলুন',
  refusedHeading: 'সংরক্ষণ করা হয়নি: নিচের ঘরগুলো ঠিক করুন',
  published: 'প্রকাশিত',
  notPublished: 'প্রকাশ হয়নি',
  seeOnPortal: 'পোর্টালে পাতাটি দেখুন',
  day: 'দিন',
  month: 'মাস',
  year: 'বছর',
  today: 'আজ',
  guide: 'নির্দেশিকা',
  guideTitle: 'সম্পাদকের নির্দেশিকা',
  status: 'দলিলের অবস্থা',
  checkReport: 'যাচাইয়ের বাংলা প্রতিবেদন',
} as const;

/**
 * Bengali labels and hints for the CMS fields, keyed by the field's English
 * description in src/schemas (its `.describe()` text). Keying by description
 * means a field whose meaning changes (a new description) shows up as untranslated
 * in `tests/cms/generate-config.test.ts` instead of keeping a stale label.
 */
export interface BnField {
  label: string;
  hint?: string;
  /** Several lines of text: a text area instead of a one-line input. */
  multiline?: boolean;
  /** The field holds a file in the office's media folder. */
  media?: 'image' | 'file';
}

export const BN_BY_DESCRIPTION: Record<string, BnField> = {
  // office.yaml
  'Office name in Bengali and English': { label: 'দপ্তরের নাম', hint: 'বাংলা ও ইংরেজি নাম' },
  'Name in Bengali, as the office writes it': { label: 'বাংলা নাম', hint: 'দপ্তর যেভাবে লেখে, হুবহু' },
  'Name in English': { label: 'ইংরেজি নাম' },
  'Short name for menus, when the full name is long': { label: 'সংক্ষিপ্ত নাম', hint: 'পুরো নাম লম্বা হলে মেনুতে দেখানোর জন্য' },
  'Kind of office: ministry, division, directorate, divisional, district or upazila office': { label: 'দপ্তরের ধরন' },
  'What office it is among offices of its kind, e.g. upazila-land for every Upazila Land Office; standard services name it in appliesTo.categories': {
    label: 'দপ্তরের শ্রেণি',
    hint: 'একই ধরনের দপ্তরের মধ্যে কোনটি, যেমন upazila-land (উপজেলা ভূমি অফিস); প্রমিত সেবা এই শ্রেণি দিয়ে দপ্তর বাছে',
  },
  'The id of the office that monitors this one (its parent), if it is on the portal': {
    label: 'ঊর্ধ্বতন দপ্তর',
    hint: 'যে দপ্তর এই দপ্তরের কাজ তদারক করে, যদি সেটি পোর্টালে থাকে',
  },
  'Name of the parent office when it is not on the portal': { label: 'ঊর্ধ্বতন দপ্তরের নাম', hint: 'ঊর্ধ্বতন দপ্তর পোর্টালে না থাকলে তার নাম লিখুন' },
  'Postal address': { label: 'ডাক ঠিকানা', multiline: true },
  'Office phone numbers as printed': { label: 'দপ্তরের ফোন নম্বর', hint: 'যেভাবে ছাপা আছে, প্রতিটি আলাদা ঘরে' },
  'Office email addresses': { label: 'দপ্তরের ইমেইল', hint: 'প্রতিটি ঠিকানা আলাদা ঘরে' },
  'Office website': { label: 'দপ্তরের ওয়েবসাইট', hint: 'https:// দিয়ে শুরু পুরো ঠিকানা' },
  'Citizen-charter focal point officer (ফোকাল পয়েন্ট কর্মকর্তা)': { label: 'ফোকাল পয়েন্ট কর্মকর্তা', hint: 'সিটিজেন চার্টার বিষয়ক ফোকাল পয়েন্ট, ছবিসহ' },
  'Alternate focal point officer (বিকল্প ফোকাল পয়েন্ট কর্মকর্তা)': { label: 'বিকল্প ফোকাল পয়েন্ট কর্মকর্তা' },
  "Photo file in the office's media folder, e.g. media/focal-point.jpg": { label: 'ছবি', hint: 'দপ্তরের media ফোল্ডারে রাখা ছবি', media: 'image' },
  'The office order that names this person (its file name without extension)': {
    label: 'নিয়োগের অফিস আদেশ',
    hint: 'যে অফিস আদেশে এঁকে মনোনীত করা হয়েছে, তার ফাইলের নাম (যেমন 2023-09-19-focal-point)',
  },
  "GitHub users or teams who review this office's content (written to CODEOWNERS)": {
    label: 'পর্যালোচক (GitHub)',
    hint: 'এই দপ্তরের বিষয়বস্তু যাঁরা অনুমোদন করেন, তাঁদের GitHub নাম (যেমন @rangpur-divcom); CODEOWNERS-এ লেখা হয়',
  },
  'Date the office joined the portal; quarterly rules apply from the next quarter': {
    label: 'পোর্টালে যুক্ত হওয়ার তারিখ',
    hint: 'পরের ত্রৈমাসিক থেকে নিয়মিত হালনাগাদের নিয়ম প্রযোজ্য',
  },
  'Rules this office is exempt from for a time, with the reason': { label: 'সাময়িক অব্যাহতি', hint: 'কোন নিয়ম থেকে, কেন ও কতদিন পর্যন্ত অব্যাহতি' },
  'The rule the office is exempt from': { label: 'নিয়ম' },
  'Why, in plain words': { label: 'কারণ', multiline: true },
  'Last day of the exemption': { label: 'অব্যাহতির শেষ দিন' },

  // people
  'Full name as printed, with honorific if printed (জনাব, মোঃ)': { label: 'নাম', hint: 'যেভাবে ছাপা আছে, জনাব/মোঃ সহ' },
  'Designation (পদবি) as printed': { label: 'পদবি' },
  'Office or unit, when printed next to the name': { label: 'দপ্তর / শাখা', hint: 'নামের পাশে ছাপা থাকলে', multiline: true },
  'Phone numbers as printed': { label: 'ফোন', hint: 'যেভাবে ছাপা আছে, প্রতিটি নম্বর আলাদা ঘরে' },
  'Email addresses as printed': { label: 'ইমেইল', hint: 'যেভাবে ছাপা আছে, প্রতিটি ঠিকানা আলাদা ঘরে' },
  'Web addresses printed in the officer cell': { label: 'ওয়েবসাইট', hint: 'কর্মকর্তার ঘরে ছাপা ওয়েব ঠিকানা' },
  'Other text printed in the officer cell, kept verbatim': { label: 'অন্যান্য তথ্য', hint: 'কর্মকর্তার ঘরে ছাপা অন্য লেখা, হুবহু', multiline: true },

  // charter
  'Title as printed (সিটিজেন চার্টার, সেবা প্রদান প্রতিশ্রুতি)': { label: 'শিরোনাম', hint: 'যেমন: সিটিজেন চার্টার বা সেবা প্রদান প্রতিশ্রুতি' },
  'Date of the charter (YYYY-MM-DD); decides which quarter it counts for': {
    label: 'চার্টারের তারিখ',
    hint: 'এই তারিখ ঠিক করে চার্টারটি কোন ত্রৈমাসিকের হালনাগাদ; ফাইলের নামও এই তারিখ',
  },
  'The date as printed on the charter, e.g. ১৫/০৪/২০২৪': { label: 'ছাপা তারিখ', hint: 'চার্টারে যেভাবে ছাপা, যেমন ১৫/০৪/২০২৪' },
  'Vision (ভিশন)': { label: 'ভিশন', multiline: true },
  'Mission (মিশন)': { label: 'মিশন', multiline: true },
  'Service tables by section': { label: 'সেবা প্রদান প্রতিশ্রুতি', hint: 'নাগরিক, দাপ্তরিক ও অভ্যন্তরীণ সেবার তালিকা' },
  'Citizen services (নাগরিক সেবা)': { label: '২.১ নাগরিক সেবা' },
  'Office-to-office services (দাপ্তরিক / প্রাতিষ্ঠানিক সেবা)': { label: '২.২ দাপ্তরিক / প্রাতিষ্ঠানিক সেবা' },
  'Internal services (অভ্যন্তরীণ সেবা)': { label: '২.৩ অভ্যন্তরীণ সেবা' },
  'Section heading as printed, e.g. দাপ্তরিক সেবা or প্রাতিষ্ঠানিক সেবা': { label: 'অংশের শিরোনাম', hint: 'যেভাবে ছাপা, যেমন দাপ্তরিক সেবা বা প্রাতিষ্ঠানিক সেবা' },
  'Service rows in printed order': { label: 'সেবাসমূহ', hint: 'ছাপা ক্রম অনুযায়ী, প্রতিটি সেবা একটি সারি' },
  'Serial as printed (১., ২, ...)': { label: 'ক্রমিক নং', hint: 'যেভাবে ছাপা, যেমন ১.' },
  'Name of the service (সেবার নাম)': {
    label: 'সেবার নাম',
    hint: 'যেভাবে ছাপা; সেবাটি ওপরের "প্রমিত সেবা" তালিকায় থাকলে সেখান থেকে বাছুন, তখন নাম লিখতে হবে না',
  },
  'How the service is delivered (সেবা প্রদান পদ্ধতি)': { label: 'সেবা প্রদান পদ্ধতি', multiline: true },
  'Papers needed and where to get them (প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান), one per item': {
    label: 'প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান',
    hint: 'প্রতিটি কাগজ আলাদা ঘরে',
  },
  'Fee and how to pay (সেবার মূল্য ও পরিশোধ পদ্ধতি)': {
    label: 'সেবার মূল্য ও পরিশোধ পদ্ধতি',
    hint: 'বিনামূল্যে হলে "বিনামূল্যে" বাছুন; মূল্য থাকলে "মূল্য আছে" বেছে ছাপা লেখাটি দিন, টাকার অঙ্ক ও পরিশোধের উপায় দিন',
  },
  'The fee as printed': { label: 'ছাপা লেখা', hint: 'যেভাবে ছাপা, যেমন বিনামূল্যে বা ৫০ টাকা (ট্রেজারি চালান); মূল্য থাকলে অবশ্যই দিন' },
  'Amount in taka, ASCII digits; absent when it varies': {
    label: 'টাকার অঙ্ক',
    hint: 'শুধু সংখ্যা, বাংলা বা ইংরেজি অঙ্কে (যেমন ৫০০); অঙ্ক বদলায় এমন হলে বা বিনামূল্যে হলে খালি রাখুন',
  },
  'How to pay: treasury challan, bank, mobile banking, cash': {
    label: 'পরিশোধের উপায়',
    hint: 'ট্রেজারি চালান, ব্যাংক, মোবাইল ব্যাংকিং বা নগদ; বিনামূল্যে হলে খালি রাখুন',
  },
  'Time limit (সেবা প্রদানের সময়সীমা)': { label: 'সেবা প্রদানের সময়সীমা' },
  'The number, in ASCII digits (৩ → 3); absent for "immediate"': { label: 'সংখ্যা', hint: 'বাংলা বা ইংরেজি অঙ্কে (যেমন ৩); তাৎক্ষণিক হলে খালি রাখুন' },
  'The unit of the number, or immediate (তাৎক্ষণিক)': { label: 'একক', hint: 'দিন, কার্যদিবস, মাস ... বা তাৎক্ষণিক' },
  'The time limit as printed': { label: 'ছাপা লেখা', hint: 'যেভাবে ছাপা, যেমন ৭ কার্যদিবস' },
  'Responsible officer: name, designation, phone, email': { label: 'দায়িত্বপ্রাপ্ত কর্মকর্তা', hint: 'নাম, পদবি, ফোন, ইমেইল' },
  'Standard service this row uses (<setter-office-id>/<service-id>): its name, papers, fee, time limit and legal basis come from there': {
    label: 'প্রমিত সেবা',
    hint: 'আইন বা পরিপত্রে সব দপ্তরের জন্য নির্ধারিত সেবা হলে এখান থেকে বাছুন: নাম, কাগজপত্র, ফি, সময়সীমা ও আইনগত ভিত্তি সেখান থেকে আসবে; তখন শুধু নিজের কর্মকর্তা, কক্ষ ও মন্তব্য লিখুন',
  },
  'Room or desk where the service is given (কক্ষ নং)': { label: 'কক্ষ নং', hint: 'যে কক্ষ বা ডেস্কে সেবা দেওয়া হয়' },
  'Why this office gives a standard service differently (its own fee, time limit, papers or delivery); shown to citizens': {
    label: 'প্রমিত মান থেকে ভিন্নতার কারণ',
    hint: 'প্রমিত সেবার ফি, সময়সীমা, কাগজপত্র বা পদ্ধতি এই দপ্তরে ভিন্ন হলে কেন, তা লিখুন; নাগরিকেরা কারণটি দেখবেন',
    multiline: true,
  },
  'Remarks column (মন্তব্য), for 8-column charters': { label: 'মন্তব্য', hint: '৮ কলামের চার্টারে মন্তব্যের ঘর', multiline: true },
  'What the office expects from citizens (আপনার কাছে আমাদের প্রত্যাশা)': { label: 'আপনার কাছে আমাদের প্রত্যাশা', hint: 'প্রতিটি প্রত্যাশা আলাদা ঘরে' },
  'Text printed before the grievance table': { label: 'অভিযোগ অংশের ভূমিকা', hint: 'অভিযোগ প্রতিকার সারণির আগে ছাপা লেখা', multiline: true },
  'Grievance redress (GRS) escalation levels': {
    label: 'অভিযোগ প্রতিকার ব্যবস্থাপনা (GRS)',
    hint: 'ধাপে ধাপে কার কাছে যাবেন: অনিক, আপিল কর্মকর্তা, মন্ত্রণালয়ের সেল',
  },
  'Step of the escalation, 1 first': { label: 'ধাপ', hint: 'প্রথম ধাপ 1' },
  'When to contact (কখন যোগাযোগ করবেন)': { label: 'কখন যোগাযোগ করবেন', multiline: true },
  'Whom to contact, the role (কার সঙ্গে যোগাযোগ করবেন)': { label: 'কার সঙ্গে যোগাযোগ করবেন' },
  'Officer or cell at this level, with contacts as printed': { label: 'কর্মকর্তা / সেল ও যোগাযোগ' },
  'Web addresses printed for this level': { label: 'ওয়েবসাইট' },
  'Postal address printed for this level': { label: 'ঠিকানা', multiline: true },
  'Time limit to resolve (নিষ্পত্তির সময়সীমা)': { label: 'নিষ্পত্তির সময়সীমা' },
  'Who signed the charter': { label: 'স্বাক্ষরকারী' },
  'Corrections made to this version after it was published: each with its date and reason. A quarterly revision is a new version (a new file), never a correction; the admin asks for a reason before a past version is saved':
    { label: 'প্রকাশের পর সংশোধন', hint: 'প্রকাশিত এই সংস্করণে কোনো ভুল ঠিক করলে তারিখ ও কারণ লিখুন; ত্রৈমাসিক হালনাগাদ সংশোধন নয়, নতুন সংস্করণ' },
  'Date of the correction (YYYY-MM-DD)': { label: 'সংশোধনের তারিখ' },
  'What was corrected in this published version, and why': { label: 'কী সংশোধন করা হলো ও কেন', multiline: true },

  // standard service (content/offices/<setter>/services/<id>.yaml)
  'Name of the standard service (সেবার নাম)': { label: 'সেবার নাম' },
  'Other names charters print for it, e.g. মিউটেশন (the importer and the checks recognise them)': {
    label: 'অন্য নাম',
    hint: 'চার্টারে এই সেবার যে অন্য নামগুলো ছাপা হয় (যেমন মিউটেশন), প্রতিটি আলাদা ঘরে',
  },
  'The charter section it belongs to: citizen (নাগরিক), office (দাপ্তরিক) or internal (অভ্যন্তরীণ)': { label: 'চার্টারের অংশ' },
  'Which offices offer it: a kind or category of office, the offices under a given office, or several of them': {
    label: 'যে দপ্তরগুলো এই সেবা দেয়',
    hint: 'দপ্তরের ধরন বা শ্রেণি, কোনো দপ্তরের আওতাধীন দপ্তর, বা এগুলোর কয়েকটি একসাথে',
  },
  'Kinds of office that offer it, e.g. upazila-office': { label: 'দপ্তরের ধরন' },
  "Categories of office that offer it (an office.yaml's category), e.g. upazila-land for every Upazila Land Office": {
    label: 'দপ্তরের শ্রেণি',
    hint: 'দপ্তরের তথ্যে লেখা শ্রেণি, যেমন upazila-land (সব উপজেলা ভূমি অফিস)',
  },
  'Only the offices under this office (its id), e.g. the land offices under the land ministry': {
    label: 'যে দপ্তরের আওতাধীন',
    hint: 'শুধু এই দপ্তরের আওতাধীন দপ্তরগুলো (দপ্তরের আইডি)',
  },
  'The service as it is from each effective date; keep earlier versions': {
    label: 'সংস্করণ',
    hint: 'প্রতিটি কার্যকর তারিখ থেকে সেবাটি যেমন; আগের সংস্করণ মুছবেন না, নতুন তারিখ দিয়ে নতুন সংস্করণ যোগ করুন',
  },
  'The day this version takes effect (YYYY-MM-DD); a future day schedules it': {
    label: 'কার্যকর তারিখ',
    hint: 'ভবিষ্যতের তারিখ দিলে সেদিন থেকে কার্যকর হবে; ১৪ দিন আগে থেকে সব দপ্তরের পাতায় ঘোষণা দেখাবে',
  },
  'The acts, rules and circulars that set this version (আইনগত ভিত্তি)': { label: 'আইনগত ভিত্তি', hint: 'আইন, বিধি বা পরিপত্র: অন্তত একটি' },
  'What this version changes, in plain words (shown in the history of every charter that uses it)': {
    label: 'কী বদলেছে',
    hint: 'সহজ কথায়, যেমন: ফি ১,১৭০ টাকা থেকে ১,২০০ টাকা; যে দপ্তরগুলো এই সেবা দেয় তাদের পাতার ইতিহাসে দেখাবে',
    multiline: true,
  },
  'What it is: act (আইন), rule (বিধিমালা), circular (পরিপত্র), notification (প্রজ্ঞাপন), ...': { label: 'ধরন' },
  'Its title as printed, e.g. ভূমি উন্নয়ন কর আইন, ২০২৩': { label: 'শিরোনাম', hint: 'যেভাবে ছাপা' },
  'The section, rule or paragraph that applies, e.g. ধারা ১৪৩': { label: 'ধারা / অনুচ্ছেদ', hint: 'যেমন ধারা ১৪৩' },
  'Memo number (স্মারক নং) of a circular or notification, as printed': { label: 'স্মারক নং', hint: 'যেভাবে ছাপা' },
  'Its date (YYYY-MM-DD)': { label: 'তারিখ' },
  'Where to read it (a web address)': { label: 'ওয়েব ঠিকানা', hint: 'যেখানে পড়া যায়, https:// দিয়ে শুরু' },

  // minutes
  'Meeting title as printed': { label: 'সভার শিরোনাম', hint: 'যেভাবে ছাপা' },
  'Kind of meeting: citizen-charter monitoring, innovation, or other': { label: 'সভার ধরন' },
  'Fiscal year the meeting belongs to, e.g. 2022-23': { label: 'অর্থবছর', hint: 'বাংলা বা ইংরেজি অঙ্কে, যেমন ২০২৩-২৪' },
  'Quarter of the fiscal year the meeting reports on (1-4)': { label: 'ত্রৈমাসিক', hint: 'সভাটি কোন ত্রৈমাসিকের' },
  'Meeting number in the year (৩য় সভা → 3)': { label: 'সভার ক্রম', hint: 'বছরের কততম সভা (৩য় সভা হলে ৩)' },
  'Date of the meeting (YYYY-MM-DD)': { label: 'সভার তারিখ', hint: 'ফাইলের নাম এই তারিখ দিয়ে শুরু হয়' },
  'The meeting date as printed': { label: 'ছাপা সভার তারিখ' },
  'Time as printed, e.g. সকাল ১০:০০ ঘটিকা': { label: 'সময়', hint: 'যেমন সকাল ১০:০০ ঘটিকা' },
  'Place, or the online platform': { label: 'স্থান', hint: 'সভাকক্ষ, বা অনলাইন মাধ্যম (যেমন জুম)' },
  'Who chaired the meeting': { label: 'সভাপতি' },
  'Attendees, when listed in the minutes': { label: 'উপস্থিতি', hint: 'কার্যবিবরণীতে তালিকা থাকলে' },
  'Where the attendance list is, when not listed, e.g. পরিশিষ্ট-‘ক’': { label: 'উপস্থিতির তালিকা কোথায়', hint: 'তালিকা আলাদা থাকলে, যেমন পরিশিষ্ট-‘ক’' },
  'Agenda items with discussion and decisions': { label: 'আলোচ্যসূচি ও সিদ্ধান্ত', hint: 'অন্তত একটি আলোচ্য বিষয়; প্রতিটির আলোচনা ও সিদ্ধান্ত' },
  'Item number as printed (০১, ১.০)': { label: 'ক্রমিক', hint: 'যেভাবে ছাপা, যেমন ০১' },
  'Agenda item (বিষয়)': { label: 'বিষয়' },
  'Discussion (আলোচনা)': { label: 'আলোচনা', multiline: true },
  'Decisions taken on this item': { label: 'সিদ্ধান্তসমূহ', hint: 'প্রতিটি সিদ্ধান্ত আলাদাভাবে, কে বাস্তবায়ন করবেন ও কবে' },
  'The decision (সিদ্ধান্ত)': { label: 'সিদ্ধান্ত', multiline: true },
  'Who implements it (বাস্তবায়নকারী)': { label: 'বাস্তবায়নকারী' },
  'Due date (YYYY-MM-DD), when the decision sets one': { label: 'নির্ধারিত তারিখ', hint: 'সিদ্ধান্তে নির্দিষ্ট তারিখ থাকলে' },
  'The deadline as printed, e.g. আগামী ১০ দিনের মধ্যে': { label: 'সময়সীমা (ছাপা)', hint: 'যেমন আগামী ১০ দিনের মধ্যে' },
  'Committees or people named by the meeting': { label: 'মনোনয়ন / কমিটি', hint: 'সভায় গঠিত কমিটি বা মনোনীত ব্যক্তি' },
  'Who is appointed': { label: 'যাঁকে মনোনীত করা হলো' },
  'The role: focal point, alternate, or committee position': { label: 'ভূমিকা' },
  'The role as printed, e.g. আহবায়ক, সদস্য': { label: 'ভূমিকা (ছাপা)', hint: 'যেমন আহবায়ক, সদস্য' },
  'Which committee, for committee roles': { label: 'কমিটি' },
  "Photo file in the office's media folder (focal point and alternate)": {
    label: 'ছবি',
    hint: 'ফোকাল পয়েন্ট ও বিকল্পের ছবি, দপ্তরের media ফোল্ডারে',
    media: 'image',
  },

  // letters (minutes and orders)
  'Memo number (স্মারক নং / পত্র নং) exactly as printed': { label: 'স্মারক নং', hint: 'হুবহু যেভাবে ছাপা' },
  'Gregorian date of the letter (YYYY-MM-DD): the source of truth': { label: 'তারিখ (খ্রিষ্টাব্দ)', hint: 'পত্রের তারিখ; বঙ্গাব্দ তারিখ এখান থেকে হিসাব করা হয়' },
  'The Bangla date as printed, e.g. ০৯ চৈত্র ১৪২৯; checked against the Gregorian date': {
    label: 'ছাপা বঙ্গাব্দ তারিখ',
    hint: 'যেমন ০৯ চৈত্র ১৪২৯; খ্রিষ্টাব্দ তারিখের সঙ্গে মিলিয়ে দেখা হয়',
  },
  'The Gregorian date as printed, e.g. ২৩ মার্চ, ২০২৩': { label: 'ছাপা খ্রিষ্টাব্দ তারিখ', hint: 'যেমন ২৩ মার্চ, ২০২৩' },
  'Who signed the document': { label: 'স্বাক্ষরকারী' },
  'Heading of the distribution list as printed': { label: 'বিতরণ তালিকার শিরোনাম', hint: 'যেমন বিতরণ বা অনুলিপি' },
  'Distribution list (বিতরণ / অনুলিপি)': { label: 'বিতরণ / অনুলিপি', hint: 'প্রতিটি প্রাপক আলাদা সারিতে' },
  'Serial as printed (১, ২, ...); printed lists sometimes skip numbers': { label: 'ক্রমিক', hint: 'যেভাবে ছাপা' },
  'Recipient as printed': { label: 'প্রাপক', multiline: true },
  'Attention line (দৃ: আ:) as printed': { label: 'দৃষ্টি আকর্ষণ (দৃ: আ:)' },
  'Request printed after the recipient, e.g. to upload to the website': { label: 'অনুরোধ / টীকা', hint: 'প্রাপকের পরে ছাপা অনুরোধ, যেমন ওয়েবসাইটে প্রকাশের' },
  'Sent for information (অবগতি), for action (কার্যার্থে) or both; leave out when the list does not say': {
    label: 'উদ্দেশ্য',
    hint: 'তালিকায় লেখা না থাকলে খালি রাখুন',
  },
  'Who signed the distribution (forwarding) part, when different': { label: 'বিতরণ অংশের স্বাক্ষরকারী', hint: 'মূল স্বাক্ষরকারী থেকে ভিন্ন হলে' },

  // office orders
  'Subject (বিষয়) of the order': { label: 'বিষয়' },
  'What the order does: re-forms the monitoring committee, names focal points, innovation, other': { label: 'আদেশের ধরন' },
  'People the order appoints, and in what role': { label: 'মনোনয়ন', hint: 'আদেশে যাঁদের মনোনীত করা হয়েছে, কোন ভূমিকায়' },
};

/** Fields with no description of their own, by key. */
export const BN_BY_KEY: Record<string, BnField> = {
  bn: { label: 'বাংলা' },
  en: { label: 'ইংরেজি' },
  kind: { label: 'ধরন' },
  body: { label: 'মূল পাঠ', hint: 'দলিলের বাকি লেখা (Markdown); সারণি | দিয়ে লেখা যায়', multiline: true },
};

/** Bengali names of enum values, by value, or by `<field key>.<value>` where one value means different things in different lists. */
export const BN_OPTION: Record<string, string> = {
  // office kinds
  ministry: 'মন্ত্রণালয়',
  division: 'বিভাগ (মন্ত্রণালয়ের)',
  directorate: 'অধিদপ্তর / দপ্তর',
  'divisional-office': 'বিভাগীয় কার্যালয়',
  'district-office': 'জেলা কার্যালয়',
  'upazila-office': 'উপজেলা কার্যালয়',
  other: 'অন্যান্য',
  // rules
  'charter-revised': 'ত্রৈমাসিক চার্টার হালনাগাদ',
  'monitoring-meeting': 'ত্রৈমাসিক পরিবীক্ষণ সভা',
  'committee-reformed': 'পরিবীক্ষণ কমিটি পুনর্গঠন',
  'focal-point': 'ফোকাল পয়েন্ট মনোনয়ন',
  // fee
  free: 'বিনামূল্যে',
  paid: 'মূল্য আছে',
  // time units
  immediate: 'তাৎক্ষণিক',
  hours: 'ঘণ্টা',
  days: 'দিন',
  'working-days': 'কার্যদিবস',
  weeks: 'সপ্তাহ',
  months: 'মাস',
  // meeting and order kinds
  'charter-monitoring': 'সিটিজেন চার্টার পরিবীক্ষণ',
  innovation: 'উদ্ভাবন',
  'monitoring-committee': 'পরিবীক্ষণ কমিটি গঠন / পুনর্গঠন',
  'sub-committee': 'উপ-কমিটি',
  // roles (a value shared with another list gets `<field>.<value>`)
  'role.focal-point': 'ফোকাল পয়েন্ট কর্মকর্তা',
  'alternate-focal-point': 'বিকল্প ফোকাল পয়েন্ট',
  'committee-chair': 'সভাপতি',
  'committee-convener': 'আহবায়ক',
  'committee-member': 'সদস্য',
  'committee-member-secretary': 'সদস্য-সচিব',
  // purposes
  information: 'অবগতির জন্য',
  action: 'কার্যার্থে',
  'information-and-action': 'অবগতি ও কার্যার্থে',
  // legal basis of a standard service, and its charter section
  act: 'আইন',
  ordinance: 'অধ্যাদেশ',
  rule: 'বিধিমালা',
  regulation: 'প্রবিধানমালা',
  policy: 'নীতিমালা',
  guideline: 'নির্দেশিকা',
  circular: 'পরিপত্র',
  notification: 'প্রজ্ঞাপন',
  order: 'আদেশ',
  manual: 'ম্যানুয়াল',
  citizen: 'নাগরিক সেবা',
  office: 'দাপ্তরিক সেবা',
  internal: 'অভ্যন্তরীণ সেবা',
  // quarters
  '1': '১ম ত্রৈমাসিক (জুলাই–সেপ্টেম্বর)',
  '2': '২য় ত্রৈমাসিক (অক্টোবর–ডিসেম্বর)',
  '3': '৩য় ত্রৈমাসিক (জানুয়ারি–মার্চ)',
  '4': '৪র্থ ত্রৈমাসিক (এপ্রিল–জুন)',
};

/** Labels of an office's collections. */
export const BN_COLLECTION = {
  office: { label: 'দপ্তরের তথ্য', singular: 'দপ্তরের তথ্য' },
  charter: { label: 'সিটিজেন চার্টার', singular: 'সিটিজেন চার্টার' },
  minutes: { label: 'সভার কার্যবিবরণী', singular: 'কার্যবিবরণী' },
  order: { label: 'অফিস আদেশ', singular: 'অফিস আদেশ' },
  standard: { label: 'প্রমিত সেবা (এই দপ্তর নির্ধারিত)', singular: 'প্রমিত সেবা' },
} as const;

/** Singular names for list items ("+ সেবা যোগ করুন"), by field key. */
export const BN_ITEM: Record<string, string> = {
  services: 'সেবা',
  versions: 'সংস্করণ',
  legalBasis: 'আইনগত ভিত্তি',
  aliases: 'অন্য নাম',
  kinds: 'দপ্তরের ধরন',
  papers: 'কাগজ',
  phone: 'ফোন নম্বর',
  email: 'ইমেইল',
  website: 'ওয়েবসাইট',
  expectations: 'প্রত্যাশা',
  grs: 'ধাপ',
  attendees: 'উপস্থিত ব্যক্তি',
  agenda: 'আলোচ্য বিষয়',
  decisions: 'সিদ্ধান্ত',
  appointments: 'মনোনয়ন',
  distribution: 'প্রাপক',
  reviewers: 'পর্যালোচক',
  exemptions: 'অব্যাহতি',
  corrections: 'সংশোধন',
};

/**
 * Every piece of UI text, Bengali first. Pages never hard-code UI text: they
 * call `t(key)`, so an English edition only needs the `en` table filled in.
 *
 * Over 350 lines on purpose: it is a table of words, kept in one file so a translator
 * or reviewer sees every word the portal and its reports print in one place (the
 * semantic diff's sentences are at the end, DIFF_WORDS).
 */
const bn = {
  'site.name': 'প্রতিশ্রুতি',
  'site.tagline': 'সরকারি দপ্তরের সেবা প্রদান প্রতিশ্রুতি, সভার কার্যবিবরণী ও অফিস আদেশ',
  'nav.home': 'প্রথম পাতা',
  'nav.skip': 'মূল বিষয়ে যান',
  'nav.search': 'অনুসন্ধান',
  'nav.breadcrumb': 'আপনি এখানে আছেন',
  'search.label': 'সেবা, দপ্তর বা বিষয় খুঁজুন',
  'search.button': 'খুঁজুন',
  'search.title': 'অনুসন্ধান',
  'search.intro': 'সেবার নাম, দপ্তর, ফি, সময়সীমা বা যেকোনো শব্দ লিখুন। বাংলা বা ইংরেজি সংখ্যা, দুটোই চলবে।',
  'search.noJs': 'অনুসন্ধান করতে ব্রাউজারে জাভাস্ক্রিপ্ট চালু থাকা দরকার। জাভাস্ক্রিপ্ট ছাড়া দপ্তরের তালিকা থেকে সরাসরি দপ্তর বেছে নিন:',
  'search.officeList': 'দপ্তরের তালিকা',
  'search.filter.office': 'দপ্তর',
  'search.filter.kind': 'দলিলের ধরন',
  'search.filter.fy': 'অর্থবছর',
  'search.filter.all': 'সব',
  'search.filter.allOffices': 'সারা দেশ (সব দপ্তর)',
  'search.kind.office': 'দপ্তরের পাতা',
  'search.results': 'ফলাফল',
  'search.count': 'টি ফলাফল',
  'search.none': 'কিছু পাওয়া যায়নি। অন্য শব্দ লিখে দেখুন, বা ফিল্টার সরিয়ে দিন।',
  'search.loading': 'খোঁজা হচ্ছে…',
  'search.empty': 'কী খুঁজতে চান, উপরের ঘরে লিখুন।',
  'search.error': 'অনুসন্ধান চালু করা গেল না। পাতাটি আবার লোড করে দেখুন।',
  'search.tooLarge': 'এই এলাকায় অনেক দপ্তর: একসাথে সবগুলোতে খোঁজা যায় না। একটি ছোট এলাকা বা দপ্তর বেছে নিন।',
  'search.offline': 'ইন্টারনেট সংযোগ নেই। সারা দেশে খুঁজতে সংযোগ লাগে; সংরক্ষিত দপ্তরের পাতায় গিয়ে সেই দপ্তরের ভেতরে খুঁজতে পারেন।',
  'search.spelling': 'হুবহু মিল পাওয়া যায়নি; কাছাকাছি বানানের ফলাফল দেখানো হচ্ছে।',
  'search.scope.office': 'শুধু এই দপ্তর ও এর আওতাধীন দপ্তরে খোঁজা হচ্ছে:',
  'search.scope.widen': 'সারা দেশে খুঁজুন',
  'search.catalogue.note': 'এই এলাকায় সেবা ও দপ্তরের নামে খোঁজা হচ্ছে। দলিলের ভেতরের যেকোনো শব্দ খুঁজতে একটি দপ্তর বেছে নিন।',
  'search.catalogue.service': 'সেবা',
  'search.catalogue.office': 'দপ্তর',
  'search.catalogue.offices': 'টি দপ্তরে',
  'search.catalogue.chooseArea': 'এলাকা বেছে নিন:',
  'search.catalogue.broad': 'শব্দটি অনেক দপ্তরের নামে আছে: একটি এলাকা বেছে নিন, বা জায়গার নাম যোগ করুন (যেমন উপজেলা বা জেলার নাম)।',
  'search.filter.within': 'এর ভেতরে',
  'search.scope.here': 'এই দপ্তরে খুঁজুন',
  'home.title': 'দপ্তরসমূহ',
  'home.intro': 'প্রতিটি দপ্তরের সেবা প্রদান প্রতিশ্রুতি, পরিবীক্ষণ সভার কার্যবিবরণী ও অফিস আদেশ।',
  'home.officeCount': 'টি দপ্তর',
  'directory.title': '{office}: আওতাধীন দপ্তর',
  'directory.under': 'আওতাধীন',
  'directory.open': 'আওতাধীন দপ্তরের তালিকা',
  'directory.page': 'পৃষ্ঠা',
  'directory.pages': 'আরও পৃষ্ঠা',
  'directory.notPublished': 'এখনো প্রকাশিত হয়নি',
  'directory.roots': 'শীর্ষ দপ্তরসমূহ',
  'office.kind.ministry': 'মন্ত্রণালয়',
  'office.kind.division': 'বিভাগ (মন্ত্রণালয়)',
  'office.kind.directorate': 'অধিদপ্তর/দপ্তর',
  'office.kind.divisional-office': 'বিভাগীয় কার্যালয়',
  'office.kind.district-office': 'জেলা কার্যালয়',
  'office.kind.upazila-office': 'উপজেলা কার্যালয়',
  'office.kind.other': 'অন্যান্য দপ্তর',
  'office.contacts': 'যোগাযোগ',
  'office.address': 'ঠিকানা',
  'office.phone': 'ফোন',
  'office.email': 'ইমেইল',
  'office.website': 'ওয়েবসাইট',
  'office.parent': 'ঊর্ধ্বতন দপ্তর',
  'office.children': 'আওতাধীন দপ্তর',
  'office.focalPoint': 'ফোকাল পয়েন্ট কর্মকর্তা',
  'office.alternateFocalPoint': 'বিকল্প ফোকাল পয়েন্ট কর্মকর্তা',
  'office.notNamed': 'নাম প্রকাশ করা হয়নি',
  'office.charter': 'সেবা প্রদান প্রতিশ্রুতি',
  'office.latestCharter': 'সর্বশেষ সেবা প্রদান প্রতিশ্রুতি',
  'office.noCharter': 'এই দপ্তরের কোনো সেবা প্রদান প্রতিশ্রুতি প্রকাশিত হয়নি।',
  'office.minutes': 'সভার কার্যবিবরণী',
  'office.noMinutes': 'কোনো কার্যবিবরণী প্রকাশিত হয়নি।',
  'office.orders': 'অফিস আদেশ',
  'office.noOrders': 'কোনো অফিস আদেশ প্রকাশিত হয়নি।',
  'office.olderCharters': 'পূর্ববর্তী সংস্করণ',
  'doc.kind.charter': 'সেবা প্রদান প্রতিশ্রুতি',
  'doc.kind.minutes': 'সভার কার্যবিবরণী',
  'doc.kind.order': 'অফিস আদেশ',
  'doc.lastUpdated': 'সর্বশেষ হালনাগাদ',
  'doc.date': 'তারিখ',
  'doc.memoNumber': 'স্মারক নং',
  'doc.signatory': 'স্বাক্ষরকারী',
  'doc.distribution': 'বিতরণ',
  'doc.forInformation': 'অবগতির জন্য',
  'doc.forAction': 'কার্যার্থে',
  'doc.forInformationAndAction': 'অবগতি ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য',
  'doc.attention': 'দৃষ্টি আকর্ষণ',
  'doc.printedBanglaDate': 'মুদ্রিত বাংলা তারিখ',
  'doc.computedBanglaDate': 'হিসাব করা বাংলা তারিখ',
  'provenance.lastChange': 'এই দলিলের সর্বশেষ পরিবর্তন',
  'provenance.commit': 'সংস্করণ',
  'provenance.history': 'পরিবর্তনের ইতিহাস দেখুন',
  'provenance.uncommitted': 'এই দলিলে এমন পরিবর্তন আছে যা এখনো সংরক্ষণ (কমিট) করা হয়নি',
  'charter.effectiveDate': 'কার্যকর তারিখ',
  'charter.vision': 'ভিশন',
  'charter.mission': 'মিশন',
  'charter.visionMission': 'ভিশন ও মিশন',
  'charter.services': 'সেবা প্রদান প্রতিশ্রুতি',
  'charter.section.citizen': 'নাগরিক সেবা',
  'charter.section.office': 'দাপ্তরিক সেবা',
  'charter.section.internal': 'অভ্যন্তরীণ সেবা',
  'charter.noServices': 'এই অংশে কোনো সেবা নেই।',
  'charter.col.number': 'ক্র.নং',
  'charter.col.name': 'সেবার নাম',
  'charter.col.delivery': 'সেবা প্রদান পদ্ধতি',
  'charter.col.papers': 'প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান',
  'charter.col.fee': 'সেবার মূল্য ও পরিশোধ পদ্ধতি',
  'charter.col.time': 'সময়সীমা',
  'charter.col.officer': 'দায়িত্বপ্রাপ্ত কর্মকর্তা',
  'charter.col.remarks': 'মন্তব্য',
  'charter.free': 'বিনামূল্যে',
  'charter.expectations': 'আপনার কাছে আমাদের প্রত্যাশা',
  'charter.grs': 'অভিযোগ প্রতিকার ব্যবস্থাপনা (GRS)',
  'charter.grs.level': 'ধাপ',
  'charter.grs.when': 'কখন যোগাযোগ করবেন',
  'charter.grs.contact': 'কার সঙ্গে যোগাযোগ করবেন',
  'charter.grs.address': 'যোগাযোগের ঠিকানা',
  'charter.grs.time': 'নিষ্পত্তির সময়সীমা',
  'charter.serviceCount': 'টি সেবা',
  'minutes.meeting': 'সভা',
  'minutes.kind.charter-monitoring': 'সেবা প্রদান প্রতিশ্রুতি পরিবীক্ষণ সভা',
  'minutes.kind.innovation': 'ইনোভেশন/উদ্ভাবন সভা',
  'minutes.kind.other': 'সভা',
  'minutes.chair': 'সভাপতি',
  'minutes.date': 'সভার তারিখ',
  'minutes.time': 'সময়',
  'minutes.place': 'স্থান',
  'minutes.attendees': 'উপস্থিতি',
  'minutes.fiscalYear': 'অর্থবছর',
  'minutes.quarter': 'ত্রৈমাসিক',
  'minutes.meetingNumber': 'সভা নং',
  'minutes.agenda': 'আলোচ্য বিষয় ও সিদ্ধান্ত',
  'minutes.decisions': 'সিদ্ধান্তসমূহ',
  'minutes.col.item': 'বিষয়',
  'minutes.col.decision': 'সিদ্ধান্ত',
  'minutes.col.implementer': 'বাস্তবায়নকারী',
  'minutes.col.due': 'সময়সীমা',
  'minutes.discussion': 'আলোচনা',
  'minutes.appointments': 'গঠিত কমিটি / মনোনয়ন',
  'order.subject': 'বিষয়',
  'appointment.name': 'নাম',
  'appointment.designation': 'পদবি',
  'appointment.role': 'ভূমিকা',
  'notFound.title': 'পাতাটি পাওয়া যায়নি',
  'notFound.body': 'আপনি যে পাতাটি খুঁজছেন সেটি এখানে নেই বা সরানো হয়েছে।',
  'notFound.home': 'প্রথম পাতায় ফিরে যান',
  'notFound.search': 'অথবা ওপরের অনুসন্ধান ব্যবহার করুন।',
  'order.appointments': 'মনোনয়ন',
  'role.focal-point': 'ফোকাল পয়েন্ট কর্মকর্তা',
  'role.alternate-focal-point': 'বিকল্প ফোকাল পয়েন্ট কর্মকর্তা',
  'role.committee-chair': 'সভাপতি',
  'role.committee-convener': 'আহবায়ক',
  'role.committee-member': 'সদস্য',
  'role.committee-member-secretary': 'সদস্য সচিব',
  'role.other': 'অন্যান্য',
  'offline.save.heading': 'ইন্টারনেট ছাড়া পড়ুন',
  'offline.save.intro': 'এই দপ্তরের সব পাতা ও অনুসন্ধান সূচি এই ফোনে/কম্পিউটারে রেখে দিন; নেটওয়ার্ক না থাকলেও পড়তে ও খুঁজতে পারবেন।',
  'offline.save.button': 'এই দপ্তরটি অফলাইনে ব্যবহারের জন্য সংরক্ষণ করুন',
  'offline.save.update': 'সংরক্ষিত কপি আবার হালনাগাদ করুন',
  'offline.save.working': 'সংরক্ষণ করা হচ্ছে…',
  'offline.save.done': 'সংরক্ষিত হয়েছে',
  'offline.save.files': 'টি ফাইল',
  'offline.save.noSearch': '(অনুসন্ধান সূচি ছাড়া: এই পোর্টালের সূচি বড়, তাই অনুসন্ধানে ইন্টারনেট লাগবে)',
  'offline.save.failed': 'সংরক্ষণ করা যায়নি। নেটওয়ার্ক সংযোগ দেখে আবার চেষ্টা করুন।',
  'offline.save.full': 'এই ফোনে/কম্পিউটারে জায়গা নেই, তাই এই দপ্তর সংরক্ষণ করা যায়নি। আগে সংরক্ষিত দপ্তরগুলো ঠিক আছে। কিছু জায়গা খালি করে আবার চেষ্টা করুন।',
  'offline.save.unsupported': 'এই ব্রাউজারে অফলাইন সংরক্ষণ সম্ভব নয়।',
  'offline.notice': 'আপনি এখন অফলাইনে আছেন: এটি আগে সংরক্ষিত কপি। নেটওয়ার্ক ফিরলে সর্বশেষ তথ্য দেখতে পাতাটি আবার খুলুন।',
  'offline.page.title': 'আপনি অফলাইনে আছেন',
  'offline.page.intro': 'এই পাতাটি এখন খোলা যাচ্ছে না, কারণ ইন্টারনেট সংযোগ নেই এবং পাতাটি আগে এই ডিভাইসে সংরক্ষিত হয়নি।',
  'offline.page.available': 'ইন্টারনেট ছাড়া যা পাবেন',
  'offline.page.available.visited': 'এই ডিভাইসে আগে খোলা পাতাগুলো।',
  'offline.page.available.saved': '"অফলাইনে ব্যবহারের জন্য সংরক্ষণ" করা দপ্তরের সব পাতা, এবং সেই দপ্তরের মধ্যে অনুসন্ধান।',
  'offline.page.available.phone': 'পাতায় দেওয়া ফোন নম্বরে কল করা যাবে (কল করতে ইন্টারনেট লাগে না)।',
  'offline.page.unavailable': 'যা পাবেন না',
  'offline.page.unavailable.new': 'যে পাতা আগে খোলা বা সংরক্ষণ করা হয়নি।',
  'offline.page.unavailable.latest': 'সংরক্ষণের পরে প্রকাশিত নতুন সংস্করণ: সংরক্ষিত কপির তারিখ দেখে নিন, নেটওয়ার্ক ফিরলে আবার খুলুন।',
  'offline.page.unavailable.links': 'অন্য ওয়েবসাইটের লিংক, ইমেইল পাঠানো।',
  'offline.page.saved': 'এই ডিভাইসে সংরক্ষিত পাতা',
  'offline.page.none': 'এই ডিভাইসে এখনো কোনো পাতা সংরক্ষিত হয়নি।',
  'offline.page.retry': 'আবার চেষ্টা করুন',
  'print.qr': 'সর্বশেষ অনলাইন সংস্করণ দেখতে স্ক্যান করুন',
  'print.printedFrom': 'মুদ্রিত',
  'print.page': 'পৃষ্ঠা',
  'feed.title': 'নতুন কার্যবিবরণী ও অফিস আদেশ',
  'feed.link': 'নতুন দলিলের ফিড (RSS)',
  'freshness.status.fresh': 'হালনাগাদ',
  'freshness.status.due-soon': 'শিগগির হালনাগাদ করতে হবে',
  'freshness.status.stale': 'হালনাগাদ নয়',
  'freshness.status.exempt': 'অব্যাহতিপ্রাপ্ত',
  'freshness.status.not-applicable-yet': 'এখনো প্রযোজ্য নয়',
  'freshness.status.upcoming': 'সময় হয়নি',
  'freshness.scope.office': 'দপ্তরের তথ্য',
  'freshness.scope.charter': 'সেবা প্রদান প্রতিশ্রুতি',
  'freshness.banner.since': 'এই তথ্য {date} থেকে হালনাগাদ নাও হতে পারে।',
  'freshness.banner.undated': 'এই তথ্য হালনাগাদ নাও হতে পারে।',
  'freshness.banner.hint': 'দপ্তরের ত্রৈমাসিক হালনাগাদ সময়মতো প্রকাশিত হয়নি; সেবা নেওয়ার আগে দপ্তরে যোগাযোগ করে নিশ্চিত হোন।',
  'freshness.dueBy': 'পরবর্তী হালনাগাদের সময়সীমা',
  'freshness.checkedOn': 'যাচাইয়ের তারিখ',
  'freshness.details': 'বিস্তারিত পরিপালন তথ্য',
  'freshness.superseded': 'এটি পুরনো সংস্করণ। সর্বশেষ সংস্করণ:',
  'freshness.rule.charter-revised': 'সেবা প্রদান প্রতিশ্রুতি হালনাগাদ',
  'freshness.rule.monitoring-meeting': 'পরিবীক্ষণ কমিটির ত্রৈমাসিক সভা',
  'freshness.rule.committee-reformed': 'পরিবীক্ষণ কমিটি পুনর্গঠন',
  'freshness.rule.focal-point': 'ফোকাল পয়েন্ট ও বিকল্প ফোকাল পয়েন্ট',
  'compliance.title': 'পরিপালন ড্যাশবোর্ড',
  'compliance.titleFor': 'পরিপালন: {office} ও আওতাধীন দপ্তর',
  'compliance.intro': 'প্রতিটি দপ্তর সেবা প্রদান প্রতিশ্রুতির ত্রৈমাসিক বাধ্যবাধকতা পালন করছে কি না: অর্থবছরের প্রতিটি ত্রৈমাসিকে।',
  'compliance.asOf': 'যে তারিখের হিসাবে',
  'compliance.pinned': 'নমুনা তথ্য পুরনো, তাই যাচাইয়ের তারিখ নির্দিষ্ট করে রাখা হয়েছে।',
  'compliance.offices': 'দপ্তর',
  'compliance.col.office': 'দপ্তর',
  'compliance.col.rule': 'বাধ্যবাধকতা',
  'compliance.col.status': 'বর্তমান অবস্থা',
  'compliance.col.lastSatisfied': 'সর্বশেষ পালন',
  'compliance.col.dueBy': 'সময়সীমা',
  'compliance.col.note': 'মন্তব্য',
  'compliance.filter.heading': 'ছাঁকুন',
  'compliance.filter.status': 'অবস্থা',
  'compliance.filter.rule': 'বাধ্যবাধকতা',
  'compliance.filter.office': 'দপ্তরের নাম',
  'compliance.filter.all': 'সব',
  'compliance.shown': 'টি সারি দেখানো হচ্ছে',
  'compliance.sortBy': 'এই কলাম অনুযায়ী সাজান',
  'compliance.download': 'একই তথ্য ডাউনলোড করুন',
  'compliance.print': 'প্রিন্ট করুন',
  'compliance.byParent': 'ঊর্ধ্বতন দপ্তর অনুযায়ী',
  'compliance.indicators': 'এই অর্থবছরের সূচক ও লক্ষ্যমাত্রা',
  'compliance.exemptUntil': 'অব্যাহতি শেষ হবে',
  'compliance.exemptionEnded': 'অব্যাহতির মেয়াদ শেষ',
  'compliance.legend': 'চিহ্ন',
  'compliance.link': 'পরিপালন ড্যাশবোর্ড',
  'compliance.outdated': 'এই তালিকা {date} তারিখের হিসাবে তৈরি; এরপর কোনো দপ্তরের অবস্থা বদলে থাকতে পারে। প্রতিটি দপ্তরের পাতায় আজকের হিসাব দেখুন।',
  'footer.about': 'প্রতিশ্রুতি: সরকারি দপ্তরের প্রতিশ্রুতি উন্মুক্ত ও হালনাগাদ রাখার পোর্টাল।',
  'footer.builtFrom': 'এই পাতার তথ্য দপ্তরের প্রকাশিত দলিল থেকে নেওয়া।',
  'footer.noJs': 'এই পোর্টাল জাভাস্ক্রিপ্ট ছাড়াও পড়া যায়।',
  // Standard services (src/components/standard-html.ts): set once by law or circular for every office of a kind.
  'standard.badge': 'প্রমিত সেবা',
  'standard.basis': 'আইনগত ভিত্তি',
  'standard.deviation': 'এই দপ্তরে ভিন্ন:',
  'standard.deviation.reason': 'কারণ',
  'standard.deviation.standard': 'প্রমিত মান',
  'standard.upcoming.new': 'নতুন',
  'standard.upcoming.from': 'থেকে',
  'standard.history': 'প্রমিত সেবার পরিবর্তন',
  'standard.history.intro': 'এই প্রতিশ্রুতির তারিখের পর এর প্রমিত সেবাগুলোর যা বদলেছে (উপরের সারণিতে এখনকার মান দেখানো হয়েছে):',
  'standard.history.changed': 'বদলেছে',
  'standard.field.delivery': 'সেবা প্রদান পদ্ধতি',
  'standard.field.papers': 'কাগজপত্র',
  'standard.field.fee': 'ফি',
  'standard.field.timeLimit': 'সময়সীমা',
  'standard.field.legalBasis': 'আইনগত ভিত্তি',
  'standard.lacking': 'অনুপস্থিত প্রমিত সেবা',
  'standard.lacking.intro': 'আইন বা পরিপত্রে এই ধরনের দপ্তরের জন্য নির্ধারিত যে সেবাগুলো নিচের দপ্তরগুলোর বর্তমান সেবা প্রদান প্রতিশ্রুতিতে নেই:',
  'standard.lacking.more': 'আরও {n}টি দপ্তরের তালিকা ছোট এলাকার ড্যাশবোর্ডে দেখুন।',
  'standard.search.deviating': 'টি দপ্তর কারণ দেখিয়ে ভিন্নভাবে দেয়',
  'standard.search.deviates': 'এই দপ্তরে প্রমিত মান থেকে ভিন্ন',
} as const;

export type StringKey = keyof typeof bn;

const en: Partial<Record<StringKey, string>> = {
  'site.name': 'Protishruti',
  'nav.skip': 'Skip to main content',
};

export type Locale = 'bn' | 'en';

/** The UI text for `key` in `locale`, falling back to Bengali. */
export function t(key: StringKey, locale: Locale = 'bn'): string {
  return (locale === 'en' ? en[key] : undefined) ?? bn[key];
}

// ---------------------------------------------------------------------------
// The semantic diff's words (src/domain/diff/describe.ts): labels, and one sentence per kind of change.

/** A change as its sentence reads it (the domain's ContentChange has these fields and more). */
export interface DiffSentenceInput {
  subject?: string | undefined;
  field?: string | undefined;
  before?: string | undefined;
  after?: string | undefined;
  /** The day a standard service's version takes effect. */
  date?: string | undefined;
  /** How many offices a standard's change reaches, and their names. */
  count?: number | undefined;
  offices?: string[] | undefined;
}

/** Offices named in a standard's reach: at most this many, then "and N more". */
const REACH_NAMES = 10;

/** The formatting a sentence uses, which depends on the language (dates and digits in Bengali, labels). */
export interface DiffFormat {
  /** «text» */
  q(s: string | undefined): string;
  /** before → after, a dash for an empty side */
  arrow(c: DiffSentenceInput): string;
  /** " (citizen services)" for a service's charter section, or '' */
  section: string;
  day(iso: string | undefined): string;
  /** A field name (or a comma-separated list of them) in words */
  field(f: string | undefined): string;
  digits(s: string): string;
  /** A charter section in words, as the section-move sentence names it */
  sectionLabel(s: string | undefined): string | undefined;
}

export type DiffSentence = (c: DiffSentenceInput, f: DiffFormat) => string;

export interface DiffWords {
  section: Record<string, string>;
  field: Record<string, string>;
  kind: Record<string, string>;
  heading: string;
  noChanges: string;
  fullStop: string;
  sentence: Record<string, DiffSentence>;
}

const diffBn = {
  section: { citizen: 'নাগরিক সেবা', office: 'দাপ্তরিক সেবা', internal: 'অভ্যন্তরীণ সেবা' },
  field: {
    title: 'শিরোনাম',
    datePrinted: 'মুদ্রিত তারিখ',
    grsIntro: 'অভিযোগ প্রতিকার ভূমিকা',
    signatory: 'স্বাক্ষরকারী',
    name: 'নাম',
    address: 'ঠিকানা',
    phone: 'ফোন',
    email: 'ইমেইল',
    website: 'ওয়েবসাইট',
    parent: 'ঊর্ধ্বতন দপ্তর',
    focalPoint: 'ফোকাল পয়েন্ট কর্মকর্তা',
    alternateFocalPoint: 'বিকল্প ফোকাল পয়েন্ট কর্মকর্তা',
    subject: 'বিষয়',
    memoNumber: 'স্মারক নং',
    date: 'তারিখ',
    meetingDate: 'সভার তারিখ',
    chair: 'সভাপতি',
    attendees: 'উপস্থিতি',
    place: 'স্থান',
    distribution: 'বিতরণ',
    when: 'কখন যোগাযোগ করবেন',
    contact: 'কার সঙ্গে যোগাযোগ',
    'agenda.topic': 'আলোচ্য বিষয়',
    'agenda.discussion': 'আলোচনা',
    text: 'সিদ্ধান্ত',
    implementedBy: 'বাস্তবায়নকারী',
    dueDate: 'সময়সীমা',
    dueText: 'সময়সীমা',
    delivery: 'সেবা প্রদান পদ্ধতি',
    papers: 'কাগজপত্র',
    fee: 'ফি',
    timeLimit: 'সময়সীমা',
    legalBasis: 'আইনগত ভিত্তি',
    appliesTo: 'যে দপ্তরগুলোর জন্য',
  },
  kind: { office: 'দপ্তরের তথ্য', charter: 'সেবা প্রদান প্রতিশ্রুতি', minutes: 'সভার কার্যবিবরণী', order: 'অফিস আদেশ', standard: 'প্রমিত সেবা' },
  heading: 'বিষয়বস্তুর পরিবর্তন',
  noChanges: 'অর্থগত কোনো পরিবর্তন নেই',
  fullStop: '।',
  sentence: {
    'office-added': (c, f) => `নতুন দপ্তর: ${f.q(c.subject)}`,
    'office-removed': (c, f) => `দপ্তর বাদ: ${f.q(c.subject)}`,
    'office-field': (c, f) => `দপ্তরের ${f.field(c.field)}: ${f.arrow(c)}`,
    'focal-point': (c, f) => `${f.field(c.field)}: ${f.arrow(c)}`,
    'charter-added': (c, f) => `নতুন সেবা প্রদান প্রতিশ্রুতি, তারিখ ${f.day(c.subject)}${c.before ? ` (আগেরটি ${f.day(c.before)}; নিচে তার তুলনায় পরিবর্তন)` : ''}`,
    'charter-removed': (c, f) => `সেবা প্রদান প্রতিশ্রুতি বাদ: তারিখ ${f.day(c.before)}`,
    'service-added': (c, f) => `নতুন সেবা${f.section}: ${f.q(c.subject)}`,
    'service-removed': (c, f) => `সেবা বাদ${f.section}: ${f.q(c.subject)}`,
    'service-renamed': (c, f) => `সেবার নাম বদল${f.section}: ${f.q(c.before)} → ${f.q(c.after)}`,
    'service-moved': (c, f) => `সেবা অন্য অংশে সরানো: ${f.q(c.subject)}: ${f.sectionLabel(c.before)} → ${f.sectionLabel(c.after)}`,
    delivery: (c, f) => `সেবা প্রদান পদ্ধতি — ${f.q(c.subject)}: ${f.arrow(c)}`,
    fee: (c, f) => `সেবার মূল্য — ${f.q(c.subject)}: ${f.arrow(c)}`,
    'time-limit': (c, f) => `সেবা প্রদানের সময়সীমা — ${f.q(c.subject)}: ${f.arrow(c)}`,
    'papers-added': (c, f) => `প্রয়োজনীয় কাগজপত্র যোগ — ${f.q(c.subject)}: ${c.after}`,
    'papers-removed': (c, f) => `প্রয়োজনীয় কাগজপত্র বাদ — ${f.q(c.subject)}: ${c.before}`,
    officer: (c, f) => `দায়িত্বপ্রাপ্ত কর্মকর্তা — ${f.q(c.subject)}: ${f.arrow(c)}`,
    'officer-contact': (c, f) => `দায়িত্বপ্রাপ্ত কর্মকর্তার যোগাযোগ — ${f.q(c.subject)}: ${f.arrow(c)}`,
    remarks: (c, f) => `মন্তব্য — ${f.q(c.subject)}: ${f.arrow(c)}`,
    'grs-added': (c, f) => `অভিযোগ প্রতিকারে নতুন ধাপ: ${f.q(c.subject)} — ${c.after}`,
    'grs-removed': (c, f) => `অভিযোগ প্রতিকারের ধাপ বাদ: ${f.q(c.subject)}`,
    'grs-officer': (c, f) => `অভিযোগ প্রতিকার কর্মকর্তা — ${f.q(c.subject)}: ${f.arrow(c)}`,
    'grs-contact': (c, f) => `অভিযোগ প্রতিকার কর্মকর্তার যোগাযোগ — ${f.q(c.subject)}: ${f.arrow(c)}`,
    'grs-time-limit': (c, f) => `অভিযোগ নিষ্পত্তির সময়সীমা — ${f.q(c.subject)}: ${f.arrow(c)}`,
    'grs-field': (c, f) => `অভিযোগ প্রতিকার, ${f.field(c.field)} — ${f.q(c.subject)}: ${f.arrow(c)}`,
    vision: (c, f) => `ভিশন: ${f.arrow(c)}`,
    mission: (c, f) => `মিশন: ${f.arrow(c)}`,
    'expectation-added': (c, f) => `নাগরিকের কাছে নতুন প্রত্যাশা: ${f.q(c.subject)}`,
    'expectation-removed': (c, f) => `নাগরিকের কাছে প্রত্যাশা বাদ: ${f.q(c.subject)}`,
    'charter-field': (c, f) => `চার্টারের ${f.field(c.field)}: ${f.arrow(c)}`,
    'minutes-added': (c, f) => `নতুন সভার কার্যবিবরণী: ${f.q(c.subject)}, তারিখ ${f.day(c.after)}, ${f.digits(c.field ?? '0')}টি সিদ্ধান্ত`,
    'minutes-removed': (c, f) => `সভার কার্যবিবরণী বাদ: ${f.q(c.subject)}`,
    'agenda-added': (c, f) => `নতুন আলোচ্য বিষয়: ${f.q(c.subject)}`,
    'agenda-removed': (c, f) => `আলোচ্য বিষয় বাদ: ${f.q(c.subject)}`,
    'decision-added': (c, f) => `নতুন সিদ্ধান্ত — ${f.q(c.subject)}: ${c.after}${c.field ? ` (বাস্তবায়নকারী: ${c.field})` : ''}`,
    'decision-removed': (c, f) => `সিদ্ধান্ত বাদ — ${f.q(c.subject)}: ${c.before}`,
    'decision-changed': (c, f) => `সিদ্ধান্ত বদল (${f.field(c.field)}) — ${f.q(c.subject)}: ${f.arrow(c)}`,
    'minutes-field': (c, f) => `কার্যবিবরণীর ${f.field(c.field)}${c.subject ? ` — ${f.q(c.subject)}` : ''}: ${f.arrow(c)}`,
    'order-added': (c, f) => `নতুন অফিস আদেশ: ${f.q(c.subject)}, তারিখ ${f.day(c.after)}${c.field ? `, স্মারক নং ${c.field}` : ''}`,
    'order-removed': (c, f) => `অফিস আদেশ বাদ: ${f.q(c.subject)}`,
    'appointment-added': (c) => `নতুন মনোনয়ন: ${c.subject}`,
    'appointment-removed': (c) => `মনোনয়ন বাদ: ${c.subject}`,
    'order-field': (c, f) => `অফিস আদেশের ${f.field(c.field)}: ${f.arrow(c)}`,
    room: (c, f) => `কক্ষ — ${f.q(c.subject)}: ${f.arrow(c)}`,
    'service-standard': (c, f) =>
      !c.before
        ? `${f.q(c.subject)} এখন প্রমিত সেবা ${c.after} অনুসরণ করে (নাম, কাগজপত্র, ফি, সময়সীমা ও আইনগত ভিত্তি সেখান থেকে)`
        : !c.after
          ? `${f.q(c.subject)} আর প্রমিত সেবা ${c.before} অনুসরণ করে না (দপ্তরের নিজস্ব সেবা)`
          : `${f.q(c.subject)}: প্রমিত সেবা ${f.arrow(c)}`,
    'service-deviation': (c, f) =>
      !c.before
        ? `${f.q(c.subject)}: প্রমিত মান থেকে ভিন্ন, কারণ: ${c.after}`
        : !c.after
          ? `${f.q(c.subject)}: প্রমিত মান থেকে ভিন্নতা তুলে নেওয়া হয়েছে (আগের কারণ: ${c.before})`
          : `${f.q(c.subject)}: প্রমিত মান থেকে ভিন্নতার কারণ: ${f.arrow(c)}`,
    'standard-added': (c, f) => `নতুন প্রমিত সেবা: ${f.q(c.subject)}${c.field ? ` (যাদের জন্য: ${c.field})` : ''}`,
    'standard-removed': (c, f) => `প্রমিত সেবা বাদ: ${f.q(c.subject)}`,
    'standard-field': (c, f) => `প্রমিত সেবা ${f.q(c.subject)}: ${f.field(c.field)} ${f.arrow(c)}`,
    'standard-version': (c, f) =>
      c.field
        ? `প্রমিত সেবা ${f.q(c.subject)}: ${f.field(c.field)} ${f.arrow(c)}, ${f.day(c.date)} থেকে কার্যকর`
        : `প্রমিত সেবা ${f.q(c.subject)}: প্রথম সংস্করণ, ${f.day(c.date)} থেকে কার্যকর`,
    'standard-corrected': (c, f) => `প্রমিত সেবা ${f.q(c.subject)}: ${f.day(c.date)} থেকে কার্যকর সংস্করণে ${f.field(c.field)} সংশোধন: ${f.arrow(c)}`,
    'standard-version-removed': (c, f) => `প্রমিত সেবা ${f.q(c.subject)}: ${f.day(c.date)} থেকে কার্যকর সংস্করণ বাদ`,
    'standard-reach': (c, f) => {
      const names = c.offices ?? [];
      const more = names.length - REACH_NAMES;
      return (c.count ?? 0) === 0
        ? `এই পরিবর্তন কোনো দপ্তরের চার্টারে দেখাবে না (কোনো চার্টার ${f.q(c.subject)} ব্যবহার করে না)`
        : `এই পরিবর্তন ${f.digits(String(c.count))}টি দপ্তরের চার্টারে দেখাবে: ${names.slice(0, REACH_NAMES).join('; ')}${more > 0 ? ` এবং আরও ${f.digits(String(more))}টি দপ্তর` : ''}`;
    },
    body: () => 'মূল লেখা (বডি) বদলেছে',
    unreadable: (c) => `ফাইলটি পড়া যায়নি (YAML ত্রুটি, ${c.after ? 'নতুন' : 'আগের'} সংস্করণে): \`npm run validate\` চালিয়ে দেখুন`,
  },
} satisfies DiffWords;

const diffEn = {
  section: { citizen: 'citizen services', office: 'office services', internal: 'internal services' },
  field: {
    title: 'title',
    datePrinted: 'printed date',
    grsIntro: 'grievance introduction',
    signatory: 'signatory',
    name: 'name',
    address: 'address',
    phone: 'phone',
    email: 'email',
    website: 'website',
    parent: 'parent office',
    focalPoint: 'focal point',
    alternateFocalPoint: 'alternate focal point',
    subject: 'subject',
    memoNumber: 'memo number',
    date: 'date',
    meetingDate: 'meeting date',
    chair: 'chair',
    attendees: 'attendees',
    place: 'place',
    distribution: 'distribution',
    when: 'when to contact',
    contact: 'whom to contact',
    'agenda.topic': 'agenda item',
    'agenda.discussion': 'discussion',
    text: 'decision',
    implementedBy: 'implemented by',
    dueDate: 'due date',
    dueText: 'deadline',
    delivery: 'how it is delivered',
    papers: 'papers',
    fee: 'fee',
    timeLimit: 'time limit',
    legalBasis: 'legal basis',
    appliesTo: 'offices it is for',
  },
  kind: { office: 'office details', charter: 'citizen charter', minutes: 'minutes', order: 'office order', standard: 'standard service' },
  heading: 'Content changes',
  noChanges: 'no changes in meaning',
  fullStop: '.',
  sentence: {
    'office-added': (c, f) => `New office: ${f.q(c.subject)}`,
    'office-removed': (c, f) => `Office removed: ${f.q(c.subject)}`,
    'office-field': (c, f) => `Office ${f.field(c.field)}: ${f.arrow(c)}`,
    'focal-point': (c, f) => `${f.field(c.field)}: ${f.arrow(c)}`,
    'charter-added': (c) => `New citizen charter dated ${c.subject}${c.before ? ` (previous one ${c.before}; changes against it below)` : ''}`,
    'charter-removed': (c) => `Citizen charter removed: dated ${c.before}`,
    'service-added': (c, f) => `New service${f.section}: ${f.q(c.subject)}`,
    'service-removed': (c, f) => `Service removed${f.section}: ${f.q(c.subject)}`,
    'service-renamed': (c, f) => `Service renamed${f.section}: ${f.q(c.before)} → ${f.q(c.after)}`,
    'service-moved': (c, f) => `Service moved: ${f.q(c.subject)}: ${f.sectionLabel(c.before)} → ${f.sectionLabel(c.after)}`,
    delivery: (c, f) => `How the service is delivered — ${f.q(c.subject)}: ${f.arrow(c)}`,
    fee: (c, f) => `Fee — ${f.q(c.subject)}: ${f.arrow(c)}`,
    'time-limit': (c, f) => `Time limit — ${f.q(c.subject)}: ${f.arrow(c)}`,
    'papers-added': (c, f) => `Paper now required — ${f.q(c.subject)}: ${c.after}`,
    'papers-removed': (c, f) => `Paper no longer required — ${f.q(c.subject)}: ${c.before}`,
    officer: (c, f) => `Responsible officer — ${f.q(c.subject)}: ${f.arrow(c)}`,
    'officer-contact': (c, f) => `Responsible officer's contacts — ${f.q(c.subject)}: ${f.arrow(c)}`,
    remarks: (c, f) => `Remarks — ${f.q(c.subject)}: ${f.arrow(c)}`,
    'grs-added': (c, f) => `New grievance redress level: ${f.q(c.subject)} — ${c.after}`,
    'grs-removed': (c, f) => `Grievance redress level removed: ${f.q(c.subject)}`,
    'grs-officer': (c, f) => `Grievance officer — ${f.q(c.subject)}: ${f.arrow(c)}`,
    'grs-contact': (c, f) => `Grievance officer's contacts — ${f.q(c.subject)}: ${f.arrow(c)}`,
    'grs-time-limit': (c, f) => `Grievance time limit — ${f.q(c.subject)}: ${f.arrow(c)}`,
    'grs-field': (c, f) => `Grievance redress, ${f.field(c.field)} — ${f.q(c.subject)}: ${f.arrow(c)}`,
    vision: (c, f) => `Vision: ${f.arrow(c)}`,
    mission: (c, f) => `Mission: ${f.arrow(c)}`,
    'expectation-added': (c, f) => `New expectation of citizens: ${f.q(c.subject)}`,
    'expectation-removed': (c, f) => `Expectation of citizens removed: ${f.q(c.subject)}`,
    'charter-field': (c, f) => `Charter ${f.field(c.field)}: ${f.arrow(c)}`,
    'minutes-added': (c, f) => `New minutes: ${f.q(c.subject)}, dated ${c.after}, ${c.field} decision${c.field === '1' ? '' : 's'}`,
    'minutes-removed': (c, f) => `Minutes removed: ${f.q(c.subject)}`,
    'agenda-added': (c, f) => `New agenda item: ${f.q(c.subject)}`,
    'agenda-removed': (c, f) => `Agenda item removed: ${f.q(c.subject)}`,
    'decision-added': (c, f) => `New decision — ${f.q(c.subject)}: ${c.after}${c.field ? ` (implemented by: ${c.field})` : ''}`,
    'decision-removed': (c, f) => `Decision removed — ${f.q(c.subject)}: ${c.before}`,
    'decision-changed': (c, f) => `Decision changed (${f.field(c.field)}) — ${f.q(c.subject)}: ${f.arrow(c)}`,
    'minutes-field': (c, f) => `Minutes ${f.field(c.field)}${c.subject ? ` — ${f.q(c.subject)}` : ''}: ${f.arrow(c)}`,
    'order-added': (c, f) => `New office order: ${f.q(c.subject)}, dated ${c.after}${c.field ? `, memo ${c.field}` : ''}`,
    'order-removed': (c, f) => `Office order removed: ${f.q(c.subject)}`,
    'appointment-added': (c) => `New appointment: ${c.subject}`,
    'appointment-removed': (c) => `Appointment removed: ${c.subject}`,
    'order-field': (c, f) => `Office order ${f.field(c.field)}: ${f.arrow(c)}`,
    room: (c, f) => `Room — ${f.q(c.subject)}: ${f.arrow(c)}`,
    'service-standard': (c, f) =>
      !c.before
        ? `${f.q(c.subject)} now uses the standard service ${c.after} (its name, papers, fee, time limit and legal basis come from there)`
        : !c.after
          ? `${f.q(c.subject)} no longer uses the standard service ${c.before} (the office's own service)`
          : `${f.q(c.subject)}: standard service ${f.arrow(c)}`,
    'service-deviation': (c, f) =>
      !c.before
        ? `${f.q(c.subject)}: differs from the standard, because: ${c.after}`
        : !c.after
          ? `${f.q(c.subject)}: no longer differs from the standard (reason was: ${c.before})`
          : `${f.q(c.subject)}: reason for differing from the standard: ${f.arrow(c)}`,
    'standard-added': (c, f) => `New standard service: ${f.q(c.subject)}${c.field ? ` (for: ${c.field})` : ''}`,
    'standard-removed': (c, f) => `Standard service removed: ${f.q(c.subject)}`,
    'standard-field': (c, f) => `Standard service ${f.q(c.subject)}: ${f.field(c.field)} ${f.arrow(c)}`,
    'standard-version': (c, f) =>
      c.field
        ? `Standard service ${f.q(c.subject)}: ${f.field(c.field)} ${f.arrow(c)}, in effect from ${f.day(c.date)}`
        : `Standard service ${f.q(c.subject)}: first version, in effect from ${f.day(c.date)}`,
    'standard-corrected': (c, f) =>
      `Standard service ${f.q(c.subject)}: ${f.field(c.field)} corrected in the version in effect from ${f.day(c.date)}: ${f.arrow(c)}`,
    'standard-version-removed': (c, f) => `Standard service ${f.q(c.subject)}: the version in effect from ${f.day(c.date)} removed`,
    'standard-reach': (c, f) => {
      const names = c.offices ?? [];
      const more = names.length - REACH_NAMES;
      return (c.count ?? 0) === 0
        ? `This change shows on no office's charter (no charter uses ${f.q(c.subject)})`
        : `This change shows on the charters of ${c.count} office${c.count === 1 ? '' : 's'}: ${names.slice(0, REACH_NAMES).join('; ')}${more > 0 ? ` and ${more} more` : ''}`;
    },
    body: () => 'The body text changed',
    unreadable: (c) => `The file cannot be read (YAML error in the ${c.after ? 'new' : 'old'} version): run \`npm run validate\``,
  },
} satisfies DiffWords;

/** The diff's words by language; the sentence tables name every kind of change (describe.ts checks this at compile time). */
export const DIFF_WORDS = { bn: diffBn, en: diffEn };

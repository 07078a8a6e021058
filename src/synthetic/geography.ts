/**
 * The administrative map synthetic content is laid on: Bangladesh's 8 divisions
 * and 64 districts (real names), a list of real upazila names reused across
 * districts, and the kinds of field office found at district and upazila level.
 */

export interface Place {
  /** Latin slug used in office ids. */
  slug: string;
  bn: string;
  en: string;
}

export interface Division extends Place {
  districts: Place[];
}

const place = (slug: string, bn: string, en: string): Place => ({ slug, bn, en });

export const DIVISIONS: readonly Division[] = [
  {
    ...place('dhaka', 'ঢাকা', 'Dhaka'),
    districts: [
      place('dhaka', 'ঢাকা', 'Dhaka'),
      place('gazipur', 'গাজীপুর', 'Gazipur'),
      place('narayanganj', 'নারায়ণগঞ্জ', 'Narayanganj'),
      place('narsingdi', 'নরসিংদী', 'Narsingdi'),
      place('manikganj', 'মানিকগঞ্জ', 'Manikganj'),
      place('munshiganj', 'মুন্সীগঞ্জ', 'Munshiganj'),
      place('tangail', 'টাঙ্গাইল', 'Tangail'),
      place('kishoreganj', 'কিশোরগঞ্জ', 'Kishoreganj'),
      place('faridpur', 'ফরিদপুর', 'Faridpur'),
      place('gopalganj', 'গোপালগঞ্জ', 'Gopalganj'),
      place('madaripur', 'মাদারীপুর', 'Madaripur'),
      place('rajbari', 'রাজবাড়ী', 'Rajbari'),
      place('shariatpur', 'শরীয়তপুর', 'Shariatpur'),
    ],
  },
  {
    ...place('chattogram', 'চট্টগ্রাম', 'Chattogram'),
    districts: [
      place('chattogram', 'চট্টগ্রাম', 'Chattogram'),
      place('coxsbazar', 'কক্সবাজার', "Cox's Bazar"),
      place('rangamati', 'রাঙ্গামাটি', 'Rangamati'),
      place('bandarban', 'বান্দরবান', 'Bandarban'),
      place('khagrachhari', 'খাগড়াছড়ি', 'Khagrachhari'),
      place('feni', 'ফেনী', 'Feni'),
      place('noakhali', 'নোয়াখালী', 'Noakhali'),
      place('lakshmipur', 'লক্ষ্মীপুর', 'Lakshmipur'),
      place('cumilla', 'কুমিল্লা', 'Cumilla'),
      place('chandpur', 'চাঁদপুর', 'Chandpur'),
      place('brahmanbaria', 'ব্রাহ্মণবাড়িয়া', 'Brahmanbaria'),
    ],
  },
  {
    ...place('rajshahi', 'রাজশাহী', 'Rajshahi'),
    districts: [
      place('rajshahi', 'রাজশাহী', 'Rajshahi'),
      place('natore', 'নাটোর', 'Natore'),
      place('naogaon', 'নওগাঁ', 'Naogaon'),
      place('chapainawabganj', 'চাঁপাইনবাবগঞ্জ', 'Chapai Nawabganj'),
      place('pabna', 'পাবনা', 'Pabna'),
      place('sirajganj', 'সিরাজগঞ্জ', 'Sirajganj'),
      place('bogura', 'বগুড়া', 'Bogura'),
      place('joypurhat', 'জয়পুরহাট', 'Joypurhat'),
    ],
  },
  {
    ...place('khulna', 'খুলনা', 'Khulna'),
    districts: [
      place('khulna', 'খুলনা', 'Khulna'),
      place('bagerhat', 'বাগেরহাট', 'Bagerhat'),
      place('satkhira', 'সাতক্ষীরা', 'Satkhira'),
      place('jashore', 'যশোর', 'Jashore'),
      place('jhenaidah', 'ঝিনাইদহ', 'Jhenaidah'),
      place('magura', 'মাগুরা', 'Magura'),
      place('narail', 'নড়াইল', 'Narail'),
      place('kushtia', 'কুষ্টিয়া', 'Kushtia'),
      place('chuadanga', 'চুয়াডাঙ্গা', 'Chuadanga'),
      place('meherpur', 'মেহেরপুর', 'Meherpur'),
    ],
  },
  {
    ...place('barishal', 'বরিশাল', 'Barishal'),
    districts: [
      place('barishal', 'বরিশাল', 'Barishal'),
      place('bhola', 'ভোলা', 'Bhola'),
      place('patuakhali', 'পটুয়াখালী', 'Patuakhali'),
      place('pirojpur', 'পিরোজপুর', 'Pirojpur'),
      place('jhalokati', 'ঝালকাঠি', 'Jhalokati'),
      place('barguna', 'বরগুনা', 'Barguna'),
    ],
  },
  {
    ...place('sylhet', 'সিলেট', 'Sylhet'),
    districts: [
      place('sylhet', 'সিলেট', 'Sylhet'),
      place('moulvibazar', 'মৌলভীবাজার', 'Moulvibazar'),
      place('habiganj', 'হবিগঞ্জ', 'Habiganj'),
      place('sunamganj', 'সুনামগঞ্জ', 'Sunamganj'),
    ],
  },
  {
    ...place('rangpur', 'রংপুর', 'Rangpur'),
    districts: [
      place('rangpur', 'রংপুর', 'Rangpur'),
      place('dinajpur', 'দিনাজপুর', 'Dinajpur'),
      place('kurigram', 'কুড়িগ্রাম', 'Kurigram'),
      place('gaibandha', 'গাইবান্ধা', 'Gaibandha'),
      place('nilphamari', 'নীলফামারী', 'Nilphamari'),
      place('lalmonirhat', 'লালমনিরহাট', 'Lalmonirhat'),
      place('thakurgaon', 'ঠাকুরগাঁও', 'Thakurgaon'),
      place('panchagarh', 'পঞ্চগড়', 'Panchagarh'),
    ],
  },
  {
    ...place('mymensingh', 'ময়মনসিংহ', 'Mymensingh'),
    districts: [
      place('mymensingh', 'ময়মনসিংহ', 'Mymensingh'),
      place('jamalpur', 'জামালপুর', 'Jamalpur'),
      place('sherpur', 'শেরপুর', 'Sherpur'),
      place('netrokona', 'নেত্রকোণা', 'Netrokona'),
    ],
  },
];

/** Real upazila names, reused (qualified by district) to name a district's upazilas after its সদর upazila. */
export const UPAZILA_NAMES: readonly Omit<Place, 'slug'>[] = [
  ['ভেড়ামারা', 'Bheramara'],
  ['মিরপুর', 'Mirpur'],
  ['দৌলতপুর', 'Daulatpur'],
  ['কুমারখালী', 'Kumarkhali'],
  ['খোকসা', 'Khoksa'],
  ['সাভার', 'Savar'],
  ['ধামরাই', 'Dhamrai'],
  ['কেরানীগঞ্জ', 'Keraniganj'],
  ['দোহার', 'Dohar'],
  ['নবাবগঞ্জ', 'Nawabganj'],
  ['কালিয়াকৈর', 'Kaliakair'],
  ['কাপাসিয়া', 'Kapasia'],
  ['শ্রীপুর', 'Sreepur'],
  ['রূপগঞ্জ', 'Rupganj'],
  ['আড়াইহাজার', 'Araihazar'],
  ['সোনারগাঁও', 'Sonargaon'],
  ['বেলাবো', 'Belabo'],
  ['মনোহরদী', 'Monohardi'],
  ['পলাশ', 'Palash'],
  ['রায়পুরা', 'Raipura'],
  ['শিবপুর', 'Shibpur'],
  ['সিংগাইর', 'Singair'],
  ['ঘিওর', 'Ghior'],
  ['হরিরামপুর', 'Harirampur'],
  ['শ্রীনগর', 'Sreenagar'],
  ['লৌহজং', 'Louhajang'],
  ['মির্জাপুর', 'Mirzapur'],
  ['ভূঞাপুর', 'Bhuapur'],
  ['গোপালপুর', 'Gopalpur'],
  ['কালিহাতী', 'Kalihati'],
  ['বাজিতপুর', 'Bajitpur'],
  ['ভৈরব', 'Bhairab'],
  ['হোসেনপুর', 'Hossainpur'],
  ['বোয়ালমারী', 'Boalmari'],
  ['সদরপুর', 'Sadarpur'],
  ['কোটালীপাড়া', 'Kotalipara'],
  ['টুঙ্গিপাড়া', 'Tungipara'],
  ['কালকিনি', 'Kalkini'],
  ['শিবচর', 'Shibchar'],
  ['পাংশা', 'Pangsha'],
  ['নড়িয়া', 'Naria'],
  ['জাজিরা', 'Zajira'],
  ['পীরগঞ্জ', 'Pirganj'],
  ['মিঠাপুকুর', 'Mithapukur'],
  ['বদরগঞ্জ', 'Badarganj'],
  ['তারাগঞ্জ', 'Taraganj'],
  ['কাউনিয়া', 'Kaunia'],
  ['গঙ্গাচড়া', 'Gangachara'],
  ['চিলমারী', 'Chilmari'],
  ['উলিপুর', 'Ulipur'],
].map(([bn, en]) => ({ bn: bn as string, en: en as string }));

export interface OfficeType {
  slug: string;
  bn: string;
  en: string;
  /** Who heads it: the designation printed for the officer in charge. */
  head: string;
  /** Domain of the office's email addresses (fake but well-formed). */
  domain: string;
}

/** Field offices under a Deputy Commissioner (district line offices). */
export const DISTRICT_OFFICE_TYPES: readonly OfficeType[] = [
  { slug: 'civil-surgeon', bn: 'সিভিল সার্জনের কার্যালয়', en: "Civil Surgeon's Office", head: 'সিভিল সার্জন', domain: 'health.gov.bd' },
  {
    slug: 'dae',
    bn: 'কৃষি সম্প্রসারণ অধিদপ্তর, উপপরিচালকের কার্যালয়',
    en: 'Department of Agricultural Extension, Deputy Director',
    head: 'উপপরিচালক',
    domain: 'dae.gov.bd',
  },
  { slug: 'ict', bn: 'জেলা কার্যালয়, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর', en: 'District ICT Office', head: 'প্রোগ্রামার', domain: 'doict.gov.bd' },
  { slug: 'social', bn: 'জেলা সমাজসেবা কার্যালয়', en: 'District Social Services Office', head: 'উপপরিচালক', domain: 'dss.gov.bd' },
  { slug: 'education', bn: 'জেলা প্রাথমিক শিক্ষা অফিস', en: 'District Primary Education Office', head: 'জেলা প্রাথমিক শিক্ষা অফিসার', domain: 'dpe.gov.bd' },
  { slug: 'passport', bn: 'আঞ্চলিক পাসপোর্ট অফিস', en: 'Regional Passport Office', head: 'উপপরিচালক', domain: 'dip.gov.bd' },
  { slug: 'jail', bn: 'জেলা কারাগার', en: 'District Jail', head: 'জেল সুপার', domain: 'prison.gov.bd' },
  { slug: 'registry', bn: 'জেলা রেজিস্ট্রারের কার্যালয়', en: 'District Registrar Office', head: 'জেলা রেজিস্ট্রার', domain: 'registration.gov.bd' },
  { slug: 'fisheries', bn: 'জেলা মৎস্য অফিস', en: 'District Fisheries Office', head: 'জেলা মৎস্য কর্মকর্তা', domain: 'fisheries.gov.bd' },
  { slug: 'lged', bn: 'নির্বাহী প্রকৌশলীর কার্যালয়, এলজিইডি', en: 'Executive Engineer, LGED', head: 'নির্বাহী প্রকৌশলী', domain: 'lged.gov.bd' },
];

/** Field offices in an upazila, under the Upazila Nirbahi Officer. */
export const UPAZILA_OFFICE_TYPES: readonly OfficeType[] = [
  { slug: 'ict', bn: 'উপজেলা কার্যালয়, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর', en: 'Upazila ICT Office', head: 'সহকারী প্রোগ্রামার', domain: 'doict.gov.bd' },
  { slug: 'agri', bn: 'উপজেলা কৃষি অফিস', en: 'Upazila Agriculture Office', head: 'উপজেলা কৃষি অফিসার', domain: 'dae.gov.bd' },
  { slug: 'health', bn: 'উপজেলা স্বাস্থ্য কমপ্লেক্স', en: 'Upazila Health Complex', head: 'উপজেলা স্বাস্থ্য ও পরিবার পরিকল্পনা কর্মকর্তা', domain: 'dghs.gov.bd' },
  { slug: 'education', bn: 'উপজেলা শিক্ষা অফিস', en: 'Upazila Education Office', head: 'উপজেলা শিক্ষা অফিসার', domain: 'dpe.gov.bd' },
  { slug: 'secondary', bn: 'উপজেলা মাধ্যমিক শিক্ষা অফিস', en: 'Upazila Secondary Education Office', head: 'উপজেলা মাধ্যমিক শিক্ষা অফিসার', domain: 'dshe.gov.bd' },
  { slug: 'livestock', bn: 'উপজেলা প্রাণিসম্পদ অফিস', en: 'Upazila Livestock Office', head: 'উপজেলা প্রাণিসম্পদ কর্মকর্তা', domain: 'dls.gov.bd' },
  { slug: 'fisheries', bn: 'উপজেলা মৎস্য অফিস', en: 'Upazila Fisheries Office', head: 'সিনিয়র উপজেলা মৎস্য কর্মকর্তা', domain: 'fisheries.gov.bd' },
  { slug: 'land', bn: 'সহকারী কমিশনারের (ভূমি) কার্যালয়', en: 'Assistant Commissioner (Land) Office', head: 'সহকারী কমিশনার (ভূমি)', domain: 'land.gov.bd' },
  { slug: 'lged', bn: 'উপজেলা প্রকৌশলীর কার্যালয়, এলজিইডি', en: 'Upazila Engineer, LGED', head: 'উপজেলা প্রকৌশলী', domain: 'lged.gov.bd' },
  { slug: 'social', bn: 'উপজেলা সমাজসেবা কার্যালয়', en: 'Upazila Social Services Office', head: 'উপজেলা সমাজসেবা অফিসার', domain: 'dss.gov.bd' },
  { slug: 'women', bn: 'উপজেলা মহিলা বিষয়ক কার্যালয়', en: "Upazila Women's Affairs Office", head: 'উপজেলা মহিলা বিষয়ক কর্মকর্তা', domain: 'dwa.gov.bd' },
  { slug: 'youth', bn: 'উপজেলা যুব উন্নয়ন অফিস', en: 'Upazila Youth Development Office', head: 'উপজেলা যুব উন্নয়ন কর্মকর্তা', domain: 'dyd.gov.bd' },
  { slug: 'coop', bn: 'উপজেলা সমবায় অফিস', en: 'Upazila Cooperative Office', head: 'উপজেলা সমবায় অফিসার', domain: 'coop.gov.bd' },
  {
    slug: 'pio',
    bn: 'উপজেলা প্রকল্প বাস্তবায়ন কর্মকর্তার কার্যালয়',
    en: 'Upazila Project Implementation Office',
    head: 'উপজেলা প্রকল্প বাস্তবায়ন কর্মকর্তা',
    domain: 'ddm.gov.bd',
  },
  { slug: 'family', bn: 'উপজেলা পরিবার পরিকল্পনা কার্যালয়', en: 'Upazila Family Planning Office', head: 'উপজেলা পরিবার পরিকল্পনা কর্মকর্তা', domain: 'dgfp.gov.bd' },
  { slug: 'election', bn: 'উপজেলা নির্বাচন অফিস', en: 'Upazila Election Office', head: 'উপজেলা নির্বাচন অফিসার', domain: 'ecs.gov.bd' },
  { slug: 'statistics', bn: 'উপজেলা পরিসংখ্যান অফিস', en: 'Upazila Statistics Office', head: 'উপজেলা পরিসংখ্যান কর্মকর্তা', domain: 'bbs.gov.bd' },
  { slug: 'food', bn: 'উপজেলা খাদ্য নিয়ন্ত্রকের কার্যালয়', en: 'Upazila Food Controller Office', head: 'উপজেলা খাদ্য নিয়ন্ত্রক', domain: 'dgfood.gov.bd' },
  { slug: 'rural', bn: 'উপজেলা পল্লী উন্নয়ন অফিস', en: 'Upazila Rural Development Office', head: 'উপজেলা পল্লী উন্নয়ন কর্মকর্তা', domain: 'brdb.gov.bd' },
];

/** Beyond the named field offices, an upazila's remaining offices are union parishads (one per union). */
export const UNION_OFFICE: Omit<OfficeType, 'slug'> = {
  bn: 'ইউনিয়ন পরিষদ কার্যালয়',
  en: 'Union Parishad Office',
  head: 'ইউনিয়ন পরিষদ সচিব',
  domain: 'lgd.gov.bd',
};

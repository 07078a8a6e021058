/**
 * One synthetic office's files: office.yaml, the focal-point photos, and its
 * charters, minutes and orders, written in Bengali from the seeds' phrases through
 * the content model's one writer, with the data typed by the schemas. A few carry
 * the dirty values the seeds have (doubled emails, Bengali digits in emails, short
 * phones, off-pattern memo numbers, mismatched Bangla dates), counted in `dirty`.
 *
 * About 360 lines on purpose: one class whose methods (a method per document kind)
 * share the office's staff, memo-number series and random stream; split, they would
 * pass that state around and the order of draws (the determinism) would be harder to see.
 */
import type { z } from 'zod';
import { bodyAfterFrontmatter, documentFile, officeFile, standardFile } from '../content-model/write.ts';
import { formatBanglaDate, toBanglaDate } from '../domain/bangla-calendar.ts';
import { formatGregorianDateBn, toBengaliDigits } from '../domain/bengali-digits.ts';
import { addDays, fiscalQuarterOf, formatFiscalYearBn, formatQuarterBn } from '../domain/fiscal-year.ts';
import {
  AGENDA_TOPICS,
  CITIZEN_SERVICES,
  DECISIONS,
  DELIVERY_METHODS,
  EXPECTATIONS,
  GIVEN_NAMES,
  IMPLEMENTERS,
  INTERNAL_SERVICES,
  MAILBOX_NAMES,
  OFFICE_SERVICES,
  PAPERS,
  PAYMENT_CHANNELS,
  PLACES,
  STAFF_DESIGNATIONS,
  TIMES,
  paragraph,
  sentence,
} from './phrases.ts';
import type { charterSchema, minutesSchema, officeOrderSchema, officeSchema } from '../schemas/index.ts';
import { PLACEHOLDER_PHOTO_JPEG_BASE64 } from './photo.ts';
import { randomFor, type Random } from './random.ts';
import type { DocPlan, GenerateOptions, GeneratedFile, OfficeDocs, OfficePlan } from './plan.ts';
import { standardsForOffice, type GeneratedStandard } from './standards.ts';

/** What the generator writes is typed by the schemas' input: a field the schema does not know, or a wrong value, fails `npm run check`. */
type ServiceInput = NonNullable<NonNullable<z.input<typeof charterSchema>['services']['citizen']>['services']>[number];
type OrderInput = z.input<typeof officeOrderSchema>;

const PHOTO = Buffer.from(PLACEHOLDER_PHOTO_JPEG_BASE64, 'base64');

interface Staff {
  name: string;
  designation: string;
  phone: string[];
  email: string[];
}

const bnDigits = (n: number, width = 0) => toBengaliDigits(String(n).padStart(width, '0'));

/** Renders one office's files; keeps count of the dirty values it wrote. */
export class OfficeWriter {
  readonly dirty = { email: 0, phone: 0, memo: 0, banglaDate: 0 };
  private readonly random: Random;
  private readonly staff: Staff[];
  private readonly office: OfficeDocs;
  private readonly parent: OfficePlan | undefined;
  private memoSerial: number;
  private readonly memoPrefix: string;
  private readonly options: GenerateOptions;
  /** Every standard service of the country (./standards.ts); this office sets some, offers others. */
  private readonly standards: readonly GeneratedStandard[];

  constructor(office: OfficeDocs, options: GenerateOptions, parent: OfficePlan | undefined, standards: readonly GeneratedStandard[] = []) {
    this.office = office;
    this.parent = parent;
    this.options = options;
    this.standards = standards;
    this.random = randomFor(options.seed, office.plan.id, 'text');
    const r = this.random;
    const people = r.sample(
      GIVEN_NAMES.map((_, i) => i),
      4,
    );
    this.staff = people.map((person, i) => this.person(person, i === 0 ? office.plan.head : r.pick(STAFF_DESIGNATIONS)));
    this.memoSerial = r.int(10, 900);
    this.memoPrefix = [
      bnDigits(r.int(1, 60), 2),
      bnDigits(r.int(1, 99), 2),
      bnDigits(r.int(0, 9999), 4),
      bnDigits(r.int(1, 999), 3),
      bnDigits(r.int(1, 99), 2),
      bnDigits(r.int(1, 999), 3),
    ].join('.');
  }

  *files(): Generator<GeneratedFile> {
    const base = `offices/${this.office.plan.id}`;
    const focalOrder = this.office.docs.find((d) => d.orderKind === 'focal-point');
    const stems = new Map<DocPlan, string>();
    for (const d of this.office.docs) {
      stems.set(d, d.kind === 'charter' ? d.date : `${d.date}-${d.kind === 'minutes' ? 'monitoring-committee' : d.orderKind}${d.extra ? `-${d.extra}` : ''}`);
    }
    yield { path: `${base}/office.yaml`, content: this.officeYaml(focalOrder ? stems.get(focalOrder) : undefined) };
    yield { path: `${base}/media/focal-point.jpg`, content: PHOTO };
    yield { path: `${base}/media/alternate-focal-point.jpg`, content: PHOTO };
    for (const standard of this.standards) {
      const [setter, id] = standard.ref.split('/');
      if (setter === this.office.plan.id) yield { path: `${base}/services/${id}.yaml`, content: standardFile(standard.data) };
    }
    for (const d of this.office.docs) {
      const stem = stems.get(d) as string;
      if (d.kind === 'charter') yield { path: `${base}/charters/${stem}.mdx`, content: this.charter(d.date) };
      else if (d.kind === 'minutes') yield { path: `${base}/minutes/${stem}.mdx`, content: this.minutes(d.date) };
      else yield { path: `${base}/orders/${stem}.mdx`, content: this.order(d.date, d.orderKind ?? 'other') };
    }
  }

  private person(i: number, designation: string): Staff {
    const r = this.random;
    return {
      name: GIVEN_NAMES[i] as string,
      designation,
      phone: [this.phone()],
      email: [this.email(`${MAILBOX_NAMES[i]}${r.int(1, 99)}`)],
    };
  }

  private phone(): string {
    const r = this.random;
    if (r.chance(0.015)) {
      this.dirty.phone++;
      return `০১৭${bnDigits(r.int(10000, 99999))}`; // too few digits, as typed in a hurry
    }
    const number = `01${r.int(3, 9)}${String(r.int(0, 99_999_999)).padStart(8, '0')}`;
    return r.chance(0.5) ? toBengaliDigits(number) : r.chance(0.5) ? `+৮৮${toBengaliDigits(number)}` : number;
  }

  private email(local: string): string {
    const r = this.random;
    const domain = this.office.plan.domain;
    if (r.chance(0.015)) {
      this.dirty.email++;
      // The two dirty shapes seed 003 prints: two addresses run together, a Bengali digit.
      return r.chance(0.5) ? `${local}@${domain}@gmail.com` : `${local.replace(/\d+$/, '')}${toBengaliDigits(r.int(10, 99))}@gmail.com`;
    }
    return `${local}@${domain}`;
  }

  private memoNumber(date: string): string {
    const r = this.random;
    const yy = date.slice(2, 4);
    const serial = bnDigits(this.memoSerial++);
    if (r.chance(0.05)) {
      this.dirty.memo++;
      return r.chance(0.5)
        ? `${this.memoPrefix.replace('.', '..')}.${toBengaliDigits(yy)}-${serial}`
        : `${this.memoPrefix}.${toBengaliDigits(date.slice(0, 4))}-${serial}`;
    }
    return `${this.memoPrefix}.${toBengaliDigits(yy)}-${serial}`;
  }

  private banglaDate(date: string): string {
    if (this.random.chance(0.05)) {
      this.dirty.banglaDate++;
      // Off by two days, like seed 000 (old-calendar arithmetic).
      return formatBanglaDate(toBanglaDate(addDays(date, this.random.chance(0.5) ? 2 : -2)), { padDay: true });
    }
    return formatBanglaDate(toBanglaDate(date), { padDay: true });
  }

  private officeYaml(focalOrder: string | undefined): string {
    const p = this.office.plan;
    const [head, focal, alternate] = this.staff as [Staff, Staff, Staff];
    const data = {
      name: { bn: p.nameBn, en: p.nameEn },
      kind: p.kind,
      ...(p.category ? { category: p.category } : {}),
      ...(p.parent ? { parent: p.parent } : {}),
      address: p.address,
      phone: head.phone,
      email: [`${p.id.replace(/-/g, '.')}@${p.domain}`],
      website: `https://${p.host}.gov.bd/`,
      focalPoint: { ...focal, photo: 'media/focal-point.jpg', ...(focalOrder ? { appointedBy: focalOrder } : {}) },
      alternateFocalPoint: { ...alternate, photo: 'media/alternate-focal-point.jpg', ...(focalOrder ? { appointedBy: focalOrder } : {}) },
      reviewers: p.reviewers,
      joinedOn: this.office.joinedOn,
    } satisfies z.input<typeof officeSchema>;
    return officeFile(data);
  }

  private service(names: readonly string[], i: number, used: Set<string>): ServiceInput {
    const r = this.random;
    let name = r.pick(names);
    if (used.has(name)) name = `${name} (${bnDigits(i + 1)})`;
    used.add(name);
    const paid = r.chance(0.3);
    const amount = r.pick([20, 50, 100, 200, 500, 1000]);
    const limits: ServiceInput['timeLimit'][] = [
      { value: 1, unit: 'working-days', text: '১ কার্যদিবস' },
      { value: 3, unit: 'working-days', text: '৩ কার্যদিবস' },
      { value: 7, unit: 'working-days', text: '৭ কার্যদিবস' },
      { value: 15, unit: 'days', text: '১৫ দিন' },
      { value: 1, unit: 'months', text: '১ মাস' },
      { unit: 'immediate', text: 'তাৎক্ষণিক' },
    ];
    const officer = r.pick(this.staff);
    return {
      number: `${bnDigits(i + 1)}.`,
      name,
      delivery: r.pick(DELIVERY_METHODS),
      papers: r.sample(PAPERS, r.int(1, 3)),
      fee: paid ? { kind: 'paid', amount, payment: r.pick(PAYMENT_CHANNELS), text: `${bnDigits(amount)} টাকা` } : { kind: 'free', text: 'বিনামূল্যে' },
      timeLimit: r.pick(limits),
      officer: { name: officer.name, designation: officer.designation, phone: officer.phone, email: officer.email },
    };
  }

  /**
   * The rows of the standard services this office offers, the same in every charter it
   * writes (their own random stream): most use the standard; about one in ten of those states
   * a deviation; about one in eight is copied by hand (some with a drifted fee or another
   * name); a few are left out.
   */
  private standardRows(): ServiceInput[] {
    const offered = standardsForOffice(this.office.plan, this.standards);
    if (offered.length === 0) return [];
    const r = randomFor(this.options.seed, this.office.plan.id, 'standards');
    const rows: ServiceInput[] = [];
    for (const standard of offered) {
      const roll = r.next();
      const staff = this.staff[r.int(0, this.staff.length - 1)] as Staff;
      const officer = { name: staff.name, designation: staff.designation, phone: staff.phone, email: staff.email };
      const room = r.chance(0.4) ? { room: `কক্ষ নং ${bnDigits(r.int(1, 20))}` } : {};
      if (roll < 0.05) continue; // left out: the compliance dashboards name it
      if (roll < 0.17) {
        // Copied by hand: the standard's row as some office typed it once, often drifted since.
        const version = standard.data.versions[0]!;
        const drift = standard.drifted.length && r.chance(0.6) ? r.pick(standard.drifted) : undefined;
        rows.push({
          name: standard.variants.length && r.chance(0.5) ? r.pick(standard.variants) : standard.data.name,
          delivery: version.delivery,
          papers: version.papers ?? [],
          fee: drift ? { kind: 'paid', ...(drift.amount ? { amount: drift.amount } : {}), text: drift.text } : version.fee,
          timeLimit: version.timeLimit,
          officer,
          ...room,
        });
        continue;
      }
      const deviation = standard.deviations.length && r.chance(0.1) ? r.pick(standard.deviations) : undefined;
      rows.push({
        standard: standard.ref,
        officer,
        ...room,
        ...(deviation
          ? {
              ...(deviation.timeLimit ? { timeLimit: deviation.timeLimit } : {}),
              ...(deviation.fee ? { fee: deviation.fee } : {}),
              deviation: deviation.reason,
            }
          : {}),
      });
    }
    return rows;
  }

  private charter(date: string): string {
    const r = this.random;
    const p = this.office.plan;
    const total = r.int(5, 30);
    const nCitizen = Math.max(1, Math.round(total * 0.6));
    const nOffice = Math.max(0, Math.round(total * 0.25));
    const nInternal = total - nCitizen - nOffice;
    const used = new Set<string>();
    const standardRows = this.standardRows();
    for (const s of standardsForOffice(this.office.plan, this.standards)) used.add(s.data.name);
    const [y, m, d] = date.split('-');
    const head = this.staff[0] as Staff;
    const parentName = this.parent?.nameBn ?? 'মন্ত্রিপরিষদ বিভাগ';
    const data = {
      title: r.chance(0.5) ? 'সেবা প্রদান প্রতিশ্রুতি' : 'সিটিজেনস চার্টার',
      effectiveDate: date,
      datePrinted: toBengaliDigits(`${d}/${m}/${y}`),
      vision: sentence(r, 6, 12),
      mission: paragraph(r, 2),
      services: {
        citizen: {
          heading: 'নাগরিক সেবা',
          services: [
            ...standardRows,
            ...Array.from({ length: Math.max(nCitizen > standardRows.length ? 1 : 0, nCitizen - standardRows.length) }, (_, i) =>
              this.service(CITIZEN_SERVICES, standardRows.length + i, used),
            ),
          ].map((row, i) => ({ ...row, number: `${bnDigits(i + 1)}.` })),
        },
        office: {
          heading: r.chance(0.5) ? 'দাপ্তরিক সেবা' : 'প্রাতিষ্ঠানিক সেবা',
          services: Array.from({ length: nOffice }, (_, i) => this.service(OFFICE_SERVICES, i, used)),
        },
        internal: { heading: 'অভ্যন্তরীণ সেবা', services: Array.from({ length: nInternal }, (_, i) => this.service(INTERNAL_SERVICES, i, used)) },
      },
      expectations: r.sample(EXPECTATIONS, r.int(3, 5)),
      grs: [
        {
          level: 1,
          when: 'দায়িত্বপ্রাপ্ত কর্মকর্তা সমাধান দিতে না পারলে',
          contact: 'অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)',
          officer: { name: head.name, designation: head.designation, phone: head.phone, email: head.email },
          timeLimit: { value: 30, unit: 'working-days', text: '৩০ কার্যদিবস' },
        },
        {
          level: 2,
          when: 'অভিযোগ নিষ্পত্তি কর্মকর্তা নির্দিষ্ট সময়ে সমাধান দিতে না পারলে',
          contact: 'আপিল কর্মকর্তা',
          officer: { name: r.pick(GIVEN_NAMES), designation: this.parent?.head ?? 'সচিব', office: parentName },
          timeLimit: { value: 20, unit: 'working-days', text: '২০ কার্যদিবস' },
        },
        {
          level: 3,
          when: 'আপিল কর্মকর্তা নির্দিষ্ট সময়ে সমাধান দিতে না পারলে',
          contact: 'মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল',
          officer: { website: ['www.grs.gov.bd'], address: 'অভিযোগ গ্রহণ কেন্দ্র, ৫ নং গেইট, বাংলাদেশ সচিবালয়, ঢাকা' },
          timeLimit: { value: 60, unit: 'working-days', text: '৬০ কার্যদিবস' },
        },
      ],
      signatory: { name: head.name, designation: head.designation, office: p.nameBn },
    } satisfies z.input<typeof charterSchema>;
    return documentFile('charter', data, '');
  }

  private minutes(meetingDate: string): string {
    const r = this.random;
    const q = fiscalQuarterOf(meetingDate);
    const head = this.staff[0] as Staff;
    const date = addDays(meetingDate, r.int(1, 5));
    const agenda = r.sample(AGENDA_TOPICS, r.int(2, 5)).map((topic, i) => ({
      number: bnDigits(i + 1, 2),
      topic,
      discussion: paragraph(r, r.int(1, 3)),
      decisions: r.sample(DECISIONS, r.int(1, 2)).map((text) => ({
        text,
        implementedBy: r.pick(IMPLEMENTERS),
        ...(r.chance(0.3) ? { dueText: 'আগামী ১০ দিনের মধ্যে' } : {}),
      })),
    }));
    const data = {
      title: `সেবা প্রদান প্রতিশ্রুতি পরিবীক্ষণ কমিটির ${formatFiscalYearBn(q.fiscalYear)} অর্থবছরের ${formatQuarterBn(q.quarter)} সভার কার্যবিবরণী`,
      meetingKind: 'charter-monitoring',
      fiscalYear: q.fiscalYear,
      quarter: q.quarter,
      meetingNumber: q.quarter,
      meetingDate,
      meetingDatePrinted: formatGregorianDateBn(meetingDate),
      time: r.pick(TIMES),
      place: r.pick(PLACES),
      chair: { name: head.name, designation: head.designation },
      attendees: this.staff.slice(1).map((s) => ({ name: s.name, designation: s.designation })),
      agenda,
      ...this.letterParts(date, head, 'অনুলিপি: সদয় অবগতির জন্য'),
    } satisfies z.input<typeof minutesSchema>;
    const rows = agenda.flatMap((a) => a.decisions.map((d) => `| ${a.number} | ${d.text} | ${d.implementedBy} |`));
    const body = [
      paragraph(r, 2),
      '',
      '| ক্রম | সিদ্ধান্ত | বাস্তবায়নকারী |',
      '| --- | --- | --- |',
      ...rows,
      '',
      'আর কোন আলোচ্য বিষয় না থাকায় সভাপতি উপস্থিত সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।',
    ].join('\n');
    return documentFile('minutes', data, bodyAfterFrontmatter(body));
  }

  private order(date: string, orderKind: NonNullable<DocPlan['orderKind']>): string {
    const r = this.random;
    const [head, focal, alternate, member] = this.staff as [Staff, Staff, Staff, Staff];
    const subjects = {
      'monitoring-committee': 'সেবা প্রদান প্রতিশ্রুতি পরিবীক্ষণ কমিটি পুনর্গঠন',
      'focal-point': 'সেবা প্রদান প্রতিশ্রুতি বিষয়ক ফোকাল পয়েন্ট ও বিকল্প ফোকাল পয়েন্ট কর্মকর্তা মনোনয়ন',
      innovation: 'উদ্ভাবনী ধারণা/উদ্যোগ বাস্তবায়নের লক্ষ্যে ইনোভেশন টিম গঠন',
      other: 'দাপ্তরিক কার্যক্রম সুষ্ঠুভাবে সম্পাদনের লক্ষ্যে দায়িত্ব বণ্টন',
    } as const;
    const bare = (s: Staff) => ({ name: s.name, designation: s.designation, phone: s.phone, email: s.email });
    const appointments: OrderInput['appointments'] =
      orderKind === 'monitoring-committee'
        ? [
            { person: bare(head), role: 'committee-chair', roleText: 'সভাপতি', committee: 'charter-monitoring' },
            { person: bare(member), role: 'committee-member', roleText: 'সদস্য', committee: 'charter-monitoring' },
            { person: bare(alternate), role: 'committee-member', roleText: 'সদস্য', committee: 'charter-monitoring' },
            { person: bare(focal), role: 'committee-member-secretary', roleText: 'সদস্য সচিব', committee: 'charter-monitoring' },
          ]
        : orderKind === 'focal-point'
          ? [
              { person: bare(focal), role: 'focal-point', roleText: 'ফোকাল পয়েন্ট কর্মকর্তা' },
              { person: bare(alternate), role: 'alternate-focal-point', roleText: 'বিকল্প ফোকাল পয়েন্ট কর্মকর্তা' },
            ]
          : [];
    const data = {
      subject: subjects[orderKind],
      orderKind,
      appointments,
      ...this.letterParts(date, head, 'অনুলিপি অবগতি ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য প্রেরণ করা হলোঃ'),
    } satisfies z.input<typeof officeOrderSchema>;
    const table =
      appointments.length > 0
        ? [
            '',
            '| ক্রম | নাম ও পদবি | দায়িত্ব |',
            '| --- | --- | --- |',
            ...appointments.map((a, i) => `| ${bnDigits(i + 1)} | ${a.person.name}, ${a.person.designation} | ${a.roleText} |`),
            '',
          ]
        : [''];
    const body = [paragraph(r, 2), ...table, 'জনস্বার্থে জারিকৃত এ আদেশ অবিলম্বে কার্যকর হবে।'].join('\n');
    return documentFile('order', data, bodyAfterFrontmatter(body));
  }

  /** The parts every letter (minutes, orders) ends with, in schema order; draws memo number, Bangla date and distribution in that order. */
  private letterParts(date: string, head: Staff, distributionHeading: string) {
    return {
      memoNumber: this.memoNumber(date),
      date,
      banglaDatePrinted: this.banglaDate(date),
      gregorianDatePrinted: formatGregorianDateBn(date),
      signatory: { name: head.name, designation: head.designation },
      distributionHeading,
      distribution: this.distribution(),
    };
  }

  private distribution(): NonNullable<OrderInput['distribution']> {
    const r = this.random;
    const parent = this.parent?.nameBn ?? 'মন্ত্রিপরিষদ বিভাগ, বাংলাদেশ সচিবালয়, ঢাকা';
    const list: NonNullable<OrderInput['distribution']> = [
      { recipient: parent, purpose: 'information' },
      { recipient: `সংশ্লিষ্ট কর্মকর্তা (সকল), ${this.office.plan.nameBn}`, purpose: 'action' },
      { recipient: `আইসিটি ফোকাল পয়েন্ট, ${this.office.plan.nameBn}`, note: 'ওয়েবসাইটে প্রকাশের অনুরোধসহ', purpose: 'information-and-action' },
      { recipient: 'গার্ড ফাইল', purpose: 'information' },
    ];
    return list.slice(0, r.int(2, 4)).map((d, i) => ({ number: bnDigits(i + 1), ...d }));
  }
}

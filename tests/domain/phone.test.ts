import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { checkPhone, extractPhones, stripPhoneLabel } from '../../src/domain/phone.ts';
import { BD_PHONE_METADATA } from '../../src/domain/phone-metadata-bd.ts';

describe('checkPhone on the seed values', () => {
  it.each([
    ['০১৯২২৩৬৭২৩২', true, '+8801922367232', 'mobile'],
    ['ফোনঃ ০১৯২২৩৬৭২৩২', true, '+8801922367232', 'mobile'],
    ['মোবা: ০১৯২২৩৬৭২৩২', true, '+8801922367232', 'mobile'],
    ['০২-৪১০২৪০৭২', true, '+880241024072', 'landline'],
    ['০২৪৭৮৮৫৩৯০০', false, '+8802478853900', undefined],
    ['৯৫৪৫৪১৬', false, '+8809545416', undefined],
  ])('judges %j valid: %s (%s, %s)', (raw, valid, e164, kind) => {
    const result = checkPhone(raw);
    expect(result.raw).toBe(raw);
    expect(result.valid).toBe(valid);
    expect(result.e164).toBe(e164);
    expect(result.kind).toBe(kind);
    expect(result.problem === undefined).toBe(valid);
  });

  it('says a Dhaka number printed with one digit too many has 9 digits after 02', () => {
    expect(checkPhone('০২৪৭৮৮৫৩৯০০').problem).toMatch(/02 followed by 8 digits.*has 9 after 02/);
  });

  it('says a bare 7-digit local number has no area code', () => {
    expect(checkPhone('ফোন: ৯৫৪৫৪১৬').problem).toMatch(/no area code \(7 digits\)/);
  });
});

describe('checkPhone on other shapes', () => {
  it.each([
    ['+৮৮০ ১৯২২-৩৬৭২৩২', true, 'mobile'],
    ['+8801711223344', true, 'mobile'],
    ['008801711223344', true, 'mobile'],
    ['8801711223344', true, 'mobile'],
    ['01311-234567', true, 'mobile'],
    ['(02) 41024072', true, 'landline'],
    ['0721-772233', true, 'landline'],
    ['Tel: 02-41024072', true, 'landline'],
    ['০১৭১১১২৩৪৫', false, undefined],
    ['০১২২৩৩৪৪৫৫৬', false, undefined],
    ['০১৭১১', false, undefined],
    ['+44 20 7946 0958', false, undefined],
    ['not given', false, undefined],
    ['', false, undefined],
  ])('judges %j valid: %s', (raw, valid, kind) => {
    const result = checkPhone(raw);
    expect(result.valid).toBe(valid);
    expect(result.kind).toBe(kind);
    if (!valid) expect(result.problem).toBeTruthy();
  });

  it.each([
    ['০১৭১১১২৩৪৫', /mobile number has 11 digits.*has 10/],
    ['০১২২৩৩৪৪৫৫৬', /"012" is not an assigned Bangladesh mobile prefix/],
    ['+44 20 7946 0958', /not a Bangladesh number \(country code \+44/],
    ['not given', /contains letters/],
  ])('explains why %j is not valid', (raw, pattern) => {
    expect(checkPhone(raw).problem).toMatch(pattern);
  });

  it.each([
    ['ফোনঃ ০১৯', '০১৯'],
    ['মোবা: ০১৯', '০১৯'],
    ['মোবাইল নং- ০১৯', '০১৯'],
    ['Mobile: 019', '019'],
    ['মোঃ আলম', 'মোঃ আলম'],
  ])('strips the label from %j', (input, expected) => {
    expect(stripPhoneLabel(input)).toBe(expected);
  });
});

describe('extractPhones', () => {
  it.each([
    ['ফোনঃ ০১৯২২৩৬৭২৩২ alamiu@doict.gov.bd', ['০১৯২২৩৬৭২৩২']],
    ['ফোনঃ ০২-৪১০২৪০৭২ ইমেইলঃ dg@doict.gov.bd', ['০২-৪১০২৪০৭২']],
    ['ফোন: ৯৫৪৫৪১৬, ই-মেইল: lgcc2@lgd.gov.bd', ['৯৫৪৫৪১৬']],
    ['+৮৮০ ১৯২২ ৩৬৭২৩২ এবং 01711223344', ['+৮৮০ ১৯২২ ৩৬৭২৩২', '01711223344']],
    ['০১৯২২৩৬৭২৩২ ০১৭১১২২৩৩৪৪', ['০১৯২২৩৬৭২৩২', '০১৭১১২২৩৩৪৪']],
    ['(02) 41024072', ['(02) 41024072']],
    ['সন ১৪২৯ ০২-৪১০২৪০৭২', ['০২-৪১০২৪০৭২']],
    ['স্মারক ৫৮.০৪.০০০০.০২১.০৩.০২০-২২- ১০৩০', []],
    ['তারিখ ১৫/০৪/২০২৪ ২০২২-২০২৩ অর্থবছর 2023-03-23', []],
    ['১২৩৪৫ টাকা', []],
  ])('finds in %j the numbers %j', (text, expected) => {
    expect(extractPhones(text)).toEqual(expected);
  });
});

describe('the Bangladesh phone metadata', () => {
  it('is exactly the +880 slice of the installed libphonenumber-js max metadata', () => {
    const max = createRequire(import.meta.url)('libphonenumber-js/metadata.max.json') as {
      version: number;
      country_calling_codes: Record<string, string[]>;
      countries: Record<string, unknown>;
    };
    expect(BD_PHONE_METADATA).toEqual({
      version: max.version,
      country_calling_codes: { '880': max.country_calling_codes['880'] },
      countries: { BD: max.countries['BD'] },
      nonGeographic: {},
    });
  });
});

import { describe, expect, it } from 'vitest';
import { checkEmail, extractEmails } from '../../src/domain/email.ts';

describe('checkEmail', () => {
  it.each([
    ['aig.adm@prison.gov.bd'],
    ['lgcc2@lgd.gov.bd'],
    ['dg@doict.gov.bd'],
    ['abuzordoict@gmail.com'],
    ['first.last+tag@sub-domain.example.org'],
    [' dg@doict.gov.bd '],
    ['ইমেইলঃ dg@doict.gov.bd'],
  ])('accepts %j', (raw) => {
    expect(checkEmail(raw)).toEqual({ raw, valid: true });
  });

  it.each([
    ['alamiu@doict.gov.bd@gmail.com', /2 @ signs.*two addresses run together/],
    ['alamiu৫৬@gmail.com', /Bengali digits "৫৬".*Latin digits 0-9.*alamiu56@gmail\.com/],
    ['abc@gmail', /no top-level domain/],
    ['abc@gmail.c0m', /not a real top-level domain/],
    ['abc @gmail.com', /contains a space/],
    ['abc.gmail.com', /no @/],
    ['@gmail.com', /nothing comes before the @/],
    ['abc@', /nothing comes after the @/],
    ['a..b@gmail.com', /misplaced dot/],
    ['abc@gmail..com', /empty part/],
    ['abc@-gmail.com', /inner hyphens/],
    ['abc@gmail.com.', /ends with "\."/],
    ['আলম@gmail.com', /non-Latin characters/],
    ['', /empty/],
  ])('rejects %j, saying why', (raw, pattern) => {
    const result = checkEmail(raw);
    expect(result.raw).toBe(raw);
    expect(result.valid).toBe(false);
    expect(result.problem).toMatch(pattern);
  });
});

describe('extractEmails', () => {
  it.each([
    ['ফোনঃ ০১৯২২৩৬৭২৩২ alamiu@doict.gov.bd@gmail.com http://doict.bheramara.kushtia.gov.bd', ['alamiu@doict.gov.bd@gmail.com']],
    ['ফোনঃ ০১৯২২৩৬৭২৩২ alamiu৫৬@gmail.com http://doict.bheramara.kushtia.gov.bd/', ['alamiu৫৬@gmail.com']],
    ['ইমেইলঃdg@doict.gov.bd. ওয়েবপোর্টালঃ www.doict.gov.bd', ['dg@doict.gov.bd']],
    ['ই-মেইল: lgcc2@lgd.gov.bd।', ['lgcc2@lgd.gov.bd']],
    ['a@b.com, c@d.org; e@f.gov.bd', ['a@b.com', 'c@d.org', 'e@f.gov.bd']],
    ['কোনো ঠিকানা নেই', []],
  ])('finds in %j the addresses %j', (text, expected) => {
    expect(extractEmails(text)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { officeSchema } from '../../src/schemas/office.ts';

const office = (website: string) => officeSchema.safeParse({ name: { bn: 'নমুনা দপ্তর', en: 'Demo' }, kind: 'other', website });

describe('an office website', () => {
  it.each(['https://lgd.gov.bd', 'http://www.lgd.gov.bd/'])('accepts the web address %s', (website) => {
    expect(office(website).success).toBe(true);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://files.gov.bd', 'www.lgd.gov.bd'])(
    'refuses %s, which is not an http(s) web address',
    (website) => {
      expect(office(website).success).toBe(false);
    },
  );
});

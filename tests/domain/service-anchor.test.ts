import { describe, expect, it } from 'vitest';
import { serviceAnchor, serviceAnchors } from '../../src/domain/service-anchor.ts';

describe('serviceAnchor', () => {
  it.each([
    ['নামজারি ও জমাখারিজ', 'service-নামজারি-ও-জমাখারিজ'],
    ['  নামজারি   ও জমাখারিজ ', 'service-নামজারি-ও-জমাখারিজ'],
    ['ই-মেইল/ইন্টারনেট সেবা (ডিজিটাল সেন্টার)', 'service-ই-মেইল-ইন্টারনেট-সেবা-ডিজিটাল-সেন্টার'],
    ['Birth Registration', 'service-birth-registration'],
    ['সেবা ১০', 'service-সেবা-১০'],
    ['।।', 'service-unnamed'],
  ])('%s -> %s', (name, anchor) => {
    expect(serviceAnchor(name)).toBe(anchor);
  });

  it('gives the same anchor for the precomposed and the decomposed nukta letter, and ignores zero-width joiners', () => {
    expect(serviceAnchor('ভেড়ামারা\u200C সেবা')).toBe(serviceAnchor('ভে\u09A1\u09BCামারা সেবা'));
    expect(serviceAnchor('ভে\u09DCামারা সেবা')).toBe(serviceAnchor('ভেড়ামারা সেবা'));
  });

  it('cuts a very long name at a word boundary', () => {
    const long = Array.from({ length: 30 }, (_, i) => `শব্দ${i}`).join(' ');
    const anchor = serviceAnchor(long);
    expect([...anchor.slice('service-'.length)].length).toBeLessThanOrEqual(60);
    expect(anchor.endsWith('-')).toBe(false);
    expect(long.replace(/ /g, '-').startsWith(anchor.slice('service-'.length))).toBe(true);
  });
});

describe('serviceAnchors', () => {
  it('numbers repeated names in page order and leaves distinct names alone', () => {
    expect(serviceAnchors(['তথ্য প্রদান', 'নামজারি', 'তথ্য প্রদান', 'তথ্য  প্রদান'])).toEqual([
      'service-তথ্য-প্রদান',
      'service-নামজারি',
      'service-তথ্য-প্রদান-2',
      'service-তথ্য-প্রদান-3',
    ]);
  });
});

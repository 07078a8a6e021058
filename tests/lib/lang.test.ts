import { describe, expect, it } from 'vitest';
import { isEnglishText, langFor, rehypeLangParts } from '../../src/lib/lang.ts';

describe('language of parts', () => {
  it.each([
    ['Zoom Online Platform.', true],
    ['alamiu৫৬@gmail.com', true],
    ['ra.kushtia.gov.bd/', true],
    ['Prison Staff Carrier Planning & Monitoring System (PSCPMS);', true],
    ['অভিযোগ প্রতিকার ব্যবস্থাপনা (GRS)', false],
    ['০১৯২২৩৬৭২৩২', false],
    ['১.', false],
    ['', false],
  ])('reads %j as English: %s', (text, english) => {
    expect(isEnglishText(text)).toBe(english);
    expect(langFor(text)).toBe(english ? 'en' : undefined);
  });

  it('marks the outermost all-English element of a body, not English words inside Bengali sentences', () => {
    interface Node {
      type: string;
      tagName?: string;
      value?: string;
      properties?: Record<string, unknown>;
      children?: Node[];
    }
    const tree: Node & { children: Node[] } = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'td',
          properties: {},
          children: [{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: 'Prison Staff System' }] }],
        },
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'ই-কমার্স (E-Commerce System) চালু' }] },
        { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'text', value: 'code' }] },
      ],
    };
    rehypeLangParts()(tree);
    const [td, p, pre] = tree.children;
    expect(td?.properties).toEqual({ lang: 'en' });
    expect(td?.children?.[0]?.properties).toEqual({});
    expect(p?.properties).toEqual({});
    expect(pre?.properties).toEqual({});
  });
});

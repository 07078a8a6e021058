import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNICODE_RANGE, checkFonts, subsetText } from '../../scripts/subset-fonts.ts';
import { repoRoot } from '../support/paths.ts';

describe('the subset Bengali fonts', () => {
  it('are up to date with the installed @fontsource/noto-sans-bengali (else: npm run fonts:subset)', () => {
    expect(checkFonts(repoRoot)).toEqual([]);
  });

  it('keep the whole Bengali block, the dandas, ZWNJ/ZWJ and the dotted circle', () => {
    const text = subsetText();
    for (let c = 0x0980; c <= 0x09ff; c++) expect(text).toContain(String.fromCodePoint(c));
    for (const c of ['।', '॥', '\u200C', '\u200D', '◌']) expect(text).toContain(c);
  });

  it('are declared with the same unicode-range the script subsets to', () => {
    const css = fs.readFileSync(path.join(repoRoot, 'src/styles/fonts.css'), 'utf8');
    const ranges = [...css.matchAll(/unicode-range:\s*([^;]+);/g)].map((m) => m[1]?.replace(/\s+/g, ''));
    expect(ranges).toEqual([UNICODE_RANGE, UNICODE_RANGE]);
  });
});

import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { bnLocale } from '../../cms/locale-bn.ts';

/** Decap's English interface strings, read from the decap-cms-locales package the bundle was built with. */
function englishLocale(): Record<string, unknown> {
  const file = createRequire(import.meta.url).resolve('decap-cms-locales/src/en/index.js');
  const source = fs.readFileSync(file, 'utf8').replace(/export default en;\s*$/, 'return en;');
  return new Function(source)() as Record<string, unknown>;
}

function leaves(tree: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const p = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const [k, v] of leaves(value as Record<string, unknown>, p)) out.set(k, v);
    else out.set(p, String(value));
  }
  return out;
}

describe('the Bengali interface of the CMS', () => {
  const en = leaves(englishLocale());
  const bn = leaves(bnLocale);

  it("translates every string of Decap's English interface", () => {
    expect([...en.keys()].filter((k) => !bn.has(k))).toEqual([]);
    expect([...bn.keys()].filter((k) => !en.has(k))).toEqual([]);
  });

  it('is written in Bengali, keeping every %{placeholder} of the English string', () => {
    for (const [key, english] of en) {
      const bengali = bn.get(key)!;
      const placeholders = (s: string) => (s.match(/%\{\w+\}/g) ?? []).sort();
      expect(placeholders(bengali), key).toEqual(placeholders(english));
      if (/[A-Za-z]{3}/.test(english.replace(/%\{\w+\}/g, '')) && !['workflow.workflow.dateFormat'].includes(key)) {
        expect(bengali, key).toMatch(/[\u0980-\u09FF]/);
      }
    }
  });

  it('names the save, publish and delete buttons and the workflow states in Bengali', () => {
    expect(bn.get('editor.editorToolbar.save')).toBe('সংরক্ষণ করুন');
    expect(bn.get('editor.editorToolbar.publish')).toBe('প্রকাশ করুন');
    expect(bn.get('editor.editorToolbar.deleteEntry')).toBe('দলিল মুছুন');
    expect([bn.get('workflow.workflowList.draftHeader'), bn.get('workflow.workflowList.inReviewHeader'), bn.get('workflow.workflowList.readyHeader')]).toEqual([
      'খসড়া',
      'পর্যালোচনাধীন',
      'প্রস্তুত',
    ]);
    expect(bn.get('editor.editorControlPane.widget.required')).toBe('%{fieldLabel} দিতে হবে।');
  });
});

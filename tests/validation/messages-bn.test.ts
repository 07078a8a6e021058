/**
 * Every finding an editor can meet has its own Bengali problem and fix
 * (src/validation/messages-bn.ts), not only its code's sentence: the sample content,
 * the broken and hostile fixtures and a few made-up documents go through the build's
 * checks, and each finding must be said in its own words, in Bengali.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/content-model/load.ts';
import { validateDocument, validateTree } from '../../src/validation/index.ts';
import { editorMessage, isSaidExactly } from '../../src/validation/messages-bn.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { repoRoot } from '../support/paths.ts';

const BENGALI = /[\u0980-\u09FF]/;
const CHARTER = 'content/offices/doict-bheramara/charters/2024-04-15.mdx';

function findings(): Diagnostic[] {
  const trees = ['content', 'tests/fixtures/broken-content', 'tests/fixtures/hostile'].map(
    (dir) => validateTree(loadContentTree(path.join(repoRoot, dir))).diagnostics,
  );
  const charter = fs.readFileSync(path.join(repoRoot, CHARTER), 'utf8');
  const edits = [
    charter.replace('effectiveDate: 2024-04-15', 'effectiveDate: 2024-04-31'),
    charter.replace('effectiveDate: 2024-04-15', 'effectiveDate: ১৫/০৪/২০২৪'),
    charter.replace(/\nvision: .*\n/, '\n'),
    charter.replace(/kind: free/, 'kind: gift'),
    charter.replace(/kind: free\n(\s+)text: বিনামূল্যে/, 'kind: paid\n$1amount: ৫০০ টাকা\n$1text: ৫০০ টাকা'),
    charter.replace(/\nmission:/, '\nmisson: x\nmission:'),
  ];
  return [...trees.flat(), ...edits.flatMap((text) => validateDocument({ path: CHARTER, text }).diagnostics)];
}

describe('the Bengali words of a finding', () => {
  const all = findings();

  it('say every finding of the known codes in its own words, in Bengali', () => {
    expect(all.length).toBeGreaterThan(40);
    const unsaid = all.filter(
      (d) =>
        ['schema', 'unsafe-content', 'phone-invalid', 'email-invalid', 'memo-number-format', 'bangla-date-mismatch', 'reference'].includes(d.code) &&
        !isSaidExactly(d),
    );
    expect(unsaid.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
    for (const d of all) {
      const { problem, fix } = editorMessage(d);
      expect(problem, d.message).toMatch(BENGALI);
      expect(fix, d.message).toMatch(BENGALI);
    }
  });

  it.each([
    [{ code: 'schema', message: 'is required but missing (Name of the service (সেবার নাম))' }, 'এই ঘরটি পূরণ করা হয়নি।'],
    [
      { code: 'schema', message: 'expected a number (Amount in taka, ASCII digits; absent when it varies); found "৫০০ টাকা"' },
      'এখানে একটি সংখ্যা লাগবে, কিন্তু আছে "৫০০ টাকা"।',
    ],
    [{ code: 'schema', message: 'must be one of "free", "paid"; found "gift"' }, '""gift"" এখানে চলে না।'],
    [{ code: 'schema', message: 'needs at least 1 item (Agenda items)' }, 'এখানে অন্তত ১টি বিষয় লাগবে।'],
    [{ code: 'phone-invalid', message: '"০১৭১" is not a valid Bangladesh phone number: it has only 4 digits' }, '"০১৭১" বাংলাদেশের সঠিক ফোন নম্বর মনে হচ্ছে না।'],
    [
      { code: 'past-version', message: 'a published past version changed without a correction reason' },
      'প্রকাশিত পুরনো সংস্করণ বদলানো হয়েছে, কিন্তু সংশোধনের কারণ লেখা হয়নি।',
    ],
    [
      {
        code: 'schema',
        message:
          "a standard service's fee comes from the standard (doict/e-nothi-advice): remove it, or say why this office differs in deviation (citizens see the reason) (Fee and how to pay (সেবার মূল্য ও পরিশোধ পদ্ধতি)); found a group of fields",
      },
      'প্রমিত সেবার এই তথ্য প্রমিত সেবা থেকেই আসে।',
    ],
    [
      {
        code: 'standard-service',
        message:
          "there is no standard service doict/e-nothi (no file offices/doict/services/e-nothi.yaml): correct the reference, or write the service as the office's own (name, delivery, fee, time limit) instead of standard:.",
      },
      'প্রমিত সেবা "doict/e-nothi" পোর্টালে নেই।',
    ],
    [
      {
        code: 'standard-service',
        message:
          '"নামজারি (৬)" copies the standard service mol/namjari (নামজারি ও জমাখারিজ (মিউটেশন)) with a different fee "১১৫০ টাকা" (the standard: "১১৭০ টাকা"): use standard: mol/namjari with the office\'s own details, and state a deviation only if this office must differ',
      },
      '"নামজারি (৬)" প্রমিত সেবা "নামজারি ও জমাখারিজ (মিউটেশন)"-এর মতোই, কিন্তু মূল্য বা সময়সীমা আলাদা।',
    ],
    [{ code: 'a-code-from-elsewhere', message: 'anything' }, 'দলিলে একটি সমস্যা পাওয়া গেছে।'],
  ])('%o', (d, problem) => {
    expect(editorMessage(d).problem).toBe(problem);
  });
});

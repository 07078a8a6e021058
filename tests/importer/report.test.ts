/** The per-file report and the draft's note for the editor: pure functions, table-driven. */
import { describe, expect, it } from 'vitest';
import { collectionOf, draftBranchOf, draftLabel, draftMessage, draftSlug, withDraftNote } from '../../src/importer/draft.ts';
import { missingAndDoubtful, readFields, reportMarkdown, summarize, type InputReport } from '../../src/importer/report.ts';

const row = (over: Partial<InputReport>): InputReport => ({
  input: 'a.txt',
  kind: 'charter',
  kindDetected: true,
  outcome: 'complete',
  read: [],
  missing: [],
  doubtful: [],
  errors: 0,
  warnings: 0,
  written: true,
  ...over,
});

describe('drafts', () => {
  it.each([
    ['charters/07-truncated.txt', 'draft-07-truncated'],
    ['নাগরিক সনদ.pdf', expect.stringMatching(/^draft-[0-9a-z]+$/)],
    ['Scan 2019 (1).PNG', 'draft-scan-2019-1'],
  ])('slug of %s', (input, slug) => expect(draftSlug(input)).toEqual(slug));

  it('names collection, branch and label as the office admin does', () => {
    expect(collectionOf('lgd', 'minutes')).toBe('lgd__minutes');
    expect(draftBranchOf('lgd__minutes', '2021-07-28-innovation')).toBe('cms/lgd__minutes/2021-07-28-innovation');
    expect(draftLabel('lgd')).toBe('cms/lgd/draft');
  });

  it('lists what to complete and check, in the message and at the top of the frontmatter', () => {
    const message = draftMessage('content/x.mdx', 'in.txt', ['effectiveDate: not found (line 1)'], ['phone: "01" (line 9)']);
    expect(message.split('\n')[0]).toBe('খসড়া (আমদানি): content/x.mdx');
    expect(message).toContain('পূরণ করুন (missing, required):\n- effectiveDate: not found (line 1)');
    expect(message).toContain('যাচাই করুন (doubtful, check against the paper):\n- phone: "01" (line 9)');
    expect(withDraftNote('---\ntitle: x\n---\nbody\n', ['a\nb'], ['c'])).toBe(
      '---\n# খসড়া: আমদানি করা, অসম্পূর্ণ — প্রকাশের আগে পূরণ ও যাচাই করুন (draft: imported, incomplete)\n# পূরণ করুন: a b\n# যাচাই করুন: c\ntitle: x\n---\nbody\n',
    );
  });
});

describe('the report', () => {
  it('reads fields that hold something', () => {
    expect(readFields({ title: 'x', services: [1, 2], empty: '', none: undefined, list: [] })).toEqual(['title', 'services (2)']);
  });

  it('splits errors (missing) from warnings (doubtful), each once', () => {
    const d = (severity: 'error' | 'warning', field: string, line: number) => ({ file: 'f', line, field, severity, code: 'x', message: 'm' });
    expect(missingAndDoubtful([d('error', 'date', 1), d('error', 'date', 1), d('warning', 'phone', 3)])).toEqual({
      missing: ['date: m (line 1)'],
      doubtful: ['phone: m (line 3)'],
    });
  });

  it('counts and renders one row per file', () => {
    const reports = [
      row({}),
      row({
        input: 'b|c.pdf',
        outcome: 'draft',
        branch: 'cms/x__charters/y',
        path: 'content/y.mdx',
        ocrConfidence: 91.4,
        via: 'tesseract',
        missing: ['date (line 1)'],
      }),
      row({ input: 'd', outcome: 'refused', kind: null }),
    ];
    expect(summarize(reports)).toEqual({ files: 3, complete: 1, draft: 1, refused: 1 });
    const md = reportMarkdown('x', false, reports);
    expect(md).toContain('3 files: 1 complete, 1 as CMS drafts, 1 refused.');
    expect(md).toContain('| b\\|c.pdf | charter | CMS draft (OCR 91 %) | branch `cms/x__charters/y`: content/y.mdx | — | 1 |');
    expect(md).toContain('| d | ? | refused | — | — | 0 |');
    expect(md).toContain('## b|c.pdf\n\nText read with tesseract, mean OCR word confidence 91.4 %.\n\nMissing (to complete):\n\n- date (line 1)');
  });
});

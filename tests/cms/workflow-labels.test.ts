/**
 * One label per office entry in every admin: the importer's draft label, the
 * office's admin and the maintainers' admin agree, checked against Decap's own
 * label functions (decap-cms-lib-util/src/APIUtils.ts) and a backend that keeps
 * a label as Decap's GitHub backend keeps a pull request's
 * (decap-cms-backend-github/src/API.ts: setPullRequestStatus writes
 * statusToLabel(status, prefix); retrieveUnpublishedEntryData reads
 * labelToStatus of the first label isCMSLabel accepts; listUnpublishedBranches
 * keeps pull requests with such a label).
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error Decap ships no types for this file; the functions are one line each.
import { branchFromContentKey, generateContentKey, isCMSLabel, labelToStatus, statusToLabel } from 'decap-cms-lib-util/dist/esm/APIUtils.js';
import { generateConfig } from '../../cms/generate-config.ts';
import { withOfficeLabels, type WorkflowBackend } from '../../cms/workflow-labels.ts';
import { WORKFLOW_STATUSES, draftBranch, officeLabel, officeOfEntry, statusForBackend, statusForBoard } from '../../src/core/cms-workflow.ts';
import { collectionOf, draftBranchOf, draftLabel } from '../../src/importer/draft.ts';

const offices = [
  { id: 'doict-bheramara', name: 'ভেড়ামারা' },
  { id: 'doict', name: 'আইসিটি অধিদপ্তর' },
];
const prefixOf = (officeId?: string) =>
  (generateConfig({ offices, repo: 'owner/portal', ...(officeId ? { officeId } : {}) }) as { backend: { cms_label_prefix: string } }).backend.cms_label_prefix;
const OFFICE_ADMIN = prefixOf('doict-bheramara');
const NATIONAL_ADMIN = prefixOf();

/** A repository's pull requests as the GitHub backend sees them: branch → labels. */
function fakeGitHub(labels: Map<string, string[]>, prefix: string): WorkflowBackend & { listUnpublished(): string[] } {
  const branchOf = (collection: string, slug: string) => branchFromContentKey(generateContentKey(collection, slug)) as string;
  const setStatus = (branch: string, status: string) =>
    labels.set(branch, [...(labels.get(branch) ?? []).filter((l) => !isCMSLabel(l, prefix)), statusToLabel(status, prefix) as string]);
  return {
    listUnpublished: () => [...labels].filter(([, ls]) => ls.some((l) => isCMSLabel(l, prefix))).map(([b]) => b),
    async unpublishedEntry({ collection = '', slug = '' }) {
      const label = labels.get(branchOf(collection, slug))?.find((l) => isCMSLabel(l, prefix));
      if (!label) throw new Error('content is not under editorial workflow');
      return { collection, slug, status: labelToStatus(label, prefix) as string };
    },
    async persistEntry(entry, options) {
      setStatus(branchOf(options.collectionName ?? '', entry.dataFiles[0]?.slug ?? ''), options.status || 'draft');
    },
    async updateUnpublishedEntryStatus(collection, slug, status) {
      setStatus(branchOf(collection, slug), status);
    },
  };
}

describe('the names Decap gives an unpublished entry', () => {
  it('are the ones the importer writes', () => {
    const collection = collectionOf('doict-bheramara', 'charter');
    expect(collection).toBe('doict-bheramara__charters');
    expect(draftBranchOf(collection, '2024-04-15')).toBe(branchFromContentKey(generateContentKey(collection, '2024-04-15')));
    expect(draftBranch(collection, 'x')).toBe('cms/doict-bheramara__charters/x');
    expect(draftLabel('doict-bheramara')).toBe(statusToLabel('draft', OFFICE_ADMIN));
  });

  it.each([
    ['doict-bheramara__charters', '2024-04-15', 'doict-bheramara'],
    ['doict__orders', 'x', 'doict'],
    ['offices', 'doict-bheramara', 'doict-bheramara'],
    ['uploads', 'x', undefined],
  ])('entry %s/%s belongs to office %s', (collection, slug, office) => {
    expect(officeOfEntry(collection, slug)).toBe(office);
  });

  it.each(WORKFLOW_STATUSES.map((s) => [s]))('status %s round-trips in both admins through the office label', (status) => {
    for (const prefix of [OFFICE_ADMIN, NATIONAL_ADMIN]) {
      const onTheWire = statusToLabel(statusForBackend(prefix, 'doict-bheramara', status), prefix);
      expect(onTheWire).toBe(officeLabel('doict-bheramara', status));
      expect(statusForBoard(prefix, 'doict-bheramara', labelToStatus(onTheWire, prefix))).toBe(status);
    }
    // "doict" is a prefix of "doict-bheramara" as text, not as a label.
    expect(isCMSLabel(officeLabel('doict-bheramara', status), prefixOf('doict'))).toBe(false);
  });

  it('an older maintainers label (cms/draft) still reads as draft on the maintainers board', () => {
    expect(statusForBoard(NATIONAL_ADMIN, 'doict-bheramara', labelToStatus('cms/draft', NATIONAL_ADMIN))).toBe('draft');
  });
});

describe('an imported draft on both boards', () => {
  it('is listed and read as a draft by the office admin and the maintainers admin, and a status change in one shows in the other', async () => {
    const collection = collectionOf('doict-bheramara', 'order');
    const branch = draftBranchOf(collection, '2022-09-19-innovation');
    const labels = new Map([[branch, [draftLabel('doict-bheramara')]]]);
    const office = withOfficeLabels(fakeGitHub(labels, OFFICE_ADMIN), OFFICE_ADMIN);
    const national = withOfficeLabels(fakeGitHub(labels, NATIONAL_ADMIN), NATIONAL_ADMIN);
    const other = fakeGitHub(labels, prefixOf('doict'));

    expect(office.listUnpublished()).toEqual([branch]);
    expect(national.listUnpublished()).toEqual([branch]);
    expect(other.listUnpublished()).toEqual([]);
    const read = async (b: WorkflowBackend) => (await b.unpublishedEntry({ collection, slug: '2022-09-19-innovation' })).status;
    expect(await read(office)).toBe('draft');
    expect(await read(national)).toBe('draft');

    await national.updateUnpublishedEntryStatus?.(collection, '2022-09-19-innovation', 'pending_review');
    expect(labels.get(branch)).toEqual(['cms/doict-bheramara/pending_review']);
    expect(await read(office)).toBe('pending_review');

    await office.updateUnpublishedEntryStatus?.(collection, '2022-09-19-innovation', 'pending_publish');
    expect(await read(national)).toBe('pending_publish');

    // A new entry saved in the maintainers' admin carries the office's label too.
    await national.persistEntry({ dataFiles: [{ slug: '2024-01-01' }] }, { collectionName: collectionOf('doict-bheramara', 'charter'), useWorkflow: true });
    expect(labels.get('cms/doict-bheramara__charters/2024-01-01')).toEqual(['cms/doict-bheramara/draft']);
    // office.yaml (the offices collection, one file per office) as well.
    await national.persistEntry({ dataFiles: [{ slug: 'doict' }] }, { collectionName: 'offices', useWorkflow: true });
    expect(labels.get('cms/offices/doict')).toEqual(['cms/doict/draft']);
    expect(other.listUnpublished()).toEqual(['cms/offices/doict']);
  });
});

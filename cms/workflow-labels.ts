/**
 * One label per office entry, whichever admin is open (src/core/cms-workflow.ts
 * says why): wraps a Decap backend implementation (GitHub, or the local proxy
 * of `npm run cms`) so that the statuses it writes are the office's label and
 * the statuses it reads are the bare ones the workflow board groups by.
 *
 * Decap calls its backend through these three methods for the workflow
 * (decap-cms-core/src/backend.ts: unpublishedEntries → unpublishedEntry,
 * persistEntry with `status`, updateUnpublishedEntryStatus); the GitHub
 * backend turns the status into the pull request's label
 * (decap-cms-backend-github/src/API.ts, setPullRequestStatus), the local git
 * proxy into the branch description (decap-server, localGit). In an office's
 * admin the translation is the identity.
 */
import { officeOfEntry, statusForBackend, statusForBoard } from '../src/core/cms-workflow.ts';

interface UnpublishedEntry {
  collection: string;
  slug: string;
  status: string;
}

/** The part of a Decap backend implementation (decap-cms-lib-util's Implementation) the workflow labels go through. */
export interface WorkflowBackend {
  unpublishedEntry(args: { id?: string; collection?: string; slug?: string }): Promise<UnpublishedEntry>;
  persistEntry(entry: { dataFiles: { slug: string }[] }, options: { collectionName?: string; useWorkflow?: boolean; status?: string }): Promise<unknown>;
  updateUnpublishedEntryStatus?(collection: string, slug: string, newStatus: string): Promise<unknown>;
}

/** Decap's first workflow status, which a new entry gets when no status is passed. */
const INITIAL_STATUS = 'draft';

/** Wraps `impl` in place (its other methods untouched) and returns it. */
export function withOfficeLabels<T extends WorkflowBackend>(impl: T, adminPrefix: string): T {
  const unpublishedEntry = impl.unpublishedEntry.bind(impl);
  const persistEntry = impl.persistEntry.bind(impl);
  const updateStatus = impl.updateUnpublishedEntryStatus?.bind(impl);

  impl.unpublishedEntry = async (args) => {
    const entry = await unpublishedEntry(args);
    const office = officeOfEntry(entry.collection, entry.slug);
    return office && typeof entry.status === 'string' ? { ...entry, status: statusForBoard(adminPrefix, office, entry.status) } : entry;
  };
  impl.persistEntry = (entry, options) => {
    const slug = entry.dataFiles[0]?.slug;
    const office = options.collectionName && slug !== undefined ? officeOfEntry(options.collectionName, slug) : undefined;
    if (!options.useWorkflow || !office) return persistEntry(entry, options);
    return persistEntry(entry, { ...options, status: statusForBackend(adminPrefix, office, options.status || INITIAL_STATUS) });
  };
  if (updateStatus) {
    impl.updateUnpublishedEntryStatus = (collection, slug, newStatus) => {
      const office = officeOfEntry(collection, slug);
      return updateStatus(collection, slug, office ? statusForBackend(adminPrefix, office, newStatus) : newStatus);
    };
  }
  return impl;
}

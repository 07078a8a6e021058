/**
 * The semantic diff's public entry (scripts/diff.ts, the tests): what changed in meaning
 * between two content snapshots, in plain words. The parts live in src/domain/diff/:
 * compare (normalised comparison, pairing), one file per kind (office, charter, minutes,
 * order), snapshots (pairing files) and describe (sentences; the words are in src/i18n/strings.ts).
 */
export type { ChangeType, ContentChange, DiffReport, Lang } from './diff/types.ts';
export { normText, similarity } from './diff/compare.ts';
export { diffSnapshots } from './diff/snapshots.ts';
export { describeChange, formatDiffMarkdown, formatDiffText } from './diff/describe.ts';

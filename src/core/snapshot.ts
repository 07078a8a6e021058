/**
 * A content tree as plain data (what the semantic diff in src/domain compares). The
 * type is here, below the domain; reading one from files is src/content-model/snapshot.ts.
 */
import type { DocumentKind } from '../schemas/index.ts';

export interface SnapshotFile {
  /** Path under the content root, forward slashes: `offices/lgd/minutes/2021-07-28-x.mdx`. */
  path: string;
  officeId: string;
  kind: 'office' | DocumentKind | 'standard';
  /** Parsed YAML (frontmatter, office.yaml or a standard service); undefined when it does not parse. */
  data: unknown;
  body: string;
}

export type ContentSnapshot = SnapshotFile[];

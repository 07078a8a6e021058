/**
 * The shape of a build step (freshness gate, search index, CMS admin, offline support),
 * here below cms/ and scripts/ so both can implement it without importing each other.
 * scripts/lib/build-steps.ts re-exports it and lists the steps in order.
 */
import type { ContentTree } from './load.ts';

export interface BuildContext {
  repo: string;
  contentRoot: string;
  /** The folder Astro renders into (published to dist/ only when every step passed). */
  siteDir: string;
  /** The content tree the build already read, when it has (saves reading every file twice). */
  tree?: ContentTree;
}

export interface BuildStep {
  name: string;
  run(context: BuildContext): Promise<{ ok: true } | { ok: false; message: string }>;
}

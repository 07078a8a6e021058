/**
 * The shape of a build step: something the build runs that either passes or
 * stops the build with one message. The office builds and the national layer
 * (src/pipeline/) are the steps of `npm run build`; the freshness gate runs first.
 */
import type { ContentTree } from '../../src/content-model/load.ts';

export interface BuildContext {
  repo: string;
  contentRoot: string;
  /** The folder the build writes into (published only when every step passed). */
  siteDir: string;
  /** The content tree the build already read, when it has (saves reading every file twice). */
  tree?: ContentTree;
}

export interface BuildStep {
  name: string;
  run(context: BuildContext): Promise<{ ok: true } | { ok: false; message: string }>;
}

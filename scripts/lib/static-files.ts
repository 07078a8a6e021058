/** Moved to src/lib/static-files.ts (the CMS server and the browser tests share it; cms/ may not import scripts/). */
export * from '../../src/lib/static-files.ts';

/** Paths tests share. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The seed documents: beside the repository (../shared/seeds), or SEEDS_DIR for a worktree elsewhere. */
export const seedsDir = process.env['SEEDS_DIR'] ? path.resolve(process.env['SEEDS_DIR']) : path.resolve(repoRoot, '../shared/seeds');
/**
 * Where the global setup builds the sample site for site and browser tests. Each
 * test run gets its own folder (set in vitest.config.ts), so two runs at once
 * never read each other's half-built site.
 */
export const sampleSiteDir = process.env['PROTISHRUTI_SAMPLE_SITE'] ?? path.join(repoRoot, 'node_modules/.cache/protishruti-test/sample-site');
/** The Node that runs the project's scripts (Node 24 from the `node` devDependency). */
export const nodeBin = process.execPath;

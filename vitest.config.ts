import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// One sample-site folder per test run, inherited by the global setup and every worker.
process.env['PROTISHRUTI_SAMPLE_SITE'] ??= path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-test-')), 'sample-site');

/**
 * Three kinds of tests:
 * - unit: pure modules, schemas, validation, CLIs on fixtures (fast, parallel);
 * - site: read the sample site built once by the global setup, including browser tests in Chromium;
 * - build: build their own fixture sites (slow, one at a time).
 */
export default defineConfig({
  test: {
    // Vitest's default on a 2-core machine is one worker (cores - 1): most files wait on Chromium,
    // git or a child build as often as they compute, so two keep both cores busy.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/site/**', 'tests/browser/**', 'tests/build/**', 'node_modules/**'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/build-sample-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Chromium is heavy on a 2-core machine: at most two browser files at once.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

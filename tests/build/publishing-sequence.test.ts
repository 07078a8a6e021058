/**
 * Incremental publishing always equals a clean build (issue 25, item 4), on a seeded
 * random sequence of content changes over a small generated country: documents edited,
 * added, deleted and restored, office names and parents changed, an office removed and
 * brought back, the date moved past a quarter's end. After each step `build:office`
 * (`--all`, or every office by id as a CI shard builds them, in turn) + `build:national`
 * bring the published folder up to date and `deploy` sends it to a
 * remote; at the end the published folder must hold exactly the files and bytes of a
 * clean build of the same content into an empty folder (a stale office keeping its last
 * good pages is modelled: tests/support/publishing-sequence.ts), and the remote exactly
 * the published folder after every step.
 *
 * Small on purpose (five offices, three steps of four edits, every kind of edit drawn
 * once); `npm run bench:publishing` runs longer sequences compared after every step.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EDIT_KINDS, formatDifferences, runSequence } from '../support/publishing-sequence.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-publishing-sequence-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('incremental publishing', () => {
  it('leaves exactly what a clean build of the same content leaves, and the remote exactly that', async () => {
    const lines: string[] = [];
    const report = await runSequence({ seed: 'sequence-1', offices: 5, steps: 3, editsPerStep: 4, work, log: (line) => lines.push(line) });
    const log = lines.join('\n');
    // Every kind of edit was made (so the promise was tested against each of them).
    expect(Object.keys(report.kinds).sort(), log).toEqual(EDIT_KINDS.map((k) => k.name).sort());
    for (const step of report.steps) expect(formatDifferences(step.remoteDifferences), `remote after step ${step.step}\n${log}`).toBe('');
    const last = report.steps.at(-1);
    expect(last?.differences, log).toBeDefined();
    expect(formatDifferences(last?.differences ?? []), log).toBe('');
  }, 900_000);
});

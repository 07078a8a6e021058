/** The nightly national run: it reminds each office (with the repository's token) and is never failed by a stale office. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../support/paths.ts';

interface Workflow {
  on: { schedule?: { cron: string }[]; push?: unknown; pull_request?: unknown };
  permissions: Record<string, string>;
  jobs: Record<string, { if?: string; steps: { run?: string; env?: Record<string, string> }[] }>;
}
const workflow = parse(fs.readFileSync(path.join(repoRoot, '.github/workflows/freshness.yml'), 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

describe('the nightly freshness workflow', () => {
  it('runs every night (00:30 in Dhaka) and hourly to catch up, not on pushes (pr.yml checks those)', () => {
    expect(workflow.on.schedule?.map((s) => s.cron)).toEqual(['30 18 * * *', '45 * * * *']);
    expect(workflow.on.push).toBeUndefined();
    // The hourly runs only where a country's repository asks for them.
    expect(Object.values(workflow.jobs)[0]?.if).toBe("github.event.schedule != '45 * * * *' || vars.REMINDERS_CATCH_UP == 'true'");
  });

  it('sends the reminders with the repository token, allowed to write issues and nothing else', () => {
    expect(workflow.permissions).toEqual({ contents: 'read', issues: 'write' });
    const reminders = steps.find((s) => s.run?.includes('npm run --silent reminders'));
    expect(reminders?.env?.['GITHUB_TOKEN']).toBe('${{ secrets.GITHUB_TOKEN }}');
    expect(reminders?.run).toContain('--summary "$GITHUB_STEP_SUMMARY"');
  });

  it('has no step that fails because an office is stale (reminders exits 0 then: tests/reminders/sync.test.ts)', () => {
    for (const step of steps) expect(step.run ?? '').not.toMatch(/npm run (--silent )?freshness/);
  });
});

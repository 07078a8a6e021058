import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { repoRoot } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';

const CHARTER = 'content/offices/doict-bheramara/charters/2024-04-15.mdx';
const MINUTES = 'content/offices/prisons-directorate/minutes/2023-03-23-charter-monitoring-3.mdx';
const NEW_DECISION = 'প্রতিটি কারাগারের ফোকাল পয়েন্ট কর্মকর্তার নাম ও ছবি ওয়েব পোর্টালে প্রকাশ করা।';

const gitEnv = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' };
function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, env: { ...process.env, ...gitEnv }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** Rewrite a document's frontmatter through a YAML round trip (which also re-wraps and re-quotes it), editing it on the way. */
function editFrontmatter(file: string, edit: (doc: ReturnType<typeof parseDocument>) => void): void {
  const raw = fs.readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(raw)!;
  const doc = parseDocument(match[1]!);
  edit(doc);
  fs.writeFileSync(file, `---\n${String(doc)}---\n${raw.slice(match[0].length)}`);
}

describe('npm run diff on a branch that changes one fee and adds one decision', () => {
  let repo: string;
  let serviceName: string;

  beforeAll(() => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-diff-'));
    fs.cpSync(path.join(repoRoot, 'content'), path.join(repo, 'content'), { recursive: true });
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'content as published');
    git(repo, 'checkout', '-q', '-b', 'change-fee');

    editFrontmatter(path.join(repo, CHARTER), (doc) => {
      serviceName = String(doc.getIn(['services', 'citizen', 'services', 0, 'name']));
      doc.setIn(['services', 'citizen', 'services', 0, 'fee'], doc.createNode({ kind: 'paid', amount: 100, text: '১০০ টাকা', payment: 'ট্রেজারি চালান' }));
      // Field moves are not changes: put mission before vision.
      const vision = doc.get('vision');
      doc.delete('vision');
      doc.set('vision', vision);
    });
    editFrontmatter(path.join(repo, MINUTES), (doc) => {
      doc.addIn(['agenda', 0, 'decisions'], doc.createNode({ text: NEW_DECISION, implementedBy: 'সকল জেল সুপার' }));
    });
    // Whitespace is not a change: re-wrap a paragraph of the minutes' body.
    const minutes = path.join(repo, MINUTES);
    fs.writeFileSync(minutes, fs.readFileSync(minutes, 'utf8').replace('শুভেচ্ছা ও স্বাগত', 'শুভেচ্ছা   ও\nস্বাগত'));
    git(repo, 'commit', '-q', '-am', 'one fee, one decision');
  });

  it('lists exactly those two changes in JSON', async () => {
    const result = await runScript('diff', ['main', 'change-fee', '--format', 'json'], {}, repo);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { base: string; head: string; changes: Record<string, string>[] };
    expect(report.base).toBe('main');
    expect(report.changes).toEqual([
      {
        type: 'fee',
        officeId: 'doict-bheramara',
        file: 'offices/doict-bheramara/charters/2024-04-15.mdx',
        kind: 'charter',
        subject: serviceName,
        section: 'citizen',
        before: 'বিনামূল্যে',
        after: '১০০ টাকা · ট্রেজারি চালান',
        message: `সেবার মূল্য — «${serviceName}»: বিনামূল্যে → ১০০ টাকা · ট্রেজারি চালান`,
      },
      {
        type: 'decision-added',
        officeId: 'prisons-directorate',
        file: 'offices/prisons-directorate/minutes/2023-03-23-charter-monitoring-3.mdx',
        kind: 'minutes',
        subject: expect.stringContaining('সেবা প্রদান প্রতিশ্রুতি যথাযথভাবে হালনাগাদকরণ'),
        after: NEW_DECISION,
        field: 'সকল জেল সুপার',
        message: expect.stringContaining(`: ${NEW_DECISION} (বাস্তবায়নকারী: সকল জেল সুপার)`),
      },
    ]);
  });

  it('prints exactly those two changes in Bengali text by default', async () => {
    const result = await runScript('diff', ['main', 'change-fee'], {}, repo);
    expect(result.code).toBe(0);
    const bullets = result.stdout.split('\n').filter((l) => l.startsWith('  - '));
    expect(bullets).toEqual([
      `  - সেবার মূল্য — «${serviceName}»: বিনামূল্যে → ১০০ টাকা · ট্রেজারি চালান`,
      expect.stringMatching(/^ {2}- নতুন সিদ্ধান্ত — «.*»: প্রতিটি কারাগারের ফোকাল পয়েন্ট .* \(বাস্তবায়নকারী: সকল জেল সুপার\)$/),
    ]);
    expect(result.stdout).toContain('বিষয়বস্তুর পরিবর্তন main → change-fee (2)');
  });

  it('speaks English with --lang en and writes Markdown for the job summary', async () => {
    const result = await runScript('diff', ['main', 'change-fee', '--lang', 'en', '--format', 'markdown'], {}, repo);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('## Content changes (2)');
    expect(result.stdout).toContain(`- Fee — «${serviceName}»: বিনামূল্যে → ১০০ টাকা · ট্রেজারি চালান`);
    expect(result.stdout).toContain('### minutes — `offices/prisons-directorate/minutes/2023-03-23-charter-monitoring-3.mdx`');
  });

  it('compares with the working tree when no head ref is given, uncommitted edits included', async () => {
    git(repo, 'checkout', '-q', 'main');
    try {
      expect((await runScript('diff', ['main'], {}, repo)).stdout).toContain('অর্থগত কোনো পরিবর্তন নেই');
      fs.mkdirSync(path.join(repo, 'content/offices/lgd/orders'), { recursive: true });
      const order = path.join(repo, 'content/offices/lgd/orders/2024-05-02-focal-point.mdx');
      fs.writeFileSync(
        order,
        '---\nsubject: ফোকাল পয়েন্ট মনোনয়ন\norderKind: focal-point\nmemoNumber: ৪৬.০০.০০০০.০০০.০১.০০১.২৪-১\ndate: 2024-05-02\nsignatory:\n  name: জনাব ক\n---\n',
      );
      const result = await runScript('diff', ['main', '--lang', 'en'], {}, repo);
      expect(result.stdout.split('\n').filter((l) => l.startsWith('  - '))).toEqual([
        '  - New office order: «ফোকাল পয়েন্ট মনোনয়ন», dated 2024-05-02, memo ৪৬.০০.০০০০.০০০.০১.০০১.২৪-১',
      ]);
      fs.rmSync(order);
    } finally {
      git(repo, 'checkout', '-q', 'change-fee');
    }
  });

  it('against the working tree, never follows a link in the content (a media folder linked to / is not walked)', async () => {
    git(repo, 'checkout', '-q', 'main');
    const media = path.join(repo, 'content/offices/lgd/media');
    try {
      fs.symlinkSync('/', media);
      const started = performance.now();
      const result = await runScript('diff', ['main'], {}, repo);
      expect(performance.now() - started).toBeLessThan(15_000);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('অর্থগত কোনো পরিবর্তন নেই');
    } finally {
      fs.rmSync(media, { force: true });
      git(repo, 'checkout', '-q', 'change-fee');
    }
  });

  it('refuses an unknown ref with exit 2 and one line', async () => {
    const result = await runScript('diff', ['no-such-branch'], {}, repo);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`error: "no-such-branch" is not a commit, branch or tag in ${fs.realpathSync(repo)}`);
  });
});

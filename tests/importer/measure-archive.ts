/**
 * How much of the archive (tests/fixtures/import/archive/) an importer brings
 * in: each file run alone through `scripts/import.ts --dry-run --format json`
 * of the repository at ROOT (default: this one), classified as
 *   complete — no error: it would be written as content;
 *   draft    — errors, but with --draft it would be written as a CMS draft;
 *   wrong    — no error, but the kind, the date or the number of services
 *              differs from the truth (ARCHIVE_TRUTH): a silent misreading;
 *   refused  — nothing written.
 *
 *   node tests/importer/measure-archive.ts [--root DIR] [--no-draft] [--dir ARCHIVE]
 *
 * --root points at a checkout of another commit (e.g. the importer before
 * issue 17, extracted with `git archive`), to compare before and after.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { ARCHIVE_TRUTH } from './make-archive.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = path.resolve(opt('--root') ?? path.resolve(here, '../..'));
const dir = path.resolve(opt('--dir') ?? path.resolve(here, '../fixtures/import/archive'));
const useDraft = !args.includes('--no-draft');
const repo = path.resolve(here, '../..');

const files = fs
  .readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => path.join(e.parentPath, e.name))
  .sort();

// A git repository holding the office, as the portal's is: drafts are branches in it.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'measure-archive-'));
const contentRoot = path.join(scratch, 'content');
fs.mkdirSync(path.join(contentRoot, 'offices/doict-bheramara'), { recursive: true });
fs.copyFileSync(path.join(repo, 'content/offices/doict-bheramara/office.yaml'), path.join(contentRoot, 'offices/doict-bheramara/office.yaml'));
const git = (...a: string[]) => execFileSync('git', ['-c', 'user.email=m@example.invalid', '-c', 'user.name=measure', ...a], { cwd: scratch, stdio: 'ignore' });
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-q', '-m', 'office');

const supportsDraft = useDraft && fs.readFileSync(path.join(root, 'scripts/import.ts'), 'utf8').includes('--draft');
const rows: { file: string; outcome: 'complete' | 'wrong' | 'draft' | 'refused'; kind: string; errors: number }[] = [];
for (const file of files) {
  let out: string;
  try {
    out = execFileSync(
      path.join(repo, 'node_modules/.bin/node'),
      [
        path.join(root, 'scripts/import.ts'),
        file,
        '--office',
        'doict-bheramara',
        '--out',
        contentRoot,
        '--dry-run',
        '--format',
        'json',
        ...(supportsDraft ? ['--draft'] : []),
      ],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (error) {
    out = String((error as { stdout?: string }).stdout ?? '');
  }
  let json: { files?: { kind?: string; draft?: unknown; content?: string }[]; diagnostics?: { severity: string }[]; kind?: string | null } = {};
  try {
    json = JSON.parse(out);
  } catch {
    /* a crash: refused */
  }
  const errors = (json.diagnostics ?? []).filter((d) => d.severity === 'error').length;
  const planned = json.files ?? [];
  let outcome: (typeof rows)[number]['outcome'] = planned.some((f) => f.draft) ? 'draft' : planned.length && !errors ? 'complete' : 'refused';
  const truth = ARCHIVE_TRUTH[path.relative(dir, file).split(path.sep).join('/')];
  if (outcome === 'complete' && truth) {
    const data = (YAML.parse(/^---\n([\s\S]*?)\n---/.exec(planned[0]?.content ?? '')?.[1] ?? '') ?? {}) as Record<string, unknown>;
    const date = data['effectiveDate'] ?? data['meetingDate'] ?? data['date'];
    const services = data['services'] as Record<string, { services?: unknown[] }> | undefined;
    const serviceCount = services ? Object.values(services).reduce((n, s) => n + (s?.services?.length ?? 0), 0) : undefined;
    if (planned[0]?.kind !== truth.kind || (truth.date && date !== truth.date) || (truth.services !== undefined && serviceCount !== truth.services))
      outcome = 'wrong';
  }
  rows.push({ file: path.relative(dir, file), outcome, kind: String(planned[0]?.kind ?? json.kind ?? '-'), errors });
}
fs.rmSync(scratch, { recursive: true, force: true });

const count = (o: string) => rows.filter((r) => r.outcome === o).length;
const pct = (n: number) => `${Math.round((100 * n) / rows.length)} %`;
const lines = [
  `| file | kind | outcome | errors |`,
  `|---|---|---|---|`,
  ...rows.map((r) => `| ${r.file} | ${r.kind} | ${r.outcome} | ${r.errors} |`),
  '',
  `${rows.length} files: ${count('complete')} complete (${pct(count('complete'))}), ${count('wrong')} misread without an error (${pct(count('wrong'))}), ${count('draft')} drafts (${pct(count('draft'))}), ${count('refused')} refused (${pct(count('refused'))})`,
];
process.stdout.write(`${lines.join('\n')}\n`);

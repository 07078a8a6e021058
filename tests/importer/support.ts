/** A throwaway content root with the sample offices' office.yaml, for importing into with --out. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../support/paths.ts';

export const SAMPLE_OFFICES = ['prisons-directorate', 'divcom-rangpur', 'doict-bheramara', 'lgd'] as const;

/** A fresh temp content root holding only `offices/<id>/office.yaml` of the sample offices. */
export function tempContentRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-import-'));
  for (const id of SAMPLE_OFFICES) {
    fs.mkdirSync(path.join(root, 'offices', id), { recursive: true });
    fs.copyFileSync(path.join(repoRoot, 'content/offices', id, 'office.yaml'), path.join(root, 'offices', id, 'office.yaml'));
  }
  return root;
}

/** Every file under a folder, relative, sorted: to prove nothing was written. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** A file in a temp folder with the given content, returning its path. */
export function tempInput(name: string, content: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-input-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

export interface ImportJson {
  kind: string | null;
  office: string;
  dryRun: boolean;
  written: boolean;
  files: { input: string; kind: string; kindDetected: boolean; path: string; action: string; written: boolean; content?: string }[];
  diagnostics: { file: string; line: number; field: string; severity: string; code: string; message: string }[];
}

/**
 * A throwaway git repository holding `content/offices/<office>/office.yaml`, committed on
 * main, as the portal's repository is when `--draft` writes CMS draft branches into it.
 */
export function tempGitContent(office: string): { repo: string; git(...args: string[]): string } {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-draft-'));
  fs.mkdirSync(path.join(repo, 'content/offices', office), { recursive: true });
  fs.copyFileSync(path.join(repoRoot, 'content/offices', office, 'office.yaml'), path.join(repo, 'content/offices', office, 'office.yaml'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.invalid', '-c', 'user.name=test', ...args], { cwd: repo, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'content as in the repository');
  return { repo, git };
}

/** A throwaway content root with the sample offices' office.yaml, for importing into with --out. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../support/paths.ts';

/** Every office of the sample content (the importer's tests import into a copy of their office.yaml). */
export const SAMPLE_OFFICES = fs
  .readdirSync(path.join(repoRoot, 'content/offices'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

/**
 * A fresh temp content root holding the sample offices' `office.yaml` and the standard
 * services they set (`services/`: the importer matches charter rows to them), no documents.
 */
export function tempContentRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-import-'));
  for (const id of SAMPLE_OFFICES) {
    fs.mkdirSync(path.join(root, 'offices', id), { recursive: true });
    fs.copyFileSync(path.join(repoRoot, 'content/offices', id, 'office.yaml'), path.join(root, 'offices', id, 'office.yaml'));
    const standards = path.join(repoRoot, 'content/offices', id, 'services');
    if (fs.existsSync(standards)) fs.cpSync(standards, path.join(root, 'offices', id, 'services'), { recursive: true });
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

/** poppler-utils and Tesseract are installed (.ci/run installs them; the OCR tests skip without them). */
export const haveOcrTools = ['pdftotext', 'pdftoppm', 'tesseract'].every((tool) => {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

/** An office order the importer reads without an error: the CLI, write and full-disk tests import it. */
export const CLEAN_ORDER = [
  'স্মারক নং: ৫৮.০৪.০০০০.০২১.০৩.০২০.২৪-১২',
  'তারিখ: ০১ কার্তিক ১৪৩১',
  '১৬ অক্টোবর ২০২৪',
  '',
  '## অফিস আদেশ',
  '',
  'বিষয়: সেবা প্রদান প্রতিশ্রুতি বিষয়ক ফোকাল পয়েন্ট কর্মকর্তা মনোনয়ন।',
  '',
  'সেবা প্রদান প্রতিশ্রুতি বাস্তবায়নের জন্য নিম্নবর্ণিত কর্মকর্তাকে ফোকাল পয়েন্ট মনোনয়ন করা হলো।',
  '',
  'জনাব মোঃ রহিম উদ্দিন, সহকারী পরিচালক, কারা অধিদপ্তর\tফোকাল পয়েন্ট',
  'জনাব মোছাঃ সালমা খাতুন, সিনিয়র সহকারী সচিব, কারা অধিদপ্তর\tবিকল্প ফোকাল পয়েন্ট',
  '',
  'মোঃ আবরার হোসেন',
  'অতিরিক্ত কারা মহাপরিদর্শক',
  '',
  'বিতরণ:',
  '১. সকল শাখা প্রধান, কারা অধিদপ্তর।',
  '২. গার্ড ফাইল',
].join('\n');

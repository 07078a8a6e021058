/** Run one of the project's scripts the way a user does, capturing its output and exit code. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { nodeBin, repoRoot } from './paths.ts';

export interface ScriptResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node scripts/<name>.ts ...args` with extra environment; never throws on a non-zero exit. */
export function runScript(name: string, args: string[] = [], env: Record<string, string | undefined> = {}, cwd = repoRoot): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBin, [path.join(repoRoot, 'scripts', `${name}.ts`), ...args], {
      cwd,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

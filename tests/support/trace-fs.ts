/**
 * Preloaded with `node --import` to record every path a script touches through node:fs
 * (read, opened, listed, stat'ed), one `call path` line each, into TRACE_FS_FILE when it
 * exits. How the tests prove a command about one office reads no other office's files.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

const out = process.env['TRACE_FS_FILE'];
const seen = new Set<string>();
const record = (call: string, target: unknown) => {
  if (typeof target === 'string') seen.add(`${call} ${path.resolve(target)}`);
  else if (target instanceof URL) seen.add(`${call} ${target.pathname}`);
  else if (Buffer.isBuffer(target)) seen.add(`${call} ${path.resolve(target.toString())}`);
};
const calls = ['readFileSync', 'openSync', 'readdirSync', 'opendirSync', 'statSync', 'lstatSync', 'existsSync', 'accessSync', 'realpathSync'] as const;
const target = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
for (const call of calls) {
  const original = target[call] as ((...args: unknown[]) => unknown) & { native?: unknown };
  const traced = Object.assign(
    function (this: unknown, file: unknown, ...rest: unknown[]) {
      record(call, file);
      return original.call(this, file, ...rest);
    },
    original.native ? { native: original.native } : {},
  );
  target[call] = traced;
}
const promises = fs.promises as unknown as Record<string, (...args: unknown[]) => unknown>;
for (const call of ['readFile', 'open', 'readdir', 'stat', 'lstat', 'opendir'] as const) {
  const original = promises[call] as (...args: unknown[]) => unknown;
  promises[call] = function (this: unknown, file: unknown, ...rest: unknown[]) {
    record(`promises.${call}`, file);
    return original.call(this, file, ...rest);
  };
}
syncBuiltinESMExports();
if (out) process.on('exit', () => fs.appendFileSync(out, [...seen].map((line) => `${line}\n`).join('')));

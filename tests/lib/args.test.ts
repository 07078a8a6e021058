import { describe, expect, it } from 'vitest';
import { parseArgs, type FlagSpec } from '../../scripts/lib/args.ts';

const spec: Record<string, FlagSpec> = {
  format: { value: true, choices: ['text', 'json'] },
  office: { value: true, repeat: true },
  'dry-run': {},
};

describe('parseArgs (scripts/lib/args.ts over node:util parseArgs)', () => {
  it.each([
    { argv: ['a.docx', '--format', 'json'], flags: { format: 'json' }, positionals: ['a.docx'] },
    { argv: ['--format=text'], flags: { format: 'text' }, positionals: [] },
    { argv: ['--office', 'lgd', '--office=dc-dhaka'], flags: { office: ['lgd', 'dc-dhaka'] }, positionals: [] },
    { argv: ['--dry-run', 'x'], flags: { 'dry-run': true }, positionals: ['x'] },
    { argv: ['--', '--format', 'y'], flags: {}, positionals: ['--format', 'y'] },
    { argv: ['-', '-5', '-ab'], flags: {}, positionals: ['-', '-5', '-ab'] },
  ])('reads $argv', ({ argv, flags, positionals }) => {
    expect(parseArgs(argv, spec)).toEqual({ flags, positionals });
  });

  it.each([
    { argv: ['--nope'], message: 'unknown option --nope (known: --format, --office, --dry-run)' },
    { argv: ['--format'], message: '--format needs a value' },
    { argv: ['--office', '--dry-run'], message: '--office needs a value' },
    { argv: ['--format', 'xml'], message: '--format must be one of text, json; got "xml"' },
  ])('refuses $argv with one plain sentence', ({ argv, message }) => {
    expect(() => parseArgs(argv, spec)).toThrow(message);
  });
});

/**
 * npm run editor-report -- --office ID [--office ID]... | --changed-since REF
 *
 * The pull request check's report for office editors, in Bengali Markdown: for each office
 * the change touches, what the build refuses (each with the form's name of the field, the
 * problem and the fix) and what it only warns about. CI writes it to the job summary and
 * posts the commit status `protishruti/check` linking to it, which the admin shows on the
 * draft (cms/admin/after-save.ts). Exit 1 when anything is refused, 0 otherwise.
 */
import { execFileSync } from 'node:child_process';
import { checkOffice } from '../cms/office-checks.ts';
import { contentRoot, officeOfContentPath } from '../src/content-model/paths.ts';
import { toBengaliDigits } from '../src/domain/bengali-digits.ts';
import { readOfficeDirectory } from '../src/content-model/office-directory.ts';
import { parseArgs, runCli, UsageError } from './lib/args.ts';

await runCli(() => {
  const { flags, positionals } = parseArgs(process.argv.slice(2), { office: { value: true, repeat: true }, 'changed-since': { value: true } });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const root = contentRoot();
  const directory = readOfficeDirectory(root);
  let offices = (flags['office'] as string[] | undefined) ?? [];
  const since = flags['changed-since'];
  if (typeof since === 'string') {
    const changed = execFileSync('git', ['diff', '--name-only', `${since}...HEAD`, '--', 'content/offices'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    offices = [...new Set([...offices, ...changed.map((f) => officeOfContentPath(f)).filter(Boolean)])];
  }
  if (!offices.length && typeof since !== 'string') throw new UsageError('give --office ID (repeatable) or --changed-since REF');
  const lines = ['## দপ্তরের সম্পাদকদের জন্য: পোর্টালের যাচাই', ''];
  let refused = 0;
  for (const office of offices.sort()) {
    const name = directory.get(office)?.name.bn ?? office;
    if (!directory.has(office)) {
      lines.push(`### ${name}`, '', 'দপ্তরটি এই পরিবর্তনে সরানো হয়েছে।', '');
      continue;
    }
    const { errors, warnings } = checkOffice({ repoDir: process.cwd(), contentRoot: root }, office);
    refused += errors.length;
    lines.push(
      `### ${name}`,
      '',
      errors.length ? `**প্রকাশ হবে না: ${toBengaliDigits(errors.length)}টি সমস্যা ঠিক করতে হবে।**` : '**যাচাই সফল: এই দপ্তরের পরিবর্তন প্রকাশ করা যাবে।**',
      '',
    );
    const item = (r: { file: string; label: string; problem: string; fix: string }) =>
      `- ${r.label ? `**${r.label}**: ` : ''}${r.problem} ${r.fix}${r.file ? ` (\`${r.file}\`)` : ''}`;
    lines.push(...errors.map(item));
    if (warnings.length)
      lines.push(
        '',
        `<details><summary>সতর্কতা (${toBengaliDigits(warnings.length)}টি): প্রকাশে বাধা নেই, তবে দেখে নিন</summary>`,
        '',
        ...warnings.map(item),
        '',
        '</details>',
      );
    lines.push('');
  }
  if (!offices.length) lines.push('এই পরিবর্তনে কোনো দপ্তরের বিষয়বস্তু বদলায়নি।', '');
  process.stdout.write(`${lines.join('\n')}\n`);
  return refused ? 1 : 0;
});

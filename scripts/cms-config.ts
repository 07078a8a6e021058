/**
 * npm run cms:config [-- --office ID] [--locale bn|en] [--out FILE]: print (or write) the Decap CMS
 * config generated from the zod schemas: the national admin's, or one office's.
 */
import fs from 'node:fs';
import { backendFromEnv, readOffices } from '../cms/build-admin.ts';
import { generateConfig } from '../cms/generate-config.ts';
import { contentRoot } from '../src/content-model/paths.ts';
import { parseArgs, runCli, UsageError } from './lib/args.ts';

await runCli(() => {
  const { flags, positionals } = parseArgs(process.argv.slice(2), {
    office: { value: true },
    locale: { value: true, choices: ['bn', 'en'] },
    out: { value: true },
  });
  if (positionals.length)
    throw new UsageError(`unexpected argument "${positionals[0]}" (usage: npm run cms:config [-- --office ID] [--locale bn|en] [--out FILE])`);
  const offices = readOffices(contentRoot());
  const officeId = flags['office'] as string | undefined;
  if (officeId !== undefined && !offices.some((o) => o.id === officeId)) {
    throw new UsageError(`--office "${officeId}" is not an office folder under content/offices (known: ${offices.map((o) => o.id).join(', ')})`);
  }
  const config = generateConfig({
    ...backendFromEnv(),
    offices,
    locale: (flags['locale'] as 'bn' | 'en' | undefined) ?? 'bn',
    ...(officeId ? { officeId } : {}),
  });
  const json = `${JSON.stringify(config, null, 2)}\n`;
  if (typeof flags['out'] === 'string') fs.writeFileSync(flags['out'], json);
  else process.stdout.write(json);
  return 0;
});

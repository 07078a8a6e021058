import fs from 'node:fs';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
for (const f of process.argv.slice(2)) {
  const raw = fs.readFileSync(f, 'utf8');
  const body = raw.split('\n---\n').slice(1).join('\n---\n');
  try {
    await compile(body, { remarkPlugins: [remarkGfm] });
    console.log('ok', f);
  } catch (e) {
    console.log('FAIL', f, (e as Error).message);
  }
}

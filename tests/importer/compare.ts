/** Semantic comparison of two content files: frontmatter after schema parsing, body modulo whitespace. */
import fs from 'node:fs';
import YAML from 'yaml';
import { DOCUMENT_KINDS, type DocumentKind } from '../../src/schemas/index.ts';

export interface ReadContent {
  data: unknown;
  body: string;
}

export function readContent(kind: DocumentKind, file: string): ReadContent {
  const raw = fs.readFileSync(file, 'utf8');
  const lines = raw.split('\n');
  const end = lines.indexOf('---', 1);
  if (lines[0] !== '---' || end < 0) throw new Error(`${file}: no frontmatter`);
  return {
    data: DOCUMENT_KINDS[kind].schema.parse(YAML.parse(lines.slice(1, end).join('\n'))),
    body: lines
      .slice(end + 1)
      .join('\n')
      .replace(/\s+/g, ' ')
      .trim(),
  };
}

/** Differences as readable lines, empty when equal. */
export function differences(got: unknown, want: unknown, at = ''): string[] {
  if (JSON.stringify(got) === JSON.stringify(want)) return [];
  if (got && want && typeof got === 'object' && typeof want === 'object') {
    const keys = new Set([...Object.keys(got), ...Object.keys(want)]);
    return [...keys].flatMap((k) =>
      differences((got as Record<string, unknown>)[k], (want as Record<string, unknown>)[k], Array.isArray(got) ? `${at}[${k}]` : at ? `${at}.${k}` : k),
    );
  }
  return [`${at}: got ${JSON.stringify(got)}, sample has ${JSON.stringify(want)}`];
}

// Run directly: node tests/importer/compare.ts KIND GOT WANT
if (process.argv[1] && import.meta.filename === fs.realpathSync(process.argv[1])) {
  const [kind, a, b] = process.argv.slice(2) as [DocumentKind, string, string];
  const x = readContent(kind, a);
  const y = readContent(kind, b);
  for (const d of differences(x.data, y.data)) console.log(d);
  if (x.body !== y.body) console.log(`BODY differs\n got: ${x.body}\nwant: ${y.body}`);
}

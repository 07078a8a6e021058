/**
 * Fuzzing: the sample content, mutated the ways a careless editor, a broken
 * export or an attacker would (bytes, YAML structure, Unicode, frontmatter value
 * types), and random documents, fed to the validator, the importer, the diff and
 * the freshness rules. For every input: no exception (a person reads a message,
 * never a stack trace), an answer within a fixed time budget, the same answer
 * twice, and for the importer no write when it refuses.
 *
 * Fixed seed and run counts, so CI is repeatable and the file stays well under
 * 30 s on a 2-core machine. A longer run: FUZZ_RUNS=20 (multiplies every run
 * count) and FUZZ_SEED=<n> (another seed); see docs/maintainers.md. A failure
 * prints fast-check's seed and path, which replay it exactly.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFreshnessPolicy } from '../../src/content-model/freshness-policy.ts';
import { freshnessOfficesFromTree } from '../../src/validation/freshness-offices.ts';
import { loadContentTree } from '../../src/content-model/load.ts';
import { snapshotFromTexts } from '../../src/content-model/snapshot.ts';
import { describeChange, diffSnapshots, formatDiffMarkdown, formatDiffText } from '../../src/domain/charter-diff.ts';
import { evaluateOffices, quarterGrid } from '../../src/domain/freshness/index.ts';
import { importFile } from '../../src/importer/index.ts';
import type { Diagnostic } from '../../src/validation/diagnostic.ts';
import { validateTree } from '../../src/validation/index.ts';
import { repoRoot } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';

const SEED = Number(process.env['FUZZ_SEED'] ?? 16);
const SCALE = Math.max(1, Number(process.env['FUZZ_RUNS'] ?? 1));
const runs = (n: number) => ({ seed: SEED, numRuns: Math.round(n * SCALE), endOnFailure: true });
/** Longest any one call may take on one input; the slowest seen on the sample is about a tenth of this. */
const BUDGET_MS = 2000;
/** The fuzz tests' own time limit: runs scale with FUZZ_RUNS. */
const TIMEOUT = 120_000 * SCALE;

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});
function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

// ---------------------------------------------------------------- inputs

const CONTENT = path.join(repoRoot, 'content');
/** Every sample content file, by path under the content root. */
const SAMPLE: { path: string; text: string }[] = (fs.readdirSync(CONTENT, { recursive: true, withFileTypes: true }) as fs.Dirent[])
  .filter((e) => e.isFile() && /\.(ya?ml|mdx?)$/.test(e.name))
  .map((e) => {
    const absolute = path.join(e.parentPath, e.name);
    return { path: path.relative(CONTENT, absolute).split(path.sep).join('/'), text: fs.readFileSync(absolute, 'utf8') };
  })
  .sort((a, b) => a.path.localeCompare(b.path));

const IMPORT_FIXTURES = [
  'charter-8-columns.md',
  'charter-guideline.txt',
  'charter-page.html',
  'minutes-attendees.txt',
  'minutes-sections.txt',
  'order-committee.txt',
  'order-focal-point.txt',
].map((name) => ({ name, text: fs.readFileSync(path.join(repoRoot, 'tests/fixtures/import', name), 'utf8') }));

/** YAML that means something to a parser: anchors, aliases, flow and block markers, tags, directives. */
const YAML_TOKENS = [
  '&a ',
  '*a',
  '&b [*a, *a, *a, *a]',
  '*b',
  '[',
  ']',
  '{',
  '}',
  ': ',
  '- ',
  '? ',
  '|\n',
  '>-\n',
  '---\n',
  '...\n',
  '!!binary ',
  '!!js/function ',
  '!!python/object ',
  '<<: *a\n',
  '\t',
  '# ',
  '"',
  "'",
  '\n',
  '    ',
  '%YAML 1.1\n',
  '@',
  '`',
  'null',
  '~',
  '.inf',
  '0x1F',
  '2024-13-45',
  'yes',
  'on',
  '=',
  '!',
  '&',
  '*',
];
/** Characters that make shown text differ from stored text, or that break decoders. */
const UNICODE = [
  '\u202E',
  '\u202D',
  '\u2066',
  '\u2069',
  '\u200E',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u0000',
  '\u0007',
  '\u001B',
  '\uD800',
  '\uDFFF',
  '\u{1F600}',
  '\u0301',
  'ক্ষ',
  '১২৩',
  '\u09CD',
  '\u2028',
  '\u2029',
  '\r',
  '\u0085',
  '\u{E0041}',
  '\uFFFD',
  'İ',
  'ß',
  '\u0BCD',
  '\u200F\u202B',
  'র‍্য',
];

type Mutation = (text: string) => string;

const at = (text: string, position: number) => position % (text.length + 1);

const byteMutation: fc.Arbitrary<Mutation> = fc
  .array(fc.record({ op: fc.constantFrom('insert', 'delete', 'replace'), position: fc.nat(), bytes: fc.uint8Array({ maxLength: 12 }) }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((edits) => (text: string) => {
    let bytes = Buffer.from(text, 'utf8');
    for (const { op, position, bytes: b } of edits) {
      const p = position % (bytes.length + 1);
      const extra = Buffer.from(b);
      if (op === 'insert') bytes = Buffer.concat([bytes.subarray(0, p), extra, bytes.subarray(p)]);
      else if (op === 'delete') bytes = Buffer.concat([bytes.subarray(0, p), bytes.subarray(p + 1 + extra.length)]);
      else bytes = Buffer.concat([bytes.subarray(0, p), extra, bytes.subarray(p + extra.length)]);
    }
    // The loader reads files as UTF-8, so broken sequences become U+FFFD exactly as they would on disk.
    return bytes.toString('utf8');
  });

const tokenMutation = (tokens: string[]): fc.Arbitrary<Mutation> =>
  fc
    .array(fc.record({ token: fc.constantFrom(...tokens), position: fc.nat(), lineStart: fc.boolean() }), { minLength: 1, maxLength: 6 })
    .map((edits) => (text: string) => {
      let out = text;
      for (const { token, position, lineStart } of edits) {
        let p = at(out, position);
        if (lineStart) p = out.lastIndexOf('\n', p - 1) + 1;
        out = out.slice(0, p) + token + out.slice(p);
      }
      return out;
    });

const anyUnicode: fc.Arbitrary<Mutation> = fc.record({ text: fc.string({ unit: 'binary', maxLength: 40 }), position: fc.nat() }).map(
  ({ text, position }) =>
    (s: string) =>
      s.slice(0, at(s, position)) + text + s.slice(at(s, position)),
);

/** A value of any YAML type, for replacing a frontmatter value. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    null,
    true,
    0,
    -1,
    1e308,
    '',
    ' ',
    '2024-02-30',
    '২০২৪-০৪-১৫',
    'javascript:alert(1)',
    '<script>x</script>',
    '../../etc/passwd',
    'media/../../x.jpg',
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 30 }),
);

/** Replace or delete one value in the frontmatter (or office.yaml) by its path, keeping the rest of the file. */
const typeMutation: fc.Arbitrary<Mutation> = fc
  .record({ pick: fc.nat(), value: anyValue, remove: fc.boolean() })
  .map(({ pick, value, remove }) => (text: string) => {
    const isYaml = !text.startsWith('---');
    const match = isYaml ? undefined : /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?/.exec(text);
    const yamlText = isYaml ? text : match?.[1];
    if (yamlText === undefined) return text;
    let data: unknown;
    try {
      data = jsYaml.load(yamlText, { schema: jsYaml.CORE_SCHEMA });
    } catch {
      return text;
    }
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, p: (string | number)[]) => {
      if (p.length) paths.push(p);
      if (Array.isArray(v)) v.forEach((c, i) => walk(c, [...p, i]));
      else if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...p, k]);
    };
    walk(data, []);
    const target = paths[pick % Math.max(1, paths.length)];
    if (!target || !data || typeof data !== 'object') return text;
    const parent = target.slice(0, -1).reduce<any>((v, k) => v[k], data); // eslint-disable-line @typescript-eslint/no-explicit-any
    const key = target[target.length - 1]!;
    if (remove && !Array.isArray(parent)) delete parent[key];
    else parent[key] = value;
    const dumped = jsYaml.dump(data, { schema: jsYaml.CORE_SCHEMA, noRefs: true, lineWidth: -1 });
    return isYaml ? dumped : `---\n${dumped}---\n${text.slice(match![0].length)}`;
  });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(byteMutation, tokenMutation(YAML_TOKENS), tokenMutation(UNICODE), anyUnicode, typeMutation);

/** Where a mutated text first differs from the original, short enough to read in a failure report. */
function describeEdit(original: string, mutated: string): string {
  let i = 0;
  while (i < original.length && original[i] === mutated[i]) i++;
  const tail = Math.max(0, mutated.length - original.length);
  return `at ${i}: ${JSON.stringify(original.slice(Math.max(0, i - 30), i + 30))} -> ${JSON.stringify(mutated.slice(Math.max(0, i - 30), i + 30 + Math.min(tail, 200)))}`;
}

/** One or two sample files, each mutated (a failure prints only what changed, not the whole sample). */
const mutatedSample = fc.array(fc.record({ file: fc.nat(SAMPLE.length - 1), mutate: mutation }), { minLength: 1, maxLength: 2 }).map((edits) => {
  const files = SAMPLE.map((f) => ({ ...f }));
  for (const { file, mutate } of edits) files[file]!.text = mutate(files[file]!.text);
  const changed = files.filter((f, i) => f.text !== SAMPLE[i]!.text);
  return Object.assign(files, {
    [fc.toStringMethod]: () => changed.map((f) => `${f.path} ${describeEdit(SAMPLE.find((s) => s.path === f.path)!.text, f.text)}`).join('; ') || 'unchanged',
  });
});

// ---------------------------------------------------------------- checks

function timed<T>(run: () => T): T {
  const started = performance.now();
  const result = run();
  const ms = performance.now() - started;
  if (ms > BUDGET_MS) throw new Error(`took ${Math.round(ms)} ms, over the budget of ${BUDGET_MS} ms`);
  return result;
}

const STACK_FRAME = /\n\s+at .*[(:]\d+/;

function expectWellFormed(diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    expect(typeof d.file).toBe('string');
    expect(Number.isInteger(d.line) && d.line >= 1).toBe(true);
    expect(typeof d.field).toBe('string');
    expect(['error', 'warning']).toContain(d.severity);
    expect(typeof d.code).toBe('string');
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.message).not.toMatch(STACK_FRAME);
  }
}

/** Write a content tree of `files` under a fresh root (media/ copied so photos exist as in the sample). */
function writeTree(files: { path: string; text: string }[]): string {
  const root = tempDir('protishruti-fuzz-');
  fs.cpSync(CONTENT, root, { recursive: true });
  for (const f of files) fs.writeFileSync(path.join(root, f.path), f.text);
  return root;
}

/** A tree of `files` in one reused folder, rewritten each run (fast; the validator reads it from disk like the CLI). */
const scratchRoot = writeTree(SAMPLE);
function rewriteScratch(files: { path: string; text: string }[]): string {
  for (const f of files) fs.writeFileSync(path.join(scratchRoot, f.path), f.text);
  return scratchRoot;
}

// ---------------------------------------------------------------- properties

describe('fuzz: the validator on mutated sample content', () => {
  it(
    'never throws, answers within the budget, gives well-formed diagnostics, the same twice',
    () => {
      fc.assert(
        fc.property(mutatedSample, (files) => {
          const root = rewriteScratch(files);
          const first = timed(() => validateTree(loadContentTree(root)).diagnostics);
          const second = timed(() => validateTree(loadContentTree(root)).diagnostics);
          expectWellFormed(first);
          expect(second).toEqual(first);
        }),
        runs(150),
      );
    },
    TIMEOUT,
  );

  it(
    'npm run validate exits 0 or 1 with a JSON array and nothing on stderr',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedSample, async (files) => {
          const result = await runScript('validate', ['--format', 'json'], { PORTAL_CONTENT_DIR: writeTree(files) });
          expect(result.stderr).toBe('');
          expect([0, 1]).toContain(result.code);
          expectWellFormed(JSON.parse(result.stdout) as Diagnostic[]);
        }),
        runs(4),
      );
    },
    TIMEOUT,
  );
});

describe('fuzz: the validator and the diff on large inputs made of one piece repeated', () => {
  /** Parsers are quadratic on some repeated constructs (micromark on `](`, `{/*`): limits must keep every one bounded. */
  const PIECES = [
    '<',
    '<a',
    '<!--',
    '{',
    '{/*',
    '[',
    '](',
    '![',
    '*',
    '**_',
    '_',
    '`',
    '```',
    '>',
    '> ',
    '- ',
    '1. ',
    '|',
    '| ',
    '\\',
    '&',
    '&#',
    '<div>',
    '<b>',
    '\u202e',
    '\u200b',
    ' ',
    '\n',
    '#',
    '~',
    ':',
    'http://',
    'javascript:',
    '<script',
    '](media/',
    '[x]: ',
    '<https://',
    '<<',
    '-->',
    '&nbsp;',
    '&a [*a]\n',
    '- - - ',
    '[[[',
    ']]]',
    '{{',
    'ক্ষ',
  ];
  const root = tempDir('protishruti-fuzz-pumped-');
  const office = path.join(root, 'offices', 'demo');
  fs.mkdirSync(path.join(office, 'orders'), { recursive: true });
  fs.writeFileSync(path.join(office, 'office.yaml'), 'name: { bn: নমুনা, en: Demo }\nkind: upazila-office\n');
  const pumped = fc.record({
    piece: fc.constantFrom(...PIECES),
    where: fc.constantFrom('body', 'frontmatter', 'office'),
    ext: fc.constantFrom('mdx', 'md'),
    size: fc.constantFrom(20_000, 200_000),
  });

  it(
    'answers within the budget',
    () => {
      fc.assert(
        fc.property(pumped, ({ piece, where, ext, size }) => {
          const repeated = piece.repeat(Math.ceil(size / piece.length));
          for (const f of fs.readdirSync(path.join(office, 'orders'))) fs.rmSync(path.join(office, 'orders', f));
          const text = where === 'body' ? `---\nsubject: নমুনা\n---\n${repeated}\n` : `---\nsubject: ${JSON.stringify(repeated)}\n---\nআদেশ\n`;
          fs.writeFileSync(path.join(office, 'orders', `2024-01-10-x.${ext}`), where === 'office' ? 'x' : text);
          fs.writeFileSync(
            path.join(office, 'office.yaml'),
            `name: { bn: নমুনা, en: Demo }\nkind: upazila-office\n${where === 'office' ? `address: ${repeated}\n` : ''}`,
          );
          expectWellFormed(timed(() => validateTree(loadContentTree(root)).diagnostics));
          timed(() => diffSnapshots([], snapshotFromTexts([{ path: `offices/demo/orders/2024-01-10-x.${ext}`, text }])));
        }),
        runs(80),
      );
    },
    TIMEOUT,
  );
});

describe('fuzz: the diff between mutated snapshots', () => {
  it(
    'never throws, describes every change in both languages, the same twice',
    () => {
      const base = snapshotFromTexts(SAMPLE);
      fc.assert(
        fc.property(mutatedSample, mutatedSample, fc.boolean(), (head, otherBase, fromMutatedBase) => {
          const from = fromMutatedBase ? snapshotFromTexts(otherBase) : base;
          const to = snapshotFromTexts(head);
          const changes = timed(() => diffSnapshots(from, to));
          expect(diffSnapshots(from, to)).toEqual(changes);
          for (const change of changes) for (const lang of ['bn', 'en'] as const) expect(describeChange(change, lang)).not.toMatch(STACK_FRAME);
          const report = { base: 'base', head: 'head', changes };
          expect(typeof formatDiffText(report, 'bn')).toBe('string');
          expect(typeof formatDiffMarkdown(report, 'en')).toBe('string');
        }),
        runs(150),
      );
    },
    TIMEOUT,
  );
});

describe('fuzz: freshness on mutated content and any date', () => {
  it(
    'never throws, answers within the budget, the same twice',
    () => {
      const policy = loadFreshnessPolicy(path.join(repoRoot, 'policy/freshness.yaml'));
      const asOf = fc.date({ min: new Date('2015-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
      fc.assert(
        fc.property(mutatedSample, asOf, (files, date) => {
          const tree = loadContentTree(rewriteScratch(files));
          const { offices } = freshnessOfficesFromTree(tree, scratchRoot);
          const report = timed(() => evaluateOffices(offices, policy, date));
          expect(evaluateOffices(offices, policy, date)).toEqual(report);
          for (const office of offices) timed(() => quarterGrid(office, policy, date));
        }),
        runs(100),
      );
    },
    TIMEOUT,
  );
});

describe('fuzz: the importer', () => {
  const inputDir = tempDir('protishruti-fuzz-input-');
  const mutatedInput = fc.oneof(
    fc
      .record({ fixture: fc.nat(IMPORT_FIXTURES.length - 1), mutate: mutation })
      .map(({ fixture, mutate }) => ({ name: IMPORT_FIXTURES[fixture]!.name, text: mutate(IMPORT_FIXTURES[fixture]!.text) })),
    fc
      .record({ ext: fc.constantFrom('txt', 'md', 'html'), text: fc.string({ unit: 'binary', maxLength: 400 }) })
      .map(({ ext, text }) => ({ name: `random.${ext}`, text })),
  );

  it(
    'never throws, answers within the budget, the same twice',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedInput, async ({ name, text }) => {
          const file = path.join(inputDir, name);
          fs.writeFileSync(file, text);
          const started = performance.now();
          const first = await importFile(file, name);
          expect(performance.now() - started).toBeLessThan(BUDGET_MS);
          const second = await importFile(file, name);
          expectWellFormed(first.diagnostics);
          expect(second).toEqual(first);
        }),
        runs(150),
      );
    },
    TIMEOUT,
  );

  /**
   * Backtracking regular expressions are quadratic (or worse) on a short piece
   * repeated many times: `<!--` or `<script` without an end, `<` without `>`.
   * A 200 KB input of one repeated piece must still be answered within the budget.
   */
  it(
    'answers within the budget on large inputs made of one piece repeated (no backtracking blow-up)',
    async () => {
      const PIECES = [
        '<!--',
        '<script',
        '<style ',
        '<nav',
        '<',
        '<a href="',
        '<body',
        '<td>',
        '<tr>',
        '|',
        '| ',
        '\t',
        ' ',
        '১',
        '১.',
        'ক',
        '\n',
        '\n\n',
        '-',
        '- ',
        '# ',
        '**',
        '`',
        '[',
        '](',
        'স্মারক নং: ',
        'তারিখ: ',
        '&#',
        '&',
        ':',
        '.',
        '০',
        '/',
        '\u200c',
        'জনাব ',
        'সভাপতি',
        ' - ',
        'ঃ',
        '১। ',
        'কে ',
        '\t\t',
        'a\t',
      ];
      const pumped = fc.record({
        piece: fc.constantFrom(...PIECES),
        ext: fc.constantFrom('txt', 'md', 'html'),
        prefix: fc.constantFrom('', '<html><body>', '# অফিস আদেশ\n'),
      });
      await fc.assert(
        fc.asyncProperty(pumped, async ({ piece, ext, prefix }) => {
          const file = path.join(inputDir, `pumped.${ext}`);
          fs.writeFileSync(file, prefix + piece.repeat(Math.ceil(200_000 / piece.length)));
          const started = performance.now();
          expectWellFormed((await importFile(file, `pumped.${ext}`)).diagnostics);
          expect(Math.round(performance.now() - started)).toBeLessThan(BUDGET_MS * 2);
        }),
        runs(40),
      );
    },
    TIMEOUT,
  );

  it(
    'npm run import writes nothing when it refuses, and never prints a stack trace',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedInput, async ({ name, text }) => {
          const root = writeTree(SAMPLE);
          const before = listTree(root);
          const file = path.join(inputDir, `cli-${name}`);
          fs.writeFileSync(file, text);
          const result = await runScript('import', [file, '--office', 'lgd', '--out', root, '--format', 'json']);
          expect(result.stderr).not.toMatch(STACK_FRAME);
          expect([0, 1]).toContain(result.code);
          const answer = JSON.parse(result.stdout) as { written: boolean; diagnostics: Diagnostic[] };
          if (result.code !== 0) {
            expect(answer.written).toBe(false);
            expect(listTree(root)).toEqual(before);
          }
        }),
        runs(4),
      );
    },
    TIMEOUT,
  );
});

/** Every file under `root` with its bytes, to compare a tree before and after. */
function listTree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    if (entry.isFile()) {
      const absolute = path.join(entry.parentPath, entry.name);
      out[path.relative(root, absolute)] = fs.readFileSync(absolute).toString('base64');
    }
  }
  return out;
}

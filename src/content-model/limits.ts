/**
 * Limits on everything read from the content tree, in one place.
 *
 * Content arrives by pull request from thousands of offices, through the CMS and
 * the importer, and every pull request runs `npm run validate` and a build in CI.
 * A file that is huge, deeply nested or that expands through YAML aliases could
 * hold every CI job that reads it until its time limit. Each limit below is far
 * above anything a real office writes (the sample and the synthetic country stay
 * under a tenth of every number), so only a mistake or an attack reaches one.
 *
 * A limit reached is a finding (validator code `limit`) naming the file, the line
 * and the limit, and the file's data is not used further: nothing downstream ever
 * walks an oversized value. Documented in docs/maintainers.md ("Limits on content").
 */

export const LIMITS = {
  /**
   * Bytes in one content file. The largest sample document is 22 KB; a charter
   * with 300 services is about 300 KB. A bigger file is a paste gone wrong or an
   * attempt to slow the build, and is not even read.
   */
  fileBytes: 1024 * 1024,
  /**
   * YAML aliases (`*name`) to a list or mapping in one file. The CMS never writes
   * aliases and hand-written content rarely needs one; 100 is also the `yaml`
   * package's own default. Aliases are how a few hundred bytes expand into
   * billions of values ("billion laughs").
   */
  yamlAliases: 100,
  /**
   * Values (scalars, lists, mappings) in one file's YAML once aliases are
   * expanded. A 300-service charter has about 5,000. This is what stops an
   * exponential alias expansion, counted without expanding anything.
   */
  yamlValues: 100_000,
  /**
   * Nesting depth of lists and mappings. The deepest schema path is 7 levels
   * (services.citizen.services[3].fee...); deeper is never content, and very
   * deep nesting can exhaust the parser's stack.
   */
  nestingDepth: 32,
  /**
   * Items in one list (services per section, agenda items, decisions,
   * recipients, attendees). Real charters have tens of services; a thousand
   * rows would be a table nobody can read on a phone.
   */
  rowsPerList: 1000,
  /**
   * Characters in one text field of the frontmatter. The longest sample value
   * is about 2,000 characters; long text belongs in the document's body.
   */
  textFieldChars: 20_000,
  /**
   * Files in one office folder (documents and anything else found). Weekly
   * minutes for 40 years are about 2,000 files; past this number the loader
   * stops reading the office, so a folder of a million files cannot stall CI.
   */
  filesPerOffice: 10_000,
  /**
   * Markdown markup characters ([ ] * _ { } < `) in one document body. The
   * Markdown parser the validator and Astro's build share (micromark) takes time
   * quadratic in long runs of some constructs (`](` or `{/*` repeated: 200 KB
   * took four minutes); 5,000 keeps its worst case near a second. Real bodies
   * use a few hundred (tables use `|`, which is not counted).
   */
  bodyMarkupChars: 5000,
  /**
   * Bytes in one file given to `npm run import`. A Word file with scanned pages
   * embedded can reach a few MB; the importer's text passes are linear, so this
   * keeps the worst case to seconds.
   */
  importBytes: 10 * 1024 * 1024,
} as const;

export type LimitName = keyof typeof LIMITS;

/** One limit reached: where, which, and a one-line message naming the limit. */
export interface LimitFinding {
  /** 1-based line in the file (1 when the whole file is refused). */
  line: number;
  /** Field path of the value, e.g. `services.citizen.services`; empty for the whole file. */
  field: string;
  limit: LimitName;
  message: string;
}

/** The message for a limit reached; every limit names itself and its number, so a maintainer can find it here. */
export function limitMessage(limit: LimitName, what: string): string {
  return `${what}: over the limit ${limit} = ${LIMITS[limit].toLocaleString('en')} (see "Limits on content" in docs/maintainers.md)`;
}

/** The file-size finding, before a file is read at all. */
export function fileSizeFinding(bytes: number): LimitFinding | undefined {
  if (bytes <= LIMITS.fileBytes) return undefined;
  return {
    line: 1,
    field: '',
    limit: 'fileBytes',
    message: limitMessage('fileBytes', `the file is ${bytes.toLocaleString('en')} bytes and was not read`),
  };
}

/** The finding for an office folder with too many files; the loader reads only the first ones. */
export function filesPerOfficeFinding(count: number): LimitFinding | undefined {
  if (count <= LIMITS.filesPerOffice) return undefined;
  return {
    line: 1,
    field: '',
    limit: 'filesPerOffice',
    message: limitMessage(
      'filesPerOffice',
      `this office folder has ${count.toLocaleString('en')} files; only the first ${LIMITS.filesPerOffice.toLocaleString('en')} were read`,
    ),
  };
}

/**
 * Measure parsed YAML data without expanding it. js-yaml returns an alias as the
 * same object as its anchor, so the data is a graph whose expanded size can be
 * exponential in its object count; every number here is computed once per object
 * (memoised), so the walk is linear in the number of distinct objects.
 *
 * Returns the first findings in document order (at most one per limit), each with
 * the field path of the value that reached it; `lineOf` turns that into a line.
 */
export function measureYamlData(data: unknown): { limit: LimitName; path: (string | number)[]; what: string }[] {
  const found = new Map<LimitName, { limit: LimitName; path: (string | number)[]; what: string }>();
  const note = (limit: LimitName, path: (string | number)[], what: string) => {
    if (!found.has(limit)) found.set(limit, { limit, path: [...path], what });
  };
  /** Expanded value count and depth below each object, known once it has been walked. */
  const measured = new Map<object, { values: number; depth: number }>();
  const inProgress = new Set<object>();
  let aliases = 0;

  const walk = (value: unknown, path: (string | number)[]): { values: number; depth: number } => {
    if (typeof value === 'string') {
      if (value.length > LIMITS.textFieldChars)
        note('textFieldChars', path, `this text is ${value.length.toLocaleString('en')} characters; put long text in the document's body`);
      return { values: 1, depth: 0 };
    }
    if (value === null || typeof value !== 'object') return { values: 1, depth: 0 };
    const known = measured.get(value);
    if (known) {
      aliases++;
      if (aliases === LIMITS.yamlAliases + 1) note('yamlAliases', path, 'too many YAML aliases (*name) in this file; write the values out');
      return known;
    }
    if (inProgress.has(value)) {
      note('yamlValues', path, 'a YAML alias refers to the list or mapping it is inside, so the value never ends');
      return { values: Infinity, depth: Infinity };
    }
    if (path.length >= LIMITS.nestingDepth) {
      note('nestingDepth', path, `lists and mappings are nested more than ${LIMITS.nestingDepth} deep`);
      return { values: 1, depth: Infinity };
    }
    inProgress.add(value);
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    if (Array.isArray(value) && value.length > LIMITS.rowsPerList) {
      note('rowsPerList', path, `this list has ${value.length.toLocaleString('en')} items; split the document`);
    }
    let values = 1;
    let depth = 0;
    for (const [key, child] of entries) {
      path.push(key);
      const below = walk(child, path);
      path.pop();
      values += below.values;
      depth = Math.max(depth, below.depth + 1);
      // Stop early once the expansion is known to be too big: the rest cannot make it smaller.
      if (values > LIMITS.yamlValues) break;
    }
    inProgress.delete(value);
    const result = { values, depth };
    measured.set(value, result);
    if (values > LIMITS.yamlValues)
      note(
        'yamlValues',
        path,
        `the YAML holds ${Number.isFinite(values) ? `more than ${LIMITS.yamlValues.toLocaleString('en')}` : 'endless'} values once its aliases (*name) are expanded`,
      );
    return result;
  };
  walk(data, []);
  return [...found.values()];
}

const MARKUP = /[[\]*_{}<`]/g;

/** The body finding: too much Markdown markup to parse in bounded time (see `bodyMarkupChars`). */
export function bodyMarkupFinding(body: string, bodyStartLine: number): LimitFinding | undefined {
  const count = body.match(MARKUP)?.length ?? 0;
  if (count <= LIMITS.bodyMarkupChars) return undefined;
  return {
    line: bodyStartLine,
    field: 'body',
    limit: 'bodyMarkupChars',
    message: limitMessage(
      'bodyMarkupChars',
      `the body has ${count.toLocaleString('en')} Markdown markup characters ([ ] * _ { } < \`); split the document or remove the repeated markup`,
    ),
  };
}

/**
 * A content file read from disk with its YAML kept as a document, so every
 * diagnostic can name the line of the field it is about.
 */
import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { formatFieldPath, type FieldPath } from '../core/diagnostic.ts';

// FieldPath and formatFieldPath live in src/core/diagnostic.ts; re-exported for existing imports.
export { formatFieldPath, type FieldPath };

export interface SourceFile {
  /** Path shown to people: relative, forward slashes. */
  displayPath: string;
  raw: string;
  /** The parsed frontmatter (or whole YAML file); undefined when the YAML could not be parsed. */
  data: unknown;
  /** The Markdown/MDX body after the frontmatter ('' for YAML files). */
  body: string;
  /** 1-based line where the body starts. */
  bodyStartLine: number;
  /** YAML syntax errors with their lines. */
  yamlErrors: { line: number; message: string }[];
  /** 1-based line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: FieldPath): number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?/;

/** Parse a `.md`/`.mdx` file's frontmatter, or a whole `.yaml` file when `isYamlFile`. */
export function parseSourceFile(displayPath: string, raw: string, isYamlFile: boolean): SourceFile {
  let yamlText: string;
  let yamlFirstLine: number;
  let body = '';
  let bodyStartLine = 1;
  if (isYamlFile) {
    yamlText = raw;
    yamlFirstLine = 1;
  } else {
    const match = FRONTMATTER.exec(raw);
    if (!match) {
      return {
        displayPath,
        raw,
        data: undefined,
        body: raw,
        bodyStartLine: 1,
        yamlErrors: [{ line: 1, message: 'the file must start with frontmatter between two "---" lines' }],
        lineOf: () => 1,
      };
    }
    yamlText = match[1] ?? '';
    yamlFirstLine = 2;
    body = raw.slice(match[0].length);
    bodyStartLine = match[0].split('\n').length;
  }
  // Data comes from js-yaml (the parser Astro uses, many times faster) with the YAML 1.2
  // core schema, so dates stay the strings they were written as. The slower
  // line-keeping document is built only when a diagnostic asks for a line.
  let data: unknown;
  const yamlErrors: SourceFile['yamlErrors'] = [];
  try {
    data = jsYaml.load(yamlText, { schema: jsYaml.CORE_SCHEMA, filename: displayPath });
  } catch (error) {
    if (!(error instanceof jsYaml.YAMLException)) throw error;
    yamlErrors.push({ line: yamlFirstLine + (error.mark?.line ?? 0), message: error.reason || error.message });
  }
  let located: { doc: Document; lineCounter: LineCounter } | undefined;
  const lineOfOffset = (lineCounter: LineCounter, offset: number) => yamlFirstLine - 1 + lineCounter.linePos(offset).line;
  return {
    displayPath,
    raw,
    data: yamlErrors.length ? undefined : data,
    body,
    bodyStartLine,
    yamlErrors,
    lineOf(path) {
      if (!located) {
        const lineCounter = new LineCounter();
        located = { doc: parseDocument(yamlText, { lineCounter, uniqueKeys: true }), lineCounter };
      }
      const { doc, lineCounter } = located;
      for (let depth = path.length; depth >= 0; depth--) {
        const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
        if (isNode(node) && node.range) return lineOfOffset(lineCounter, node.range[0]);
      }
      return yamlFirstLine;
    },
  };
}


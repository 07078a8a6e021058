/**
 * A content file read from disk with its YAML kept as a document, so every
 * diagnostic can name the line of the field it is about.
 */
import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { LIMITS, bodyMarkupFinding, fileSizeFinding, limitMessage, measureYamlData, type LimitFinding } from './limits.ts';
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
  /** Limits reached (./limits.ts); when any, `data` is undefined so nothing walks an oversized value. */
  limitFindings: LimitFinding[];
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
        limitFindings: [],
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
  const limitFindings: LimitFinding[] = [];
  try {
    // js-yaml refuses nesting past `maxDepth` itself (a YAMLException, mapped to the limit below).
    const options: jsYaml.LoadOptions & { maxDepth: number } = { schema: jsYaml.CORE_SCHEMA, filename: displayPath, maxDepth: LIMITS.nestingDepth + 1 };
    data = jsYaml.load(yamlText, options);
  } catch (error) {
    // Nesting deep enough to exhaust the parser's stack is a limit reached, not a crash.
    if (error instanceof RangeError) {
      limitFindings.push({
        line: yamlFirstLine,
        field: '',
        limit: 'nestingDepth',
        message: limitMessage('nestingDepth', 'lists and mappings are nested too deep to read'),
      });
    } else if (!(error instanceof jsYaml.YAMLException)) {
      throw error;
    } else if (/exceeded maxDepth/.test(error.reason)) {
      limitFindings.push({
        line: yamlFirstLine + (error.mark?.line ?? 0),
        field: '',
        limit: 'nestingDepth',
        message: limitMessage('nestingDepth', `lists and mappings are nested more than ${LIMITS.nestingDepth} deep`),
      });
    } else {
      yamlErrors.push({ line: yamlFirstLine + (error.mark?.line ?? 0), message: error.reason || error.message });
    }
  }
  let located: { doc: Document; lineCounter: LineCounter } | undefined;
  const lineOfOffset = (lineCounter: LineCounter, offset: number) => yamlFirstLine - 1 + lineCounter.linePos(offset).line;
  const lineOf = (path: FieldPath): number => {
    try {
      if (!located) {
        const lineCounter = new LineCounter();
        // The document is only walked by path here, never turned into JS, so its aliases are never expanded.
        located = { doc: parseDocument(yamlText, { lineCounter, uniqueKeys: true }), lineCounter };
      }
      const { doc, lineCounter } = located;
      for (let depth = path.length; depth >= 0; depth--) {
        const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
        if (isNode(node) && node.range) return lineOfOffset(lineCounter, node.range[0]);
      }
    } catch {
      // A line is a courtesy: a document too deep for the line-keeping parser falls back to the first line.
    }
    return yamlFirstLine;
  };
  const bodyTooMarked = bodyMarkupFinding(body, bodyStartLine);
  if (bodyTooMarked) limitFindings.push(bodyTooMarked);
  if (!yamlErrors.length && !limitFindings.length) {
    for (const found of measureYamlData(data)) {
      limitFindings.push({ line: lineOf(found.path), field: formatFieldPath(found.path), limit: found.limit, message: limitMessage(found.limit, found.what) });
    }
  }
  return {
    displayPath,
    raw,
    data: yamlErrors.length || limitFindings.length ? undefined : data,
    body,
    bodyStartLine,
    yamlErrors,
    limitFindings,
    lineOf,
  };
}

/** A file refused before it was read (too big): no data, one finding. */
export function refusedSourceFile(displayPath: string, finding: LimitFinding): SourceFile {
  return { displayPath, raw: '', data: undefined, body: '', bodyStartLine: 1, yamlErrors: [], limitFindings: [finding], lineOf: () => 1 };
}

/**
 * A file's text as the loader reads it: refused unread past the size limit (measured in
 * UTF-8 bytes, as on disk), else parsed. The loader and the per-document check (the admin
 * checks the text it is about to save) both come here.
 */
export function sourceFileOfText(displayPath: string, raw: string, isYamlFile: boolean): SourceFile {
  const tooBig = fileSizeFinding(utf8Length(raw));
  return tooBig ? refusedSourceFile(displayPath, tooBig) : parseSourceFile(displayPath, raw, isYamlFile);
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

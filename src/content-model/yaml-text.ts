/**
 * The YAML text of a content file, in the one style every writer uses: the
 * `yaml` library's output with `YAML_STYLE` (block style, no line folding, so a
 * one-field edit is a one-line diff; block literals for multi-line text).
 *
 * `yaml.stringify` is exact but slow: it spent most of the time of a
 * 50,000-office generation (18x this emitter on the generator's documents). So
 * this module writes the common shapes itself — objects with plain keys, lists,
 * integers, booleans, single-line strings — and asks the library for everything
 * else: a string it cannot prove plain is stringified by the library once and
 * remembered; a document with anything it does not handle (multi-line text, a
 * float, null, an odd key) is handed to the library whole. The output is
 * therefore the library's, byte for byte; tests/content-model/yaml-text.test.ts
 * holds it to that over random data and a generated country.
 */
import { stringify } from 'yaml';

/** The options of every content file's YAML. */
export const YAML_STYLE = { lineWidth: 0, minContentWidth: 0, indentSeq: true, blockQuote: 'literal' } as const;

/** Thrown inside the fast path when a value needs the library; never escapes this module. */
class NeedsLibrary extends Error {}

/**
 * A single-line string the library writes plain, by the library's own rules
 * (stringifyString.js, plainString): no leading indicator, digit, sign or dot
 * (so no number, bool or null can match), no control characters, no `: ` or ` #`,
 * no trailing space or colon. Anything else is asked of the library.
 */
// U+0085 (NEL), U+2028/2029 and U+FEFF are not in JavaScript's \s but are breaks or marks to YAML: the library decides them.
const SAFE_PLAIN =
  /^[^\s\-?:,<[\]{}#&*!|>'"%@`0-9+.~\u0000-\u001f\u007f-\u009f\u2028\u2029\uFEFF\uD800-\uDFFF][^\n\r\t\u0000-\u001f\u007f-\u009f\u2028\u2029\uFEFF\uD800-\uDFFF]*$/;
const UNSAFE_INSIDE = /: | #|[ :]$/;
const WORD_VALUES = /^(?:true|false|null)$/i;
/**
 * A string with a non-ASCII character matches none of the library's number, bool
 * or null patterns (all ASCII, anchored at both ends), so the library writes it plain
 * unless its indicator rule (copied from plainString) or a control character says no:
 * Bengali phone numbers (`+৮৮০…`), Bengali digits.
 */
const NON_ASCII = /[^\x00-\x7f]/;
const INDICATORS = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$|^(?:---|\.\.\.)/;
const CONTROL = /[\n\r\t\u0000-\u001f\u007f-\u009f\u2028\u2029\uFEFF\uD800-\uDFFF]/;
/** Dates and fiscal years: plain for the library too (no number or bool pattern matches them). */
const DATE_LIKE = /^\d{4}-\d{2}(?:-\d{2})?$/;
const SAFE_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Library renderings of strings that are not plainly plain; bounded so a country run does not hoard them. */
const libraryScalars = new Map<string, string>();
const LIBRARY_SCALARS_MAX = 50_000;

function libraryScalar(text: string): string {
  const known = libraryScalars.get(text);
  if (known !== undefined) return known;
  const line = stringify({ k: text }, YAML_STYLE);
  // Only a one-line rendering is the same at every depth; anything else (a block literal) makes the whole document the library's.
  if (!line.startsWith('k: ') || line.indexOf('\n') !== line.length - 1) throw new NeedsLibrary();
  const scalar = line.slice(3, -1);
  if (libraryScalars.size >= LIBRARY_SCALARS_MAX) libraryScalars.clear();
  libraryScalars.set(text, scalar);
  return scalar;
}

function scalar(value: unknown): string {
  if (typeof value === 'string') {
    if (SAFE_PLAIN.test(value) && !UNSAFE_INSIDE.test(value) && !WORD_VALUES.test(value)) return value;
    if (DATE_LIKE.test(value)) return value;
    if (NON_ASCII.test(value) && !INDICATORS.test(value) && !CONTROL.test(value)) return value;
    return libraryScalar(value);
  }
  if (typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value);
  if (typeof value === 'boolean') return String(value);
  throw new NeedsLibrary();
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Lines of a non-empty list or object at `indent`; the first line without its indent, to follow `- ` or `key:`. */
function emit(value: unknown, indent: string, out: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) {
      if (Array.isArray(item) && item.length > 0) throw new NeedsLibrary();
      if (isObject(item) && Object.keys(item).length > 0) {
        const start = out.length;
        emit(item, `${indent}  `, out);
        out[start] = `${indent}- ${out[start]!.slice(indent.length + 2)}`;
      } else {
        out.push(`${indent}- ${complexOrScalar(item)}`);
      }
    }
    return;
  }
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined) continue;
    if (!SAFE_KEY.test(key) || WORD_VALUES.test(key)) throw new NeedsLibrary();
    if ((Array.isArray(v) && v.length > 0) || (isObject(v) && Object.keys(v).length > 0)) {
      out.push(`${indent}${key}:`);
      emit(v, `${indent}  `, out);
    } else {
      out.push(`${indent}${key}: ${complexOrScalar(v)}`);
    }
  }
}

function complexOrScalar(value: unknown): string {
  if (Array.isArray(value)) return '[]';
  if (isObject(value)) return '{}';
  return scalar(value);
}

/** YAML text for a plain object, ending with a newline; `''` for an object with nothing to write. */
export function yamlText(data: Record<string, unknown>): string {
  if (!Object.values(data).some((v) => v !== undefined)) return '';
  const out: string[] = [];
  try {
    emit(data, '', out);
  } catch (error) {
    if (!(error instanceof NeedsLibrary)) throw error;
    return stringify(data, YAML_STYLE);
  }
  return `${out.join('\n')}\n`;
}

/**
 * JSON on stdout for reports of any size: the same bytes as
 * `JSON.stringify(value, null, 2)` and a newline, written in pieces, so a country's
 * report is never one string in memory (V8 caps a string at about 512 MB).
 */

/** The pieces of `JSON.stringify(value, null, 2)`: objects and arrays to `depth` are opened up, deeper values stringified whole. */
export function* jsonChunks(value: unknown, depth = 3, indent = ''): Generator<string> {
  const inner = `${indent}  `;
  if (depth > 0 && Array.isArray(value)) {
    if (!value.length) return yield '[]';
    yield '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      yield `${i ? ',' : ''}\n${inner}`;
      yield* jsonChunks(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, depth - 1, inner);
    }
    return yield `\n${indent}]`;
  }
  if (depth > 0 && value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
    if (!entries.length) return yield '{}';
    yield '{';
    for (let i = 0; i < entries.length; i++) {
      const [key, v] = entries[i] as [string, unknown];
      yield `${i ? ',' : ''}\n${inner}${JSON.stringify(key)}: `;
      yield* jsonChunks(v, depth - 1, inner);
    }
    return yield `\n${indent}}`;
  }
  // A JSON text has no raw newline inside strings, so every newline is indentation.
  yield (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
}

/** Writes `value` as JSON and a newline to a stream (stdout by default), waiting when the stream is full. */
export async function writeJson(value: unknown, stream: NodeJS.WritableStream = process.stdout): Promise<void> {
  let buffer = '';
  const flush = async () => {
    if (!stream.write(buffer)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
    buffer = '';
  };
  for (const piece of jsonChunks(value)) {
    buffer += piece;
    if (buffer.length >= 1 << 16) await flush();
  }
  buffer += '\n';
  await flush();
}

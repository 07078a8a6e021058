/**
 * A small, strict command-line parser shared by every script: unknown flags and
 * missing values are errors with one plain sentence, never silently ignored.
 */
import { parseArgs as nodeParseArgs } from 'node:util';

export interface FlagSpec {
  /** Takes a value (`--format json`); otherwise a boolean switch. */
  value?: boolean;
  /** May be given more than once (values collected in order). */
  repeat?: boolean;
  /** Allowed values, when the set is closed. */
  choices?: readonly string[];
}

export class UsageError extends Error {}

export interface ParsedArgs {
  flags: Record<string, string | string[] | boolean | undefined>;
  positionals: string[];
}

/**
 * Node's own `util.parseArgs` does the tokenising (long options, `--name=value`, `--`);
 * this wrapper keeps the scripts' contract on top of it: unknown options, missing
 * values and values outside `choices` are UsageErrors with one plain sentence, a value
 * is never taken from the next option (`--format --office x` is an error), and a
 * single-dash word is a positional as it always was here (node would read it as short options).
 */
export function parseArgs(argv: string[], spec: Record<string, FlagSpec>): ParsedArgs {
  const options = Object.fromEntries(
    Object.entries(spec).map(([name, flag]) => [name, { type: flag.value ? ('string' as const) : ('boolean' as const), multiple: flag.repeat ?? false }]),
  );
  const { tokens } = nodeParseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const flags: ParsedArgs['flags'] = {};
  const positionals: string[] = [];
  let lastShortIndex = -1;
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (!token.rawName.startsWith('--')) {
      // `-abc` arrives as three tokens at one index: keep the word once, as a positional.
      if (token.index !== lastShortIndex) positionals.push(argv[token.index] ?? token.rawName);
      lastShortIndex = token.index;
      continue;
    }
    const name = token.name;
    const flag = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (!flag)
      throw new UsageError(
        `unknown option --${name} (known: ${Object.keys(spec)
          .map((k) => `--${k}`)
          .join(', ')})`,
      );
    if (!flag.value) {
      flags[name] = true;
      continue;
    }
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
    if (flag.choices && !flag.choices.includes(value)) {
      throw new UsageError(`--${name} must be one of ${flag.choices.join(', ')}; got "${value}"`);
    }
    if (flag.repeat) flags[name] = [...((flags[name] as string[] | undefined) ?? []), value];
    else flags[name] = value;
  }
  return { flags, positionals };
}

/** Run a CLI's main function: usage errors exit 2 with one line, other errors exit 2 with their message. */
export async function runCli(main: () => Promise<number> | number): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
}

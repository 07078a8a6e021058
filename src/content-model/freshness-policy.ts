/**
 * Reading the freshness policy (`policy/freshness.yaml`) and deciding the as-of date.
 * Used by `npm run freshness`, the build gate and the portal pages, so all three
 * check the same date against the same rules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { freshnessPolicySchema, type FreshnessPolicy } from '../schemas/freshness-policy.ts';
import { todayInDhaka } from '../domain/fiscal-year.ts';
import { isIsoDate } from '../domain/iso-date.ts';
import { friendlyIssues } from '../core/zod-messages.ts';
import { displayPathOf } from './load.ts';
import { formatFieldPath, parseSourceFile } from './source-file.ts';

/** The policy file: `$FRESHNESS_POLICY`, else `<repo>/policy/freshness.yaml`. */
export function policyPath(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env['FRESHNESS_POLICY'] || 'policy/freshness.yaml');
}

/** A policy that cannot be used: the message is one line naming file, line, field and the fix. */
export class PolicyError extends Error {}

export function loadFreshnessPolicy(file = policyPath()): FreshnessPolicy {
  const shown = displayPathOf(file);
  if (!fs.existsSync(file)) throw new PolicyError(`${shown}: the freshness policy file is missing (create it, or set FRESHNESS_POLICY to its path)`);
  const source = parseSourceFile(shown, fs.readFileSync(file, 'utf8'), true);
  const yamlError = source.yamlErrors[0];
  if (yamlError) throw new PolicyError(`${shown}:${yamlError.line}: the YAML cannot be read: ${yamlError.message}`);
  const limit = source.limitFindings[0];
  if (limit) throw new PolicyError(`${shown}:${limit.line}${limit.field ? ` ${limit.field}` : ''}: ${limit.message}`);
  const result = freshnessPolicySchema.safeParse(source.data ?? {}, { reportInput: true });
  if (!result.success) {
    const issues = friendlyIssues(freshnessPolicySchema, result.error);
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    throw new PolicyError(
      first ? `${shown}:${source.lineOf(first.path)} ${formatFieldPath(first.path) || '(top level)'}: ${first.message}${more}` : `${shown}: invalid policy`,
    );
  }
  return result.data;
}

export type AsOfSource = 'argument' | 'environment' | 'pinned' | 'today';

export interface ResolvedAsOf {
  asOf: string;
  source: AsOfSource;
  /** One line saying where the date came from, for reports and the build log. */
  note: string;
}

/**
 * The as-of date: an explicit argument, else FRESHNESS_AS_OF, else the policy's pinned date,
 * else today in Asia/Dhaka. "today" is accepted wherever a date is. Throws a one-line Error on a bad date.
 */
export function resolveAsOf(options: {
  argument?: string | undefined;
  env?: Record<string, string | undefined>;
  policy: FreshnessPolicy;
  policyFile?: string;
  now?: Date;
}): ResolvedAsOf {
  const env = options.env ?? process.env;
  const today = todayInDhaka(options.now);
  const policyShown = displayPathOf(options.policyFile ?? policyPath(env));
  const check = (value: string, where: string): string => {
    if (value === 'today') return today;
    if (!isIsoDate(value)) throw new PolicyError(`${where} must be a real date written YYYY-MM-DD, or "today"; got "${value}"`);
    return value;
  };
  if (options.argument !== undefined) {
    const asOf = check(options.argument, '--as-of');
    return { asOf, source: 'argument', note: options.argument === 'today' ? `as of today in Asia/Dhaka (${asOf})` : `as of ${asOf} (--as-of)` };
  }
  const fromEnv = env['FRESHNESS_AS_OF'];
  if (fromEnv) {
    const asOf = check(fromEnv, 'FRESHNESS_AS_OF');
    return {
      asOf,
      source: 'environment',
      note: fromEnv === 'today' ? `as of today in Asia/Dhaka (${asOf}; FRESHNESS_AS_OF=today)` : `as of ${asOf} (FRESHNESS_AS_OF)`,
    };
  }
  if (options.policy.pinnedAsOf) {
    return {
      asOf: options.policy.pinnedAsOf,
      source: 'pinned',
      note: `as of ${options.policy.pinnedAsOf}: PINNED by pinnedAsOf in ${policyShown} (set FRESHNESS_AS_OF=today to check against today)`,
    };
  }
  return { asOf: today, source: 'today', note: `as of today in Asia/Dhaka (${today})` };
}

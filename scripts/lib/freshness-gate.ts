/**
 * The build's freshness gate: the same check as `npm run freshness`, run before
 * Astro. It prints the as-of date and where it came from (loudly when the
 * repository pins it), the text report when anything is stale or due soon, and
 * fails the build — before anything is rendered or published — when content is stale.
 */
import { formatFreshnessText } from '../../src/domain/freshness/report.ts';
import type { BuildStep } from '../../src/content-model/build-step.ts';
import { checkFreshness, FreshnessInputError } from '../../src/validation/freshness-check.ts';

export const freshnessGate: BuildStep = {
  name: 'freshness gate',
  async run(context) {
    let check;
    try {
      check = checkFreshness({ root: context.contentRoot, ...(context.tree ? { tree: context.tree } : {}) });
    } catch (error) {
      if (error instanceof FreshnessInputError) return { ok: false, message: `freshness gate: ${error.message}` };
      throw error;
    }
    const { report, resolved, notes } = check;
    const s = report.summary;
    process.stdout.write(`freshness: checking ${report.offices.length} offices ${resolved.note}\n`);
    const color = Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'];
    if (s.stale > 0 || s.dueSoon > 0 || notes.length) {
      process.stdout.write(`${formatFreshnessText(report, { asOfNote: resolved.note, color, notes })}\n`);
    } else {
      process.stdout.write(`freshness: ${s.fresh} fresh, ${s.exempt} exempt, ${s.notApplicableYet} not applicable yet; nothing stale\n`);
    }
    if (s.stale === 0) return { ok: true };
    const stale = report.offices.filter((o) => o.status === 'stale').map((o) => o.id);
    return {
      ok: false,
      message: `stale content as of ${report.asOf} in ${stale.length} office${stale.length === 1 ? '' : 's'}: ${stale.join(', ')} (the report above names each file to change; \`npm run freshness\` shows it again)`,
    };
  },
};

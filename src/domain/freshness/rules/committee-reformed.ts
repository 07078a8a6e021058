/**
 * committee-reformed: an office order re-forming the charter monitoring committee in
 * every quarter, from the fiscal year the policy names (`committeeReformedFrom`).
 */
import { committeeStartOf } from '../policy.ts';
import type { FreshnessDocument } from '../types.ts';
import type { RuleDefinition } from './context.ts';
import { quarterlyDocument, quarterlyDocumentIn } from './quarterly-document.ts';

const committeeOrders = (docs: FreshnessDocument[]) => docs.filter((d) => d.kind === 'order' && d.orderKind === 'monitoring-committee');

export const committeeReformed: RuleDefinition = {
  rule: 'committee-reformed',
  requiredFrom: (ctx) => {
    const from = committeeStartOf(ctx.policy);
    return {
      from,
      inForce: ctx.year.committeeReformedRequired,
      message: `the policy requires re-forming the committee every quarter from FY ${ctx.policy.committeeReformedFrom} (${from})`,
    };
  },
  evaluate: (ctx, start) =>
    quarterlyDocument(ctx, committeeOrders(ctx.documents), start, {
      noun: 'committee order',
      folder: `${ctx.office.folder}/orders/`,
      add: 'add the office order re-forming the monitoring committee (orderKind: monitoring-committee)',
    }),
  quarter: (ctx, q) => quarterlyDocumentIn(ctx, committeeOrders(ctx.documents), q),
};

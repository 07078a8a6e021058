/** charter-revised: a citizen charter dated in every quarter (it counts until that quarter's grace period ends). */
import type { FreshnessDocument } from '../types.ts';
import type { RuleDefinition } from './context.ts';
import { quarterlyDocument, quarterlyDocumentIn } from './quarterly-document.ts';

const charters = (docs: FreshnessDocument[]) => docs.filter((d) => d.kind === 'charter');

export const charterRevised: RuleDefinition = {
  rule: 'charter-revised',
  evaluate: (ctx, start) =>
    quarterlyDocument(ctx, charters(ctx.documents), start, {
      noun: 'charter',
      folder: `${ctx.office.folder}/charters/`,
      add: 'add the revised charter as charters/<effective-date>.mdx',
    }),
  quarter: (ctx, q) => quarterlyDocumentIn(ctx, charters(ctx.documents), q),
};

/**
 * The freshness rules: for an office, its documents, the policy and an as-of date,
 * the status of each quarterly obligation of the citizen-charter action plan.
 *
 * One pure module, called by `npm run freshness`, the build gate, the portal's
 * badges and dashboard, and (bundled) by the browser to re-check a page against
 * today's date — so there is exactly one copy of the date arithmetic.
 *
 * This file is the module's public entry; the parts live beside it:
 * - types.ts    what the rules read and return
 * - policy.ts   the settings for a fiscal year, deadlines, when an office's rules begin
 * - rules/      one file per rule (charter-revised, monitoring-meeting, committee-reformed, focal-point)
 * - evaluate.ts exemptions and start dates around the rules; one office, every office
 * - standing.ts THE office's status, date and reasons every citizen-facing view shows
 * - summary.ts  the worst status, counts by status
 * - grid.ts     the dashboard's quarter grid
 * - tree.ts     offices under a parent
 */
export * from './types.ts';
export { policyForYear, quarterDeadline, quarterLabel, rulesApplyFrom } from './policy.ts';
export { worstStatus } from './summary.ts';
export { evaluateOffice, evaluateOffices } from './evaluate.ts';
export { officeStanding, standingOf, sameStanding, type OfficeStanding, type StandingReason } from './standing.ts';
export { quarterGrid } from './grid.ts';
export { officesUnder } from './tree.ts';

/** The four rules, in the order reports list them (FRESHNESS_RULES). */
import type { FreshnessRule } from '../types.ts';
import { charterRevised } from './charter-revised.ts';
import { committeeReformed } from './committee-reformed.ts';
import type { RuleDefinition } from './context.ts';
import { focalPointRule } from './focal-point.ts';
import { monitoringMeeting } from './monitoring-meeting.ts';

export const RULES: Record<FreshnessRule, RuleDefinition> = {
  'charter-revised': charterRevised,
  'monitoring-meeting': monitoringMeeting,
  'committee-reformed': committeeReformed,
  'focal-point': focalPointRule,
};

/** Moved to src/validation/freshness-check.ts (the Astro integration runs it too); kept so existing imports still work. */
export { checkFreshness, FreshnessInputError, type FreshnessCheck } from '../../src/validation/freshness-check.ts';

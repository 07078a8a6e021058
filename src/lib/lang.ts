/** Moved to src/domain/lang.ts (the content loader renders bodies with it, below the site); kept for existing imports. */
export * from '../domain/lang.ts';

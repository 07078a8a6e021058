/** Moved to src/core/diagnostic.ts (a core type every layer shares); this path stays for existing imports. */
export * from '../core/diagnostic.ts';

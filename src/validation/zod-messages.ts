/** Moved to src/core/zod-messages.ts (content-model reads the policy with it, below validation); this path stays for existing imports. */
export * from '../core/zod-messages.ts';

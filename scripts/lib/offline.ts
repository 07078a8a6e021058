/** Moved to src/pipeline/offline-files.ts (the office builds and the national layer share it); kept for existing imports. */
export * from '../../src/pipeline/offline-files.ts';

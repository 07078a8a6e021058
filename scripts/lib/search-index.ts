/** Moved to src/search/index-html.ts (the office builds index with it); kept for existing imports. */
export * from '../../src/search/index-html.ts';

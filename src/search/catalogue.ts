/**
 * The national search catalogue: what area and country search read at any size.
 *
 * Full-text search of 500,000 pages cannot fit a phone's first query, so scopes too
 * large for Pagefind (docs/search.md) search a static catalogue of *distinct
 * services, offices and places* that points into office pages instead. Built by the
 * national layer from the offices' records (never from documents); read by the
 * search page in the browser and by Node tests and the bench, with the same
 * folding, stems, digits and synonyms as the rest of search.
 *
 * Files under `search/catalogue/` (all JSON):
 * - `areas.json`: the partition tree: each part's root office, its parent part,
 *   its office count. A *part* is a subtree of at most PART_MAX offices (a district
 *   in a country), or a large office with its leaf children (a division's own office).
 * - `parts/<part>.json`: every office of the part: id, names, parent (index in the
 *   part), newest charter, and the services it offers (indexes into the part's list).
 * - `terms/<key>.json`: folded words of service and office names, sharded by their
 *   first two characters, each pointing to the services whose names hold it and to
 *   the highest offices whose names hold it (a place: "ভেড়ামারা" → the upazila's
 *   office; its offices under it hold the word too), or only a count when too many.
 * - `services/<id>.json`: one distinct service: its name, how many offices offer it
 *   and how many in each part, so the country scope shows counts, never a list.
 *
 * The code is split by concern: `catalogue/format.ts` (paths, file shapes, limits, the one
 * spelling of a word), `catalogue/build.ts` (the national layer writes the files) and
 * `catalogue/query.ts` (a query is answered from them). Import from here.
 */
export * from './catalogue/format.ts';
export * from './catalogue/build.ts';
export * from './catalogue/query.ts';

/**
 * The anchor of a service on a charter page (`#service-নামজারি-ও-জমাখারিজ`).
 *
 * Derived from the service's name alone, so the same service keeps its anchor
 * in every version of a charter and at the office's stable current-charter
 * address, and any code that knows a name (the pages, the search index, the
 * national catalogue in the browser) builds the same link without a lookup.
 * A charter that lists the same name twice gets `-2`, `-3`… on the later rows,
 * in page order (sections citizen, office, internal).
 */
import { normalizeBengali } from './text.ts';

const PREFIX = 'service-';
// Letters, marks and digits of any script stay; every other run becomes one hyphen.
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/gu;
// Long names (a whole sentence printed as a name) would make unwieldy links; words after this are dropped.
const MAX_CODE_POINTS = 60;

/** The anchor id of one service name (without `#`). */
export function serviceAnchor(name: string): string {
  const words = normalizeBengali(name)
    .toLowerCase()
    .replace(NOT_WORD, '-')
    .replace(/^-+|-+$/g, '');
  let slug = words;
  if ([...slug].length > MAX_CODE_POINTS) {
    const cut = [...slug].slice(0, MAX_CODE_POINTS).join('');
    const lastHyphen = cut.lastIndexOf('-');
    slug = lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut;
  }
  return PREFIX + (slug || 'unnamed');
}

/** The anchors of a charter's services in page order; a repeated name gets `-2`, `-3`… */
export function serviceAnchors(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const anchor = serviceAnchor(name);
    const count = (seen.get(anchor) ?? 0) + 1;
    seen.set(anchor, count);
    return count === 1 ? anchor : `${anchor}-${count}`;
  });
}

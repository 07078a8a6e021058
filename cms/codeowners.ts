/**
 * CODEOWNERS from each office's `reviewers` (content/offices/<id>/office.yaml): with
 * branch protection's "Require review from Code Owners", an office's reviewers must
 * approve every change to its folder, including the pull requests the CMS opens.
 * Generated, never hand-edited; CI checks it is current.
 *
 * GitHub ignores a CODEOWNERS file of 3 MB or more (then no rule applies at all), and
 * one line per office passes that at a few tens of thousands of offices. So the file
 * uses what GitHub documents for making it smaller: wildcard patterns, read in order
 * with the last matching line deciding (docs: "About code owners"). Offices are folders
 * named by hyphenated ids, and the offices one team reviews usually share the start of
 * their id (`dhaka-03-land`, `dhaka-03-agri`, … all reviewed by the upazila's team),
 * so the ids are put in a tree by their hyphen-separated parts, and a node's offices
 * get one line (the folder pattern `/content/offices/<prefix>-*` and a slash) for the owners most of them have,
 * followed by lines for the offices that differ. Which node gets a line is chosen to
 * make the file smallest (a small dynamic programme over the tree), and `ownersOf`
 * below, which reads the file as GitHub does, is how the tests prove every office
 * still gets exactly its own reviewers. Only `*` inside one path segment is used;
 * GitHub does not support `!`, `[ ]` or escapes in CODEOWNERS.
 */
import { listOfficeIds, readContentFile } from '../src/content-model/load.ts';
import { OFFICE_FILE, officesDir } from '../src/content-model/paths.ts';
import path from 'node:path';
import fs from 'node:fs';

export interface OfficeReviewers {
  id: string;
  reviewers: string[];
}

export const CODEOWNERS_PATH = '.github/CODEOWNERS';

/** GitHub's documented limit: a CODEOWNERS file this big or bigger is not loaded. */
export const CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;

const FOLDER = '/content/offices/';
/** What an office id may hold to be written as a CODEOWNERS pattern as it is (no wildcard, space or comment sign). */
const PATTERN_SAFE_ID = /^[A-Za-z0-9._-]+$/;

interface Node {
  prefix: string;
  /** Owners of the office whose id is exactly `prefix` (space-joined; '' for none), if there is one. */
  own?: string;
  children: Map<string, Node>;
  /** Offices below this node (not itself) by their owners. */
  below: Map<string, number>;
}

function ownersKey(reviewers: readonly string[]): string {
  return [...new Set(reviewers)].join(' ');
}

function buildTree(offices: readonly OfficeReviewers[]): Node {
  const root: Node = { prefix: '', children: new Map(), below: new Map() };
  for (const office of offices) {
    if (!PATTERN_SAFE_ID.test(office.id)) {
      throw new Error(`office folder "${office.id}" cannot be named in CODEOWNERS: an office id is latin letters, digits and hyphens (rename the folder)`);
    }
    const key = ownersKey(office.reviewers);
    let node = root;
    for (const part of office.id.split('-')) {
      node.below.set(key, (node.below.get(key) ?? 0) + 1);
      let child = node.children.get(part);
      if (!child) {
        child = { prefix: node.prefix ? `${node.prefix}-${part}` : part, children: new Map(), below: new Map() };
        node.children.set(part, child);
      }
      node = child;
    }
    node.own = key;
  }
  return root;
}

const line = (pattern: string, key: string) => `${pattern}${key ? ` ${key}` : ''}\n`;
const exactPattern = (node: Node) => `${FOLDER}${node.prefix}/`;
const belowPattern = (node: Node) => (node.prefix ? `${FOLDER}${node.prefix}-*/` : FOLDER);

/**
 * The owners most offices below a node have (ties: the first in code-unit order), when
 * at least two share them: a wildcard line also gives its owners to an office added later
 * with a matching id, so it stands for a group, never for one office. The folder of all
 * offices gets none (one team would own every new office).
 */
function mostCommon(node: Node): string | undefined {
  if (!node.prefix) return undefined;
  let best: string | undefined;
  let count = 0;
  for (const [key, n] of node.below) if (n > count || (n === count && best !== undefined && key < best)) [best, count] = [key, n];
  return count >= 2 ? best : undefined;
}

interface Plan {
  bytes: number;
  /** Owners of this node's line for the offices below it, when it gets one. */
  below?: string;
}

/**
 * The smallest set of lines (in bytes) that gives every office under `node` its owners,
 * when the lines before give `inherited` to all of them (no line at all counts as '').
 */
function plan(node: Node, inherited: string, memo: Map<Node, Map<string, Plan>>): Plan {
  const known = memo.get(node)?.get(inherited);
  if (known) return known;
  const own = node.own !== undefined && node.own !== inherited ? Buffer.byteLength(line(exactPattern(node), node.own)) : 0;
  const children = (given: string) => [...node.children.values()].reduce((sum, child) => sum + plan(child, given, memo).bytes, 0);
  let best: Plan = { bytes: own + children(inherited) };
  const common = mostCommon(node);
  if (common !== undefined && common !== inherited && node.children.size) {
    const bytes = own + Buffer.byteLength(line(belowPattern(node), common)) + children(common);
    if (bytes < best.bytes) best = { bytes, below: common };
  }
  const forNode = memo.get(node) ?? new Map<string, Plan>();
  forNode.set(inherited, best);
  memo.set(node, forNode);
  return best;
}

function emit(node: Node, inherited: string, memo: Map<Node, Map<string, Plan>>, out: string[]): void {
  const chosen = plan(node, inherited, memo);
  if (node.own !== undefined && node.own !== inherited) out.push(line(exactPattern(node), node.own));
  const given = chosen.below ?? inherited;
  if (chosen.below !== undefined) out.push(line(belowPattern(node), chosen.below));
  for (const key of [...node.children.keys()].sort()) emit(node.children.get(key) as Node, given, memo, out);
}

export function renderCodeowners(offices: OfficeReviewers[]): string {
  const unreviewed = offices
    .filter((o) => !o.reviewers.length)
    .map((o) => o.id)
    .sort();
  const header = [
    '# Generated by `npm run codeowners` from the `reviewers` of each content/offices/<office>/office.yaml.',
    '# Do not edit by hand: `npm run codeowners -- --check` (run by the tests in CI) fails when this file is stale.',
    "# With branch protection requiring code-owner review, an office's reviewers approve every change to its folder;",
    "# an office with no reviewers yet is reviewed by the repository's maintainers.",
    '# Offices whose ids start alike share a wildcard line; the last matching line decides (GitHub honours no file of 3 MB or more).',
  ];
  if (unreviewed.length) {
    const named = unreviewed.slice(0, 20).join(', ');
    header.push(
      `# ${unreviewed.length} office${unreviewed.length === 1 ? ' has' : 's have'} no reviewers yet (add them to each office.yaml): ${named}${unreviewed.length > 20 ? `, and ${unreviewed.length - 20} more` : ''}`,
    );
  }
  const out = [`${header.join('\n')}\n\n`];
  const memo = new Map<Node, Map<string, Plan>>();
  emit(buildTree([...offices].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))), '', memo, out);
  return out.join('');
}

/**
 * The owners GitHub reads from `text` for a path in the repository (`content/offices/x/office.yaml`):
 * the last line whose pattern matches decides; undefined when none matches, [] when the
 * matching line names no owners. Patterns are read as GitHub documents them (gitignore's
 * rules: `*` within one segment, `**` across, a leading `/` anchors, a trailing `/` means a
 * folder and everything in it, a pattern without a slash matches at any depth).
 */
export function ownersOf(text: string, file: string): string[] | undefined {
  let found: string[] | undefined;
  for (const rule of parseCodeowners(text)) if (rule.matches(file)) found = rule.owners;
  return found;
}

export interface CodeownersRule {
  pattern: string;
  owners: string[];
  matches(file: string): boolean;
}

export function parseCodeowners(text: string): CodeownersRule[] {
  const rules: CodeownersRule[] = [];
  for (const raw of text.split('\n')) {
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const [pattern = '', ...owners] = trimmed.split(/\s+/);
    rules.push({ pattern, owners, matches: patternMatcher(pattern) });
  }
  return rules;
}

function patternMatcher(pattern: string): (file: string) => boolean {
  const folderOnly = pattern.endsWith('/');
  const body = pattern.replace(/^\//, '').replace(/\/$/, '');
  const anchored = pattern.startsWith('/') || body.includes('/');
  const source = body
    .split('/')
    .map((part) =>
      part === '**'
        ? '(?:.*/)?'
        : `${part
            .replace(/[.+^${}()|\\]/g, '\\$&')
            .replace(/\*/g, '[^/]*')
            .replace(/\?/g, '[^/]')}/`,
    )
    .join('')
    .replace(/\(\?:\.\*\/\)\?$/, '.*/')
    .replace(/\/$/, '');
  // A folder pattern matches what is inside it; a file pattern the file itself or, when it names a folder, its contents.
  const re = new RegExp(`^${anchored ? '' : '(?:.*/)?'}${source}${folderOnly ? '/.*' : '(?:/.*)?'}$`);
  return (file) => re.test(file);
}

/** Reviewers of every office in a content tree, from each office.yaml alone; an office.yaml that does not parse is an error naming the file. */
export function readReviewers(contentRoot: string): OfficeReviewers[] {
  const dir = officesDir(contentRoot);
  return listOfficeIds(contentRoot).map((id) => {
    const absolutePath = path.join(dir, id, OFFICE_FILE);
    const file = fs.existsSync(absolutePath) ? readContentFile({ kind: 'office', officeId: id, id, absolutePath }) : undefined;
    if (!file || file.source.data === undefined) {
      throw new Error(`${file?.source.displayPath ?? `content/offices/${id}/office.yaml`}: cannot read the office's reviewers (run npm run validate)`);
    }
    const reviewers = (file.source.data as { reviewers?: unknown }).reviewers ?? [];
    if (!Array.isArray(reviewers) || reviewers.some((r) => typeof r !== 'string' || !/^@[A-Za-z0-9-]+(?:\/[A-Za-z0-9._-]+)?$/.test(r))) {
      throw new Error(
        `${file.source.displayPath}, line ${file.source.lineOf(['reviewers'])}, field reviewers: expected a list of GitHub users or teams such as @rangpur-divcom or @org/team`,
      );
    }
    return { id, reviewers: reviewers as string[] };
  });
}

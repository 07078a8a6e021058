/**
 * The nightly reminders against a GitHub that answers as GitHub does: a server on
 * 127.0.0.1 that checks every request against the shapes recorded from GitHub's own
 * REST description (tests/fixtures/github-rest/issues.json, from @octokit/openapi) and
 * answers with the recorded issue objects, pages with a Link header, counts the hour's
 * requests and can refuse with a rate limit. The real command runs against it on a
 * small generated country, night after night.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFiles } from '../../src/synthetic/country.ts';
import { parseMarker } from '../../src/reminders/notice.ts';
import { repoRoot } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';

interface Operation {
  method: string;
  path: string;
  query: string[];
  requestBody: unknown;
  response: { status: number; example: unknown };
}
const recorded = JSON.parse(fs.readFileSync(path.join(repoRoot, 'tests/fixtures/github-rest/issues.json'), 'utf8')) as {
  operations: { list: Operation; create: Operation; update: Operation };
};

/** OpenAPI 3.0's `nullable` and `example` in JSON Schema terms, for ajv. */
function jsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(jsonSchema);
  if (!node || typeof node !== 'object') return node;
  const { nullable, example: _example, ...rest } = node as Record<string, unknown>;
  const out = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, k === 'enum' ? v : jsonSchema(v)]));
  if (!nullable) return out;
  if (typeof out['type'] === 'string') return { ...out, type: [out['type'], 'null'], ...(out['enum'] ? { enum: [...(out['enum'] as unknown[]), null] } : {}) };
  return { anyOf: [out, { type: 'null' }] };
}
const ajv = new Ajv({ strict: false, allErrors: true });
const validators: Record<'create' | 'update', ValidateFunction> = {
  create: ajv.compile(jsonSchema(recorded.operations.create.requestBody) as object),
  update: ajv.compile(jsonSchema(recorded.operations.update.requestBody) as object),
};

interface Issue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  assignees: string[];
}

interface FakeGitHub {
  url: string;
  issues: Map<number, Issue>;
  requests: { method: string; path: string; body?: unknown }[];
  /** Requests left this hour (x-ratelimit-remaining). */
  remaining: number;
  /** Refuse every write after this many with a secondary rate limit (403, retry-after an hour). */
  writesAllowed: number;
  /** Refuse to open an issue for this office (422, as for an assignee without access). */
  refuseOffice?: string;
  close(): Promise<void>;
}

/** GitHub's issues API, as far as the sync uses it, answering with the recorded shapes. */
async function fakeGitHub(pageSize = 15): Promise<FakeGitHub> {
  const issues = new Map<number, Issue>();
  const requests: FakeGitHub['requests'] = [];
  const state = { remaining: 1000, writesAllowed: Infinity, writes: 0 } as FakeGitHub & { writes: number };
  const example = recorded.operations.create.response.example as Record<string, unknown>;
  const asJson = (issue: Issue) => ({
    ...example,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.state_reason,
    labels: issue.labels.map((name, i) => ({ ...(example['labels'] as object[])[0], id: i + 1, name })),
    assignees: issue.assignees.map((login) => ({ ...(example['assignee'] as object), login })),
    pull_request: undefined,
  });
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
      requests.push({ method: req.method ?? '', path: `${url.pathname}${url.search}`, ...(body ? { body } : {}) });
      const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
        state.remaining--;
        res.writeHead(status, {
          'content-type': 'application/json',
          'x-ratelimit-limit': '1000',
          'x-ratelimit-remaining': String(state.remaining),
          'x-ratelimit-reset': '1900000000',
          ...headers,
        });
        res.end(JSON.stringify(json));
      };
      if (req.headers.authorization !== 'Bearer test-token') return send(401, { message: 'Bad credentials' });
      if (req.headers['x-github-api-version'] !== '2022-11-28') return send(400, { message: 'no API version' });
      const list = /^\/repos\/mopa-bd\/portal\/issues$/.test(url.pathname);
      const one = /^\/repos\/mopa-bd\/portal\/issues\/(\d+)$/.exec(url.pathname);
      if (req.method !== 'GET') {
        if (++state.writes > state.writesAllowed)
          return send(403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, { 'retry-after': '3600' });
      }
      if (req.method === 'GET' && list) {
        for (const name of url.searchParams.keys())
          if (!recorded.operations.list.query.includes(name)) return send(422, { message: `unknown parameter ${name}` });
        const wanted = url.searchParams.get('labels');
        const found = [...issues.values()].filter(
          (i) => i.state === url.searchParams.get('state') && (!wanted || wanted.split(',').every((l) => i.labels.includes(l))),
        );
        const perPage = Math.min(pageSize, Number(url.searchParams.get('per_page') ?? 30));
        const page = Number(url.searchParams.get('page') ?? 1);
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        const link = page * perPage < found.length ? { link: `<${next.href.replace('http://127.0.0.1', base)}>; rel="next"` } : {};
        return send(200, found.slice((page - 1) * perPage, page * perPage).map(asJson), link);
      }
      if (req.method === 'POST' && list) {
        if (!validators.create(body)) return send(422, { message: 'Validation Failed', errors: validators.create.errors });
        if (fake.refuseOffice && parseMarker(String(body?.['body']))?.officeId === fake.refuseOffice)
          return send(422, { message: 'Validation Failed: assignees' });
        const issue: Issue = {
          number: issues.size + 1,
          title: String(body?.['title']),
          body: String(body?.['body']),
          state: 'open',
          state_reason: null,
          labels: body?.['labels'] as string[],
          assignees: body?.['assignees'] as string[],
        };
        issues.set(issue.number, issue);
        return send(201, asJson(issue));
      }
      if (req.method === 'PATCH' && one) {
        if (!validators.update(body)) return send(422, { message: 'Validation Failed', errors: validators.update.errors });
        const issue = issues.get(Number(one[1]));
        if (!issue) return send(404, { message: 'Not Found' });
        Object.assign(issue, { ...body, state_reason: body?.['state'] === 'closed' ? (body['state_reason'] ?? null) : null });
        return send(200, asJson(issue));
      }
      return send(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fake: FakeGitHub = Object.assign(state, {
    url: base,
    issues,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
  return fake;
}

let root: string;
const USER_REVIEWED = 'dc-dhaka';

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-reminders-'));
  for (const file of generateFiles({ offices: 30, seed: 'reminders', asOf: '2024-05-01', staleShare: 0.2 })) {
    fs.mkdirSync(path.dirname(path.join(root, file.path)), { recursive: true });
    fs.writeFileSync(path.join(root, file.path), file.content);
  }
  // One office also names a person as reviewer: issues are assigned to people, teams are mentioned.
  const yaml = path.join(root, 'offices', USER_REVIEWED, 'office.yaml');
  fs.writeFileSync(yaml, fs.readFileSync(yaml, 'utf8').replace(/^reviewers:\n/m, 'reviewers:\n  - "@rahima-khatun"\n'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function night(github: FakeGitHub, asOf: string, ...more: string[]) {
  const result = await runScript('reminders', ['--as-of', asOf, '--format', 'json', '--write-interval', '0', ...more], {
    PORTAL_CONTENT_DIR: root,
    GITHUB_API_URL: github.url,
    GITHUB_TOKEN: 'test-token',
    GITHUB_REPOSITORY: 'mopa-bd/portal',
  });
  const outcome = result.stdout
    ? (JSON.parse(result.stdout) as {
        opened: number[];
        updated: number[];
        closed: number[];
        left: unknown[];
        stoppedBy: string | null;
        stale: number;
        dueSoon: number;
        notices: number;
        errors: unknown[];
      })
    : undefined;
  return { ...result, outcome: outcome! };
}

const writes = (github: FakeGitHub) => github.requests.filter((r) => r.method !== 'GET');
const open = (github: FakeGitHub) => [...github.issues.values()].filter((i) => i.state === 'open');

describe('npm run reminders, night after night', { timeout: 120_000 }, () => {
  let github: FakeGitHub;
  beforeAll(async () => (github = await fakeGitHub()));
  afterAll(() => github.close());

  it('opens one issue per office due soon or stale, in Bengali, saying what to publish by when, and exits 0 though offices are stale', async () => {
    const first = await night(github, '2024-07-05');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.outcome.stale).toBeGreaterThan(0);
    expect(first.outcome.notices).toBe(first.outcome.stale + first.outcome.dueSoon);
    expect(first.outcome.opened).toHaveLength(first.outcome.notices);
    // Every request had the shape GitHub documents (the server refuses any other with 422).
    expect(writes(github).every((r) => r.method === 'POST' && r.path === '/repos/mopa-bd/portal/issues')).toBe(true);
    const offices = open(github).map((i) => parseMarker(i.body)?.officeId);
    expect(new Set(offices).size).toBe(offices.length);
    const dueSoon = open(github).find((i) => i.labels.includes('freshness:due-soon') && parseMarker(i.body)?.officeId !== USER_REVIEWED)!;
    expect(dueSoon.title).toMatch(/১৫ জুলাই ২০২৪-এর মধ্যে হালনাগাদ প্রকাশ করুন$/);
    expect(dueSoon.body).toContain('সেবা প্রদান প্রতিশ্রুতি হালনাগাদ');
    expect(dueSoon.body).toMatch(/পর্যালোচক: @synthetic-bd\/[a-z0-9-]+/);
    const stale = open(github).find((i) => i.labels.includes('freshness:stale'))!;
    expect(stale.title).toMatch(/হালনাগাদের সময়সীমা পেরিয়ে গেছে/);
    expect(stale.body).toMatch(/\(পেরিয়ে গেছে\)/);
    const assigned = open(github).find((i) => parseMarker(i.body)?.officeId === USER_REVIEWED)!;
    expect(assigned.assignees).toEqual(['rahima-khatun']);
    expect(assigned.labels[0]).toBe('freshness-reminder');
  });

  it('writes nothing the next night when no office changed (only the open issues are read, a page at a time)', async () => {
    const before = github.requests.length;
    const again = await night(github, '2024-07-05');
    expect(again.code).toBe(0);
    expect(again.outcome.opened.length + again.outcome.updated.length + again.outcome.closed.length).toBe(0);
    const made = github.requests.slice(before);
    expect(made.every((r) => r.method === 'GET')).toBe(true);
    expect(made.length).toBe(Math.ceil(open(github).length / 15));
  });

  it('updates only the offices whose notice changed when the deadline passes', async () => {
    const bodies = new Map(open(github).map((i) => [i.number, i.body]));
    const dueSoonBefore = open(github)
      .filter((i) => i.labels.includes('freshness:due-soon'))
      .map((i) => i.number);
    const before = writes(github).length;
    const later = await night(github, '2024-07-20');
    expect(later.code).toBe(0);
    expect(later.outcome.opened).toEqual([]);
    const changed = open(github)
      .filter((i) => i.body !== bodies.get(i.number))
      .map((i) => i.number);
    expect(later.outcome.updated.sort((a, b) => a - b)).toEqual(changed.sort((a, b) => a - b));
    // Every office that was due soon is now stale (its notice changed); an office stale already changed only if what it owes did.
    expect(changed).toEqual(expect.arrayContaining(dueSoonBefore));
    expect(
      writes(github)
        .slice(before)
        .every((r) => r.method === 'PATCH' && (r.body as { state: string }).state === 'open'),
    ).toBe(true);
    expect(open(github).every((i) => i.labels.includes('freshness:stale'))).toBe(true);
  });

  it('closes the issue of every office that is no longer due soon or stale, saying why', async () => {
    const back = await night(github, '2024-05-01');
    expect(back.code).toBe(0);
    expect(back.outcome.closed.length).toBeGreaterThan(0);
    const closed = [...github.issues.values()].filter((i) => i.state === 'closed');
    expect(closed).toHaveLength(back.outcome.closed.length);
    expect(closed.every((i) => i.state_reason === 'completed' && i.body.includes('সব ত্রৈমাসিক বাধ্যবাধকতা পালিত'))).toBe(true);
    expect(open(github)).toHaveLength(back.outcome.stale + back.outcome.dueSoon);
  });
});

describe('npm run reminders within GitHub limits', { timeout: 120_000 }, () => {
  it('stops at --max-writes, stale offices first, and the next run goes on from there', async () => {
    const github = await fakeGitHub();
    const first = await night(github, '2024-07-05', '--max-writes', '4');
    expect(first.code).toBe(0);
    expect(first.outcome.opened).toHaveLength(4);
    expect(first.outcome.left).toHaveLength(first.outcome.notices - 4);
    expect(open(github).every((i) => i.labels.includes('freshness:stale'))).toBe(true);
    const second = await night(github, '2024-07-05');
    expect(second.outcome.opened).toHaveLength(first.outcome.notices - 4);
    expect(open(github)).toHaveLength(first.outcome.notices);
    await github.close();
  });

  it('ends the run without failing when GitHub says a rate limit is reached, and says what is left', async () => {
    const github = await fakeGitHub();
    github.writesAllowed = 3;
    const limited = await night(github, '2024-07-05');
    expect(limited.code).toBe(0);
    expect(limited.outcome.opened).toHaveLength(3);
    expect(limited.outcome.stoppedBy).toMatch(/rate limit/);
    expect(limited.outcome.left).toHaveLength(limited.outcome.notices - 3);
    await github.close();
  });

  it('fails (exit 1) when GitHub refuses a request, after doing the others', async () => {
    const github = await fakeGitHub();
    github.refuseOffice = USER_REVIEWED;
    const refused = await night(github, '2024-07-05');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`error: ${USER_REVIEWED}: POST /repos/mopa-bd/portal/issues: 422`));
    expect(refused.outcome.opened).toHaveLength(refused.outcome.notices - 1);
    await github.close();
  });

  it('refuses to run without a token and a repository, and --dry-run needs neither', async () => {
    const missing = await runScript('reminders', ['--as-of', '2024-07-05'], { PORTAL_CONTENT_DIR: root, GITHUB_TOKEN: '', GITHUB_REPOSITORY: '' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/set GITHUB_TOKEN and GITHUB_REPOSITORY/);
    const dry = await runScript('reminders', ['--as-of', '2024-07-05', '--dry-run'], { PORTAL_CONTENT_DIR: root, GITHUB_TOKEN: '', GITHUB_REPOSITORY: '' });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/dry run: would \d+ open, 0 update, 0 close/);
  });
});

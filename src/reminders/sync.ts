/**
 * Keeps one open GitHub issue per office that is due soon or stale, in step with its
 * notice (./notice.ts): opened when the office needs one, edited when what it must do
 * changed, closed when it no longer needs one. Incremental: the open reminder issues are
 * listed (each carries its office and the digest of its text in a marker), and only an
 * office whose notice differs costs a write.
 *
 * GitHub's limits decide the shape (docs/maintainers.md has the arithmetic): the workflow's
 * GITHUB_TOKEN may make 1,000 requests an hour per repository, and at most 80
 * content-generating requests a minute and 500 an hour are allowed. So writes go one at a
 * time with a pause between them (GitHub asks for at least a second), at most `maxWrites`
 * in a run, the most urgent first (stale before due soon, the oldest first), and a run that
 * reaches a limit stops and leaves the rest to the next run, which finds it again by
 * comparing. Being rate-limited is not a failure; an error answer is.
 */
import { closingBody, parseMarker, REMINDER_LABEL, type Notice } from './notice.ts';

export interface OpenReminder {
  number: number;
  officeId: string;
  key: string;
}

export type SyncAction =
  | { kind: 'open'; officeId: string; notice: Notice }
  | { kind: 'update'; officeId: string; number: number; notice: Notice }
  | { kind: 'close'; officeId: string; number: number; why: 'fresh' | 'removed' | { duplicateOf: number } };

/**
 * What to write so the open issues match the notices, most urgent first. `offices`: the
 * offices of the content tree (an issue of an office no longer there is closed as removed).
 */
export function planSync(notices: readonly Notice[], open: readonly OpenReminder[], offices: { has(id: string): boolean }): SyncAction[] {
  const byOffice = new Map<string, OpenReminder[]>();
  for (const issue of [...open].sort((a, b) => a.number - b.number)) byOffice.set(issue.officeId, [...(byOffice.get(issue.officeId) ?? []), issue]);
  const writes: SyncAction[] = [];
  const closes: SyncAction[] = [];
  const wanted = new Set<string>();
  for (const notice of notices) {
    wanted.add(notice.officeId);
    const [kept, ...extra] = byOffice.get(notice.officeId) ?? [];
    if (!kept) writes.push({ kind: 'open', officeId: notice.officeId, notice });
    else if (kept.key !== notice.key) writes.push({ kind: 'update', officeId: notice.officeId, number: kept.number, notice });
    for (const issue of extra) closes.push({ kind: 'close', officeId: notice.officeId, number: issue.number, why: { duplicateOf: kept?.number ?? 0 } });
  }
  for (const [officeId, issues] of byOffice) {
    if (wanted.has(officeId)) continue;
    for (const issue of issues) closes.push({ kind: 'close', officeId, number: issue.number, why: offices.has(officeId) ? 'fresh' : 'removed' });
  }
  const urgency = (a: SyncAction) => (a.kind === 'close' ? ['2', ''] : [a.notice.status === 'stale' ? '0' : '1', a.notice.dueBy]);
  const order = (a: SyncAction, b: SyncAction) => {
    const [ua, da] = urgency(a);
    const [ub, db] = urgency(b);
    return (
      (ua as string).localeCompare(ub as string) ||
      (da as string).localeCompare(db as string) ||
      (a.officeId < b.officeId ? -1 : a.officeId > b.officeId ? 1 : 0)
    );
  };
  return [...writes, ...closes].sort(order);
}

/** A limit reached: stop for this run (not an error); `resetAt` is when GitHub says to try again (epoch seconds), when known. */
export class RateLimited extends Error {
  readonly resetAt: number | undefined;
  constructor(message: string, resetAt?: number) {
    super(message);
    this.resetAt = resetAt;
  }
}

export interface GitHubOptions {
  /** `https://api.github.com` (Actions sets GITHUB_API_URL). */
  apiUrl: string;
  token: string;
  /** `owner/name`. */
  repo: string;
  fetch?: typeof fetch;
  /** Pause before each write (default 1,000 ms, GitHub's advice for many writes). */
  writeIntervalMs?: number;
  /** Stop when fewer requests than this are left in the hour (default 10: room for the next run's first look). */
  reserve?: number;
  sleep?: (ms: number) => Promise<void>;
}

interface IssueJson {
  number: number;
  body?: string | null;
  pull_request?: unknown;
}

/** The few REST calls the sync makes (shapes: tests/fixtures/github-rest/issues.json, from GitHub's own API description). */
export class GitHubIssues {
  readonly requests = { reads: 0, writes: 0 };
  private readonly options: Required<Omit<GitHubOptions, 'fetch'>> & { fetch: typeof fetch };
  private lastWrite = 0;

  constructor(options: GitHubOptions) {
    this.options = {
      writeIntervalMs: 1000,
      reserve: 10,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      fetch: globalThis.fetch,
      ...options,
      apiUrl: options.apiUrl.replace(/\/$/, ''),
    };
  }

  /** Every open issue with the reminder label that carries a marker (pull requests and hand-made issues are left alone). */
  async listOpen(): Promise<OpenReminder[]> {
    const found: OpenReminder[] = [];
    let url: string | undefined =
      `${this.options.apiUrl}/repos/${this.options.repo}/issues?state=open&labels=${encodeURIComponent(REMINDER_LABEL)}&per_page=100`;
    while (url) {
      const response = await this.request('GET', url);
      for (const issue of (await response.json()) as IssueJson[]) {
        const marker = issue.pull_request ? undefined : parseMarker(issue.body);
        if (marker?.officeId) found.push({ number: issue.number, officeId: marker.officeId, key: marker.key });
      }
      url = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
    }
    return found;
  }

  async open(notice: Notice): Promise<number> {
    const body = { title: notice.title, body: notice.body, labels: notice.labels, assignees: notice.assignees };
    const response = await this.request('POST', `${this.options.apiUrl}/repos/${this.options.repo}/issues`, body);
    return ((await response.json()) as IssueJson).number;
  }

  async update(number: number, notice: Notice): Promise<void> {
    const body = { title: notice.title, body: notice.body, labels: notice.labels, assignees: notice.assignees, state: 'open' };
    await this.request('PATCH', `${this.options.apiUrl}/repos/${this.options.repo}/issues/${number}`, body);
  }

  async close(number: number, body: string, reason: 'completed' | 'not_planned' | 'duplicate'): Promise<void> {
    await this.request('PATCH', `${this.options.apiUrl}/repos/${this.options.repo}/issues/${number}`, { body, state: 'closed', state_reason: reason });
  }

  private async request(method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown): Promise<Response> {
    const write = method !== 'GET';
    for (let attempt = 0; ; attempt++) {
      if (write) {
        const wait = this.lastWrite + this.options.writeIntervalMs - Date.now();
        if (wait > 0) await this.options.sleep(wait);
        this.lastWrite = Date.now();
      }
      const response = await this.options.fetch(url, {
        method,
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${this.options.token}`,
          'x-github-api-version': '2022-11-28',
          'user-agent': 'protishruti-reminders',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (write) this.requests.writes++;
      else this.requests.reads++;
      const remaining = response.headers.get('x-ratelimit-remaining');
      const reset = Number(response.headers.get('x-ratelimit-reset')) || undefined;
      if (response.status === 403 || response.status === 429) {
        const retryAfter = Number(response.headers.get('retry-after'));
        const text = await response.text();
        // A secondary limit with a short wait: wait once or twice; anything longer ends this run.
        if (retryAfter > 0 && retryAfter <= 60 && attempt < 2) {
          await this.options.sleep(retryAfter * 1000);
          continue;
        }
        if (remaining === '0' || retryAfter > 0 || /rate limit/i.test(text))
          throw new RateLimited(`GitHub's rate limit (${response.status}): ${firstLine(text)}`, reset);
        throw new Error(`${method} ${new URL(url).pathname}: ${response.status} ${firstLine(text)}`);
      }
      if (response.status >= 500 && attempt < 2) {
        await this.options.sleep(2000 * (attempt + 1));
        continue;
      }
      if (!response.ok) throw new Error(`${method} ${new URL(url).pathname}: ${response.status} ${firstLine(await response.text())}`);
      if (remaining !== null && Number(remaining) < this.options.reserve) {
        // This answer counts; the next request would eat into what the next run needs.
        this.exhausted = new RateLimited(`only ${remaining} requests left this hour`, reset);
      }
      if (this.exhausted && !write) throw this.exhausted;
      return response;
    }
  }

  /** Set when the hour's requests are nearly used: the next write stops the run. */
  exhausted: RateLimited | undefined;
}

function firstLine(text: string): string {
  try {
    const message = (JSON.parse(text) as { message?: string }).message;
    if (message) return message;
  } catch {
    // not JSON
  }
  return text.split('\n')[0]?.slice(0, 200) ?? '';
}

export interface SyncResult {
  opened: number[];
  updated: number[];
  closed: number[];
  /** Actions not taken in this run (a limit reached, or `maxWrites`): the next run does them. */
  left: SyncAction[];
  /** Why the run stopped early, when it did. */
  stoppedBy?: string;
  /** Actions GitHub refused, with its answer. */
  errors: { action: SyncAction; message: string }[];
}

/** Carries out `actions` in order, at most `maxWrites` of them. */
export async function runSync(actions: readonly SyncAction[], api: GitHubIssues, options: { maxWrites: number; asOf: string }): Promise<SyncResult> {
  const result: SyncResult = { opened: [], updated: [], closed: [], left: [], errors: [] };
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i] as SyncAction;
    if (i >= options.maxWrites || api.exhausted) {
      result.left = actions.slice(i);
      result.stoppedBy = api.exhausted ? api.exhausted.message : `at most ${options.maxWrites} writes a run (--max-writes)`;
      break;
    }
    try {
      if (action.kind === 'open') result.opened.push(await api.open(action.notice));
      else if (action.kind === 'update') {
        await api.update(action.number, action.notice);
        result.updated.push(action.number);
      } else {
        const reason = action.why === 'fresh' ? 'completed' : action.why === 'removed' ? 'not_planned' : 'duplicate';
        await api.close(action.number, closingBody(action.officeId, action.why, options.asOf), reason);
        result.closed.push(action.number);
      }
    } catch (error) {
      if (error instanceof RateLimited) {
        result.left = actions.slice(i);
        result.stoppedBy = `${error.message}${error.resetAt ? ` (GitHub's hour starts again at ${new Date(error.resetAt * 1000).toISOString().slice(11, 16)} UTC)` : ''}`;
        break;
      }
      result.errors.push({ action, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}

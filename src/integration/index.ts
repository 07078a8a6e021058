/**
 * The `protishruti()` Astro integration: whatever starts Astro, content the build
 * would refuse is refused before a page renders.
 *
 * - `astro dev`: validation and the freshness gate run when the server starts and
 *   again whenever a content file or the policy changes; a page shows the error in
 *   Astro's overlay (file, line, field, hint) while it stands, and the browser
 *   reloads when it changes, so fixing the file clears it.
 * - `astro build` run directly: the same checks over the build scope (`PORTAL_SCOPE`)
 *   fail the build before content is loaded, naming the file and line.
 * - `PORTAL_VALIDATED=1` (set by src/pipeline/ for the Astro builds it starts, after
 *   validating and gating each office itself): nothing is checked twice.
 *
 * - After an `astro build` the pipeline did not start, every office it rendered gets
 *   its search bundle, CMS entry, record and offline pack (src/pipeline/office-finish.ts,
 *   the same function `build:office` calls), so it leaves the same office files as
 *   `build:office`. Publishing (manifests, staging, swap) and the national layer's
 *   own steps stay in src/pipeline/ (docs/ARCHITECTURE.md, "The integration").
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { policyPath } from '../content-model/freshness-policy.ts';
import { contentRoot, OFFICE_FILE, officeOfContentPath, officesDir } from '../content-model/paths.ts';
import { buildScope, type BuildScope } from '../content-model/scope.ts';
import type { ContentCheck } from './content-check.ts';
import { asCheck, findingsOf, withOffice, type DevFindings } from './dev-findings.ts';
import { devRefusals, setDevRefusals, type DevRefusals } from './dev-state.ts';
import { policyError, staleError, validationError } from './errors.ts';
import { renderEventSink, scopedPrerenderer } from './prerender.ts';

export interface ProtishrutiOptions {
  /** The environment to read PORTAL_* and FRESHNESS_* from (tests). */
  env?: Record<string, string | undefined>;
}

/** Whether the pipeline has validated and gated this build's offices already. */
export function validatedByPipeline(env: Record<string, string | undefined> = process.env): boolean {
  return env['PORTAL_VALIDATED'] === '1';
}

function describeScope(scope: BuildScope): string {
  if (scope.offices === 'all') return 'every office';
  if (scope.offices.length === 0) return 'the national layer (office.yaml files only)';
  return `${scope.offices.length} office${scope.offices.length === 1 ? '' : 's'} (${scope.offices.slice(0, 5).join(', ')}${scope.offices.length > 5 ? ', …' : ''})`;
}

/**
 * The checks (the validator, the freshness rules) are loaded only when something is checked:
 * the pipeline's Astro builds (PORTAL_VALIDATED=1) never load them, which saves every such
 * process about a second of start-up.
 */
const contentChecks = () => import('./content-check.ts');

function logCheck(
  check: ContentCheck,
  scope: BuildScope,
  logger: AstroIntegrationLogger,
  started: number,
  gatesFreshness: (scope: BuildScope) => boolean,
): void {
  const ms = Date.now() - started;
  logger.info(`content: ${check.files} files of ${describeScope(scope)}, ${check.errors.length} errors, ${check.warnings} warnings (${ms} ms)`);
  if (check.freshness) {
    const s = check.freshness.report.summary;
    logger.info(`freshness: ${check.freshness.report.offices.length} offices ${check.freshness.resolved.note}: ${s.stale} stale, ${s.dueSoon} due soon`);
    for (const note of check.freshness.notes) logger.warn(`freshness: ${note}`);
  } else if (!gatesFreshness(scope)) {
    logger.info('freshness: not gated (the national layer lists stale offices instead of failing)');
  }
}

/** The first error the build would stop on, in the order the pipeline checks. */
function firstRefusal(check: ContentCheck, root: string, dev = false): Error | undefined {
  return (
    validationError(check.errors, { dev }) ?? (check.policyError ? policyError(check.policyError, { dev }) : undefined) ?? staleError(check, root, { dev })
  );
}

function refusalsOf(check: ContentCheck, root: string): Omit<DevRefusals, 'failedLoaders'> {
  const staleOffices = new Map<string, () => Error>();
  for (const office of check.stale) {
    staleOffices.set(office.id, () => staleError({ ...check, stale: [office] }, root, { dev: true }) ?? new Error(`${office.id} is stale`));
  }
  const everyPage =
    check.errors.length || check.policyError ? () => firstRefusal({ ...check, stale: [] }, root, true) ?? new Error('content error') : undefined;
  return { ...(everyPage ? { everyPage } : {}), staleOffices };
}

export default function protishruti(options: ProtishrutiOptions = {}): AstroIntegration {
  const env = options.env ?? process.env;
  const root = contentRoot(env);
  const scope = buildScope(env);
  /** The refusal last shown in `astro dev`, so only a change is logged and reloads the page. */
  let shown = '';
  /** `astro dev`: the findings per office, so a change re-checks only its office (src/integration/dev-findings.ts). */
  let findings: DevFindings | undefined;
  const run = async (logger: AstroIntegrationLogger, within: BuildScope = scope): Promise<ContentCheck> => {
    const { checkContent, gatesFreshness } = await contentChecks();
    const started = Date.now();
    const check = checkContent({ root, scope: within, env });
    logCheck(check, within, logger, started, gatesFreshness);
    return check;
  };

  /** The site's base path, for the prerenderer (from the resolved config). */
  let base = '/';
  /** Whether Astro renders one page at a time (the office-by-office order and its events need it). */
  let oneAtATime = true;

  return {
    name: 'protishruti',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        oneAtATime = config.build.concurrency <= 1;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        // A scoped build (the pipeline's, or `astro build` with PORTAL_SCOPE): only its pages, office by office.
        if (scope.offices === 'all' || !oneAtATime) return;
        const fd = env['PORTAL_RENDER_EVENTS'];
        setPrerenderer(scopedPrerenderer(scope, base, renderEventSink(fd ? Number(fd) : undefined)));
      },
      'astro:config:setup': async ({ command, addMiddleware, logger }) => {
        if (command === 'build') {
          if (validatedByPipeline(env)) {
            logger.info('content: validated and gated by the pipeline (PORTAL_VALIDATED=1); not checked again');
            return;
          }
          // Before the content layer loads anything: a broken file fails here with its file and line.
          const refusal = firstRefusal(await run(logger), root);
          if (refusal) throw refusal;
          return;
        }
        if (command !== 'dev') return;
        addMiddleware({ entrypoint: new URL('./dev-middleware.ts', import.meta.url), order: 'pre' });
        const check = await run(logger);
        findings = findingsOf(check);
        const refusal = firstRefusal(check, root, true);
        if (refusal) logger.error(`${refusal.message}\n(the pages show this error until it is fixed)`);
        shown = refusal?.message ?? '';
        setDevRefusals(refusalsOf(check, root));
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        const dir = officesDir(root);
        const policy = policyPath(env);
        server.watcher.add([dir, policy]);
        let timer: ReturnType<typeof setTimeout> | undefined;
        /** Set from a content change until its re-check (and any reload of content) is done. */
        let settling: { done: Promise<void>; resolve: () => void } | undefined;
        /** Offices changed since the last re-check; null: check everything again. */
        let changedOffices: Set<string> | null = new Set();
        const recheck = async () => {
          const offices = changedOffices;
          changedOffices = new Set();
          if (!findings || !offices) findings = findingsOf(await run(logger));
          else for (const id of offices) findings = withOffice(findings, id, await run(logger, { offices: [id], context: [], national: false }));
          const check = asCheck(findings);
          const refusals = refusalsOf(check, root);
          // Valid again after a load failed: load it now, before any page is served from the old store.
          const failed = [...devRefusals().failedLoaders];
          if (!refusals.everyPage && failed.length && refreshContent) {
            await refreshContent({ loaders: failed }).catch((error: unknown) => logger.error(`content: reloading failed: ${String(error)}`));
          }
          setDevRefusals(refusals);
          const refusal = firstRefusal(check, root, true);
          const summary = refusal?.message ?? '';
          if (summary === shown) return;
          if (refusal) logger.error(refusal.message);
          else logger.info('content: no errors; the pages render again');
          shown = summary;
          // The page on screen was rendered (or refused) before the change: show the new state.
          server.ws.send({ type: 'full-reload' });
        };
        const onChange = (changed: string) => {
          const file = path.resolve(changed);
          if (!file.startsWith(dir + path.sep) && file !== policy) return;
          const office = officeOfContentPath(path.relative(path.dirname(dir), file));
          // The policy, an office.yaml (an office appearing, going or moving), or a scoped dev server: everything again.
          const whole = !office || file === policy || path.basename(file) === OFFICE_FILE || scope.offices !== 'all';
          if (whole) changedOffices = null;
          else changedOffices?.add(office);
          if (!settling) {
            let resolve = () => {};
            const done = new Promise<void>((r) => (resolve = r));
            settling = { done, resolve };
          }
          clearTimeout(timer);
          timer = setTimeout(() => {
            const current = settling;
            settling = undefined;
            recheck()
              .catch((error: unknown) => logger.error(String(error)))
              .finally(() => current?.resolve());
          }, 150);
        };
        server.watcher.on('change', onChange);
        server.watcher.on('add', onChange);
        server.watcher.on('unlink', onChange);
        // A request during a re-check waits for it: a page (and Astro's cache of its routes) is never built from half-reloaded content.
        server.middlewares.use((_request, _response, next) => {
          const wait = settling?.done;
          if (wait) void wait.then(() => next());
          else next();
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The pipeline runs these steps itself, batch by batch, and then publishes each office.
        if (validatedByPipeline(env)) return;
        const started = Date.now();
        const { finishRenderedOffices } = await import('./after-build.ts');
        const ids = await finishRenderedOffices({ siteDir: fileURLToPath(dir), root, scope });
        if (ids.length)
          logger.info(
            `offices: search bundle, CMS entry, record and offline pack for ${ids.length} office${ids.length === 1 ? '' : 's'} (${Date.now() - started} ms)`,
          );
      },
    },
  };
}

export { protishruti };

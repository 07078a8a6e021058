/** axe-core in a Playwright page: the WCAG 2.0-2.2 A/AA rules (target size included) and best practice. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** One line per serious or critical violation on the page as it is now: rule, impact, help and up to three elements. */
export async function seriousViolations(page: Page): Promise<string[]> {
  return (await violations(page)).filter((v) => / \((serious|critical)\): /.test(v));
}

/**
 * One line per violation of any impact (WCAG 2.0-2.2 A and AA, target size included,
 * and best practice): the portal's pages are held to none at all.
 */
export async function violations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, not added as a <script>: the pages' Content-Security-Policy
  // (rightly) refuses an inline script, and the audit must not weaken it.
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations;
  });
  return found.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}

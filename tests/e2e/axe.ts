// axe-core in a page, evaluated over DevTools (not a <script> tag), so the extension pages' CSP stays as shipped.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }

/** Every axe violation on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.waitForTimeout(300); // let live queries settle
  await page.evaluate(`${axeSource};0`);
  return (await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe
      .run(document, { resultTypes: ['violations'] })
      .then((r) => r.violations),
  )) as AxeViolation[];
}

export function isSerious(v: AxeViolation): boolean {
  return v.impact === 'serious' || v.impact === 'critical';
}

/** "id (impact): help — targets", one line per violation, for assertion messages. */
export function describeViolations(list: AxeViolation[]): string[] {
  return list.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

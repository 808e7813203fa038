import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Tab as Page } from './driver';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (through the driver, so the extension's CSP does not block it). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScript(axeSource);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } };
    return (await axe.run(document)).violations;
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
interface AxeResults {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Axe's serious and critical findings on the page as it is, as "rule: elements" lines. */
export async function seriousViolations(
  page: Page,
  where: string,
  only?: string,
): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const result = await (only ? builder.include(only) : builder).analyze();
  // Something was checked, not an empty page.
  expect(result.passes.length, where).toBeGreaterThan(10);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

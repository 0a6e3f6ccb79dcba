import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Fails the test on any page error, and offers an axe-core check (WCAG 2.1 A and AA). */
export const test = base.extend<{ axe: (page?: Page) => Promise<void> }>({
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await use(page);
    expect(errors, 'errors thrown in the page').toEqual([]);
  },
  axe: async ({ page }, use) => {
    await use(async (target = page) => {
      const result = await new AxeBuilder({ page: target })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const summary = result.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary, `axe violations on ${target.url()}`).toEqual([]);
    });
  },
});

export { expect };

/** Creates an assessment through the UI and waits for its overview. */
export async function createAssessment(page: Page, organisation: string) {
  await page.goto('./');
  await page.getByRole('link', { name: 'Ny skattning' }).click();
  await page.getByLabel('Kommunens namn').fill(organisation);
  await page.getByRole('button', { name: 'Skapa skattningen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: organisation })).toBeVisible();
}

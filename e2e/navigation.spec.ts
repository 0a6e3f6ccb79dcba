import { test, expect, createAssessment } from './fixtures';

test('a page whose code is slow to come: the page the user is on stays, then "Laddar …", then the page', async ({
  page,
}) => {
  await createAssessment(page, 'Ekby kommun');
  // The share page's code takes three seconds to arrive (a slow first visit, before the service worker).
  await page.route(/\/assets\/SharePage-[^/]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.continue();
  });
  // What <main> shows, in order: its visible heading or "Laddar …", and whether it is busy.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const main = document.querySelector('main')!;
    // A Suspense fallback hides the page it replaces rather than removing it: only what is visible counts.
    const visible = (selector: string) =>
      Array.from(main.querySelectorAll(selector)).find((e) => e.checkVisibility())?.textContent ?? null;
    const look = () => {
      const loading = Array.from(main.querySelectorAll('p')).some(
        (p) => p.textContent === 'Laddar …' && p.checkVisibility(),
      );
      const shown = visible('h1') ?? (loading ? 'Laddar …' : '–');
      const state = `${shown}${main.getAttribute('aria-busy') === 'true' ? ' (busy)' : ''}`;
      if (seen.at(-1) !== state) seen.push(state);
    };
    new MutationObserver(look).observe(main, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
  await page.getByRole('link', { name: 'Dela som fil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Dela som fil/ })).toBeVisible();
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  // The overview stays (busy) while the code loads; after a second "Laddar …" says that something is on its way.
  expect(seen[0]).toBe('Ekby kommun (busy)');
  expect(seen).toContain('Laddar …');
  expect(seen.indexOf('Laddar …')).toBeGreaterThan(0);
  expect(seen.at(-1)).toMatch(/^Dela som fil/);
});

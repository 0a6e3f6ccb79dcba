import { writeFileSync } from 'node:fs';
import { test, expect } from './fixtures';

test.use({ serviceWorkers: 'allow' });

test('offline, a file is still read off the page: the reader worker comes from the precache', async ({
  page,
  context,
}, testInfo) => {
  await page.goto('./');
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state))
    .toBe('activated');
  await page.reload();
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const cached = (await caches.keys()).some((k) => k.includes('precache'));
        return cached && navigator.serviceWorker.controller !== null;
      }),
    )
    .toBe(true);
  const file = testInfo.outputPath('annan.json');
  writeFileSync(file, '{"type":"excalidraw","version":2}');

  await context.setOffline(true);
  await page.reload();
  await page.getByRole('link', { name: 'Öppna fil' }).click();
  await page.getByLabel('Välj en fil').setInputFiles(file);
  // Had the worker's script not been precached, it could not start offline ("Filen kunde inte läsas").
  await expect(page.getByRole('status').getByText('Det här är inte en fil från LIS-stegen.')).toBeVisible();
  await context.setOffline(false);
});

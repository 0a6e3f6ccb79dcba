import type { Page } from '@playwright/test';
import { test as base, expect, answerFirstQuestion } from './fixtures';
import { SUB_PATH, startNginx, type Nginx } from './nginx';

/**
 * The production build behind a real nginx with the configuration shipped in hosting/nginx, under
 * a sub-path, as a kommun's IT would run it (docs/hosting.md). nginx is started by this worker and
 * stopped after it; without nginx the test fails and says how to install it.
 */
const test = base.extend<object, { nginx: Nginx }>({
  nginx: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function destructures.
    async ({}, use, workerInfo) => {
      const nginx = await startNginx(workerInfo.parallelIndex);
      await use(nginx);
      await nginx.stop();
    },
    { scope: 'worker' },
  ],
});

test.use({ serviceWorkers: 'allow' });
// Both tests in one worker, sharing its nginx.
test.describe.configure({ mode: 'default' });

const HASHED = 'public, max-age=31536000, immutable';

test('the shipped nginx configuration sends the security headers, MIME types and cache rules', async ({
  nginx,
  request,
}) => {
  const page = await request.get(nginx.url);
  expect(page.status()).toBe(200);
  const headers = page.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['cache-control']).toBe('no-cache');

  const html = await page.text();
  const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script, 'index.html loads a hashed script').toBeTruthy();
  const asset = await request.get(new URL(script!, nginx.url).href);
  expect(asset.headers()['cache-control']).toBe(HASHED);
  expect(asset.headers()['content-type']).toMatch(/javascript/);
  expect(asset.headers()['x-content-type-options'], 'headers also on nested locations').toBe('nosniff');

  for (const file of ['sw.js', 'version.json']) {
    const response = await request.get(new URL(file, nginx.url).href);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['cache-control'], file).toBe('no-cache');
  }
  const manifest = await request.get(new URL('manifest.webmanifest', nginx.url).href);
  expect(manifest.headers()['content-type']).toMatch(/^application\/manifest\+json/);
  expect(manifest.headers()['cache-control']).toBe('no-cache');
  expect(manifest.headers()['referrer-policy']).toBe('no-referrer');

  // A missing hashed file must not be cached for a year.
  const missing = await request.get(new URL('assets/finns-inte-abc123.js', nginx.url).href);
  expect(missing.status()).toBe(404);
  expect(missing.headers()['cache-control']).not.toBe(HASHED);
  // Without the trailing slash the folder redirects into the app.
  const bare = await request.get(nginx.url.replace(/\/$/, ''), { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers().location).toMatch(new RegExp(`${SUB_PATH}$`));
});

/** Waits until the service worker is activated, controls this page, and has filled its precache. */
async function controlledBy(page: Page, scope: string) {
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        const cached = (await caches.keys()).some((k) => k.includes('precache'));
        return {
          scope: registration?.scope,
          state: registration?.active?.state,
          controlled: navigator.serviceWorker.controller !== null && cached,
        };
      }),
    )
    .toEqual({ scope, state: 'activated', controlled: true });
}

test('under a sub-path: the service worker controls it, it works offline, and its share file opens at the root', async ({
  nginx,
  page,
  context,
}) => {
  await page.goto(nginx.url);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Informationssäkerhet steg för steg' }),
  ).toBeVisible();
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state))
    .toBe('activated');
  await page.reload();
  await controlledBy(page, nginx.url);
  const manifest = await page.evaluate(
    () => (document.querySelector('link[rel="manifest"]') as HTMLLinkElement | null)?.href,
  );
  expect(manifest).toBe(new URL('manifest.webmanifest', nginx.url).href);

  await context.setOffline(true);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Informationssäkerhet steg för steg' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Ny skattning' }).click();
  await page.getByLabel('Kommunens namn').fill('Servervik kommun');
  await page.getByRole('button', { name: 'Skapa skattningen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Servervik kommun' })).toBeVisible();
  await answerFirstQuestion(page, 2);
  await page.getByRole('link', { name: 'Dela som fil' }).click();
  await page.getByLabel('Skydda filen med lösenord (krypterad)').uncheck();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Spara som fil' }).click(),
  ]);
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  await context.setOffline(false);

  // The root-hosted app (the suite's own server) is another origin: its own, empty, database.
  await page.goto('./#/oppna');
  await page.getByLabel('Välj en fil').setInputFiles(file);
  await expect(page.getByText(/Filen innehåller skattningen för Servervik kommun/)).toBeVisible();
  await page.getByRole('button', { name: 'Lägg till som ny skattning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Servervik kommun' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Besvarade frågor' })).toHaveAttribute(
    'aria-valuenow',
    '1',
  );
});

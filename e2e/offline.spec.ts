import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, createAssessment, answerFirstQuestion } from './fixtures';

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker is activated, controls this page, and has filled its precache. */
async function waitForServiceWorker(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        const active = registration?.active?.state === 'activated';
        const cached = (await caches.keys()).some((k) => k.includes('precache'));
        return active && cached && navigator.serviceWorker.controller !== null;
      }),
    )
    .toBe(true);
}

test('after one visit the app loads and works with the network off', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state))
    .toBe('activated');
  await page.reload();
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Informationssäkerhet steg för steg' }),
  ).toBeVisible();
  await createAssessment(page, 'Offlineby kommun');
  await answerFirstQuestion(page, 1);
  await page.getByRole('link', { name: 'Rapport', exact: true }).click();
  await expect(page.getByRole('img', { name: 'Nuläge och målnivå per område' })).toBeVisible();
  await page.getByRole('link', { name: 'Handlingsplan', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Inom 3 månader/ })).toBeVisible();
  await page.getByRole('button', { name: 'Byt språk till engelska' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Action plan/ })).toBeVisible();
  await context.setOffline(false);
});

test('a new version asks before reloading and never reloads under a half-filled form', async ({ page }) => {
  await page.goto('./');
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state))
    .toBe('activated');
  await page.reload();
  await waitForServiceWorker(page);
  await createAssessment(page, 'Uppdateringsby kommun');
  await page.getByRole('link', { name: /Börja skattningen/ }).click();
  const note = page.getByRole('form', { name: /^Fråga 1 av/ }).getByLabel('Anteckning');
  await note.fill('Halvfärdig anteckning');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

  // Publish a "new version": change the served service worker, as a deploy would, and let the page find it.
  const sw = 'dist/sw.js';
  const original = readFileSync(sw, 'utf8');
  try {
    writeFileSync(sw, `${original}\n// ny version ${Date.now()}`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.getByText('Ny version finns – ladda om för att använda den.')).toBeVisible();
  } finally {
    writeFileSync(sw, original);
  }
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  await expect(note).toHaveValue('Halvfärdig anteckning');

  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Ladda om' }).click()]);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
  await expect(page.getByRole('form', { name: /^Fråga 1 av/ }).getByLabel('Anteckning')).toHaveValue(
    'Halvfärdig anteckning',
  );
});

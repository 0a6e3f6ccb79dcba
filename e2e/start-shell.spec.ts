import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The start page's shell is in index.html (scripts/prerender-plugin.ts): it shows, and its main
 * action works, before the app's script has arrived; the app then takes over in place.
 */

/** Holds the app's entry script until `release` is called, as a slow network or disk would. */
async function holdScript(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/**
 * The stylesheet blocks painting, so a user never sees the shell without it; a script measuring
 * layout can, though, so measure only once the sheet has arrived.
 */
async function shellStyled(page: Page) {
  await page.waitForFunction(() => {
    const sheets = Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'));
    return sheets.length > 0 && sheets.every((link) => link.sheet !== null);
  });
}

test('before its script arrives the start page shows, and "Ny skattning" works once it does', async ({
  page,
  axe,
}) => {
  const release = await holdScript(page);
  // Module scripts hold back DOMContentLoaded, so wait only for the document.
  await page.goto('./', { waitUntil: 'commit' });
  await shellStyled(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Informationssäkerhet steg för steg' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  const start = page.getByRole('link', { name: 'Ny skattning' });
  await expect(start).toBeVisible();
  // The language switch needs the script: it is not offered until the app runs.
  await expect(page.getByRole('button', { name: /In English/ })).toHaveCount(0);
  await axe();

  await start.click();
  await expect(page).toHaveURL(/#\/ny$/);
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny skattning' })).toBeVisible();
  await expect(page.getByLabel('Kommunens namn')).toBeVisible();
});

test('the app takes over the shell in place: the main action does not move', async ({ page }) => {
  const release = await holdScript(page);
  await page.goto('./', { waitUntil: 'commit' });
  await shellStyled(page);
  const start = page.getByRole('link', { name: 'Ny skattning' });
  await expect(start).toBeVisible();
  const before = await start.boundingBox();
  const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
  release();
  // Only the app offers the language switch.
  await expect(page.getByRole('button', { name: /In English/ })).toBeVisible();
  await expect(page.getByText('Du har inga skattningar ännu.', { exact: false })).toBeVisible();
  expect(await start.boundingBox()).toEqual(before);
  expect(await page.getByRole('heading', { level: 1 }).boundingBox()).toEqual(heading);
});

test('on another address the shell does not show the start page while the script is on its way', async ({
  page,
}) => {
  const release = await holdScript(page);
  await page.goto('./#/sa-raknar-vi', { waitUntil: 'commit' });
  await expect(page.getByRole('link', { name: 'LIS-stegen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ny skattning' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Så räknar vi' })).toBeVisible();
});

test('a user who chose English gets the shell in English, not Swedish, before the script arrives', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: /In English/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Information security step by step' }),
  ).toBeVisible();

  const release = await holdScript(page);
  await page.reload({ waitUntil: 'commit' });
  await expect(page.getByRole('link', { name: 'New assessment' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('Ny skattning')).toHaveCount(0);
  release();
  await expect(page.getByRole('button', { name: /På svenska/ })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Information security step by step' }),
  ).toBeVisible();
});

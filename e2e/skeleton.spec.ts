import { test, expect, createAssessment, storedSetting } from './fixtures';

test('create, answer, reload: everything is still there, and every page passes axe', async ({
  page,
  axe,
}) => {
  await page.goto('./');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Informationssäkerhet steg för steg' }),
  ).toBeVisible();
  await expect(page.getByText('Du har inga skattningar ännu')).toBeVisible();
  await axe();

  await page.getByRole('link', { name: 'Ny skattning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny skattning' })).toBeVisible();
  await axe();
  await page.getByRole('button', { name: 'Skapa skattningen' }).click();
  await expect(page.getByText('Fyll i kommunens namn.')).toBeVisible();
  await page.getByLabel('Kommunens namn').fill('Ekby kommun');
  await page.getByRole('button', { name: 'Skapa skattningen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Ekby kommun' })).toBeVisible();
  await axe();
  await page.getByRole('link', { name: /Börja skattningen/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ledning, ansvar och roller' })).toBeVisible();
  await axe();

  const first = page.getByRole('group', { name: /^Fråga 1 av/ });
  await first.getByRole('radio', { name: /Nivå 2: Delvis infört/ }).check();
  const second = page.getByRole('group', { name: /^Fråga 2 av/ });
  await second.getByRole('radio', { name: /Nivå 4: Styrt och mätt/ }).check();
  await expect(page.getByRole('progressbar', { name: /Besvarat i/ })).toHaveAttribute('aria-valuenow', '2');

  await page.reload();
  await expect(
    page.getByRole('group', { name: /^Fråga 1 av/ }).getByRole('radio', { name: /Nivå 2: Delvis infört/ }),
  ).toBeChecked();
  await expect(
    page.getByRole('group', { name: /^Fråga 2 av/ }).getByRole('radio', { name: /Nivå 4: Styrt och mätt/ }),
  ).toBeChecked();

  await page.getByRole('link', { name: 'Till översikten' }).first().click();
  await page.getByRole('link', { name: 'Rapport', exact: true }).click();
  const row = page.getByRole('row', { name: /Ledning, ansvar och roller/ });
  await expect(row.getByRole('cell').first()).toHaveText('3');
  await axe();
});

test('the assessment list survives a browser restart and the language switch is remembered', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await createAssessment(page, 'Västby kommun');
  await page.getByRole('button', { name: 'Byt språk till engelska' }).click();
  await expect(page.getByRole('link', { name: 'Report', exact: true })).toBeVisible();
  await expect.poll(() => storedSetting(page, 'language')).toBe('en');
  const state = await context.storageState({ indexedDB: true });
  await context.close();

  const reopened = await browser.newContext({ storageState: state });
  const again = await reopened.newPage();
  await again.goto('./');
  await expect(
    again.getByRole('heading', { level: 1, name: 'Information security step by step' }),
  ).toBeVisible();
  await expect(again.getByRole('link', { name: 'Västby kommun', exact: true })).toBeVisible();
  await expect(again.locator('html')).toHaveAttribute('lang', 'en');
  await reopened.close();
});

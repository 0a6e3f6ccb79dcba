import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, createAssessment } from './fixtures';

const question = (page: Page, n: number) => page.getByRole('group', { name: new RegExp(`^Fråga ${n} av`) });

test('a kommun sends its results to the region: it sees what the file holds, and no note, reason or name goes with it', async ({
  page,
  axe,
}) => {
  await createAssessment(page, 'Ekby kommun, IT-enheten');
  await page.getByRole('link', { name: /Börja skattningen/ }).click();
  await question(page, 1)
    .getByRole('radio', { name: /^Nivå 1:/ })
    .check();
  await page
    .getByRole('form', { name: /^Fråga 1 av/ })
    .getByLabel('Anteckning')
    .fill('Hemligt: Anna Åberg vet');
  await question(page, 2)
    .getByRole('radio', { name: /Ej tillämplig/ })
    .check();
  await page.getByLabel('Varför är frågan inte tillämplig?').fill('Sköts av förbundet Västra');
  await expect(page.getByRole('progressbar', { name: /Besvarat i/ })).toHaveAttribute('aria-valuenow', '2');

  await page.getByRole('link', { name: 'Till översikten' }).first().click();
  await page.getByRole('link', { name: 'Dela som fil' }).click();
  await page.getByRole('link', { name: 'Skicka resultat till regionen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Skicka resultat till regionen/ })).toBeVisible();

  // Nothing chosen yet: the file cannot be saved, and the user is told why.
  await page.getByRole('button', { name: 'Spara resultatfilen' }).click();
  await expect(page.getByText('Välj kommun.')).toBeVisible();

  await page.getByLabel('Bara län och kommungrupp (kommunen namnges inte)').check();
  await page.getByLabel('Län', { exact: true }).selectOption({ label: 'Västra Götalands län' });
  await page.getByLabel('Kommungrupp (SKR:s indelning)').selectOption('C8');
  await expect(page.getByText('1 med nivå, 0 vet ej, 1 ej tillämpliga')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Målnivåer per område' })).toBeVisible();
  await axe();

  // What is shown is the file, byte for byte (the saved one is compared below).
  await page.getByText('Visa filen precis som den sparas').click();
  const shown = await page.getByRole('group').locator('pre').textContent();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Spara resultatfilen' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^resultat-lan-14-C8-.*\.lisresultat$/);
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const text = readFileSync(path, 'utf8');
  const file = JSON.parse(text) as { format: string; identity: unknown; answers: Record<string, unknown> };
  expect(file.format).toBe('lis-stegen-resultat');
  expect(file.identity).toEqual({ kind: 'grupp', lan: '14', kommungrupp: 'C8' });
  expect(Object.values(file.answers)).toEqual([1, 'ej-tillampligt']);
  for (const secret of ['Hemligt', 'Anna', 'förbundet', 'Ekby', 'IT-enheten'])
    expect(text).not.toContain(secret);
  expect(text).toBe(shown);
  await expect(page.getByText(/Resultatfilen .* är sparad\./)).toBeVisible();

  // Reflow: at 390 and 320 CSS px the page needs no sideways scrolling, with the file's content shown
  // and the widest choices made (the longest kommungrupp, a named kommun).
  await page.getByLabel('Kommungrupp (SKR:s indelning)').selectOption('C7');
  await page.getByLabel('Med kommunens namn och kommunkod').check();
  await page.getByLabel('Kommun', { exact: true }).selectOption('1480');
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await expect
      .poll(() =>
        page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      )
      .toBeLessThanOrEqual(0);
  }
  await axe();
});

test('the report leads to the result file by keyboard, and a named kommun is saved with its official name', async ({
  page,
}) => {
  await createAssessment(page, 'Göteborgs Stad, Intraservice');
  await page.goto(`${page.url()}/rapport`);
  const link = page.getByRole('link', { name: 'Skicka resultat till regionen' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Skicka resultat till regionen/ })).toBeVisible();

  await page.getByLabel('Kommun', { exact: true }).focus();
  await page.getByLabel('Kommun', { exact: true }).selectOption('1480');
  await expect(page.getByRole('definition').filter({ hasText: 'Göteborg (1480)' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Skydda filen med lösenord' }).check();
  await page.getByRole('textbox', { name: 'Lösenord' }).fill('kort');
  await page.getByRole('button', { name: 'Spara resultatfilen' }).click();
  await expect(page.getByRole('textbox', { name: 'Lösenord' })).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('textbox', { name: 'Lösenord' }).fill('Göteborgs resultat till regionen 2026');
  await page.getByRole('button', { name: 'Spara resultatfilen' }).focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/^resultat-1480-.*\.lisresultat$/);
  const text = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'lis-stegen-encrypted' });
  expect(text).not.toContain('Göteborg');
});

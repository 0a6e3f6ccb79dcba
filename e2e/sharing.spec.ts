import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { test, expect, createAssessment } from './fixtures';
import { assessmentIdOf, bank, plantEvery } from './bank';
import { FORMAT_VERSION } from '../src/domain/exchange/bundle';

const question = (page: Page, n: number) => page.getByRole('group', { name: new RegExp(`^Fråga ${n} av`) });

async function reportFigures(page: Page) {
  await page.getByRole('link', { name: 'Rapport', exact: true }).click();
  const table = page.getByRole('table', { name: 'Nuläge och målnivå per område (tabell)' });
  await expect(table.getByRole('row')).toHaveCount(bank.areas + 1);
  return table.innerText();
}

async function exportFile(page: Page, password: string | null): Promise<string> {
  await page.getByRole('link', { name: 'Dela som fil' }).click();
  await expect(page.getByText(/18 kap\. 8 § offentlighets- och sekretesslagen/)).toBeVisible();
  if (password === null) {
    await page.getByLabel('Skydda filen med lösenord (krypterad)').uncheck();
    await expect(page.getByText('Filen blir inte krypterad.')).toBeVisible();
  } else {
    await page.getByLabel('Lösenord', { exact: true }).fill(password);
    await page.getByLabel('Skriv lösenordet igen').fill(password);
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Spara som fil' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.lisstegen$/);
  // Kept in the test's folder: a download disappears with the browser context that made it.
  const file = test.info().outputPath(`${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return file;
}

/** Opens a file in a fresh browser, with the file picker or by dropping it on the page. */
async function openFile(browser: Browser, file: string, how: 'pick' | 'drop' = 'pick') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('./#/oppna');
  if (how === 'pick') await page.getByLabel('Välj en fil').setInputFiles(file);
  else {
    const dataTransfer = await page.evaluateHandle(
      ({ text, name }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], name, { type: 'application/json' }));
        return dt;
      },
      { text: readFileSync(file, 'utf8'), name: 'fran-kollega.lisstegen' },
    );
    await page
      .getByRole('group', { name: 'Släpp en LIS-stegen-fil här' })
      .dispatchEvent('drop', { dataTransfer });
  }
  return { context, page };
}

test('export, import into a fresh browser, same report; encrypted with a password', async ({
  page,
  browser,
  axe,
}) => {
  await createAssessment(page, 'Ekby kommun');
  await page.getByLabel('Målnivå för Styrdokument och mål').selectOption('4');
  await plantEvery(page, assessmentIdOf(page), (a, q) => (q === 0 ? 'unknown' : (a + q) % 6));
  const figures = await reportFigures(page);
  await page.getByRole('link', { name: 'Till översikten' }).first().click();
  await page.getByRole('link', { name: 'Handlingsplan', exact: true }).click();
  await expect(page.getByText(/^\d+ åtgärder$/)).toBeVisible();
  await page.getByRole('link', { name: 'LIS-stegen' }).click();
  await page.getByRole('link', { name: /Fortsätt med Ekby kommun/ }).click();

  await page.getByRole('link', { name: 'Dela som fil' }).click();
  await axe();
  await page.getByRole('link', { name: 'Till översikten' }).click();
  const plain = await exportFile(page, null);
  const text = readFileSync(plain, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'lis-stegen', formatVersion: FORMAT_VERSION });

  const fresh = await openFile(browser, plain);
  await expect(fresh.page.getByText(/Filen innehåller skattningen för Ekby kommun/)).toBeVisible();
  await axe(fresh.page);
  await fresh.page.getByRole('button', { name: 'Lägg till som ny skattning' }).click();
  await expect(fresh.page.getByRole('heading', { level: 1, name: 'Ekby kommun' })).toBeVisible();
  expect(await reportFigures(fresh.page)).toBe(figures);
  await fresh.context.close();

  await page.getByRole('link', { name: 'Till översikten' }).click();
  const encrypted = await exportFile(page, 'hemligt-lösen-2026');
  expect(readFileSync(encrypted, 'utf8')).not.toContain('Ekby kommun');
  const locked = await openFile(browser, encrypted, 'drop');
  await expect(locked.page.getByText('Filen är skyddad med lösenord. Skriv lösenordet.')).toBeVisible();
  await locked.page.getByLabel('Lösenord för filen').fill('fel lösenord');
  await locked.page.getByRole('button', { name: 'Öppna filen' }).click();
  await expect(locked.page.getByText(/Lösenordet är fel/)).toBeVisible();
  await axe(locked.page);
  await locked.page.getByLabel('Lösenord för filen').fill('hemligt-lösen-2026');
  await locked.page.getByRole('button', { name: 'Öppna filen' }).click();
  await expect(locked.page.getByText('Filen var skyddad med lösenord.')).toBeVisible();
  await locked.page.getByRole('button', { name: 'Lägg till som ny skattning' }).click();
  expect(await reportFigures(locked.page)).toBe(figures);
  await locked.context.close();
});

test('a colleague changes a copy; merging shows each conflict and writes what was chosen', async ({
  page,
  browser,
  axe,
}) => {
  await createAssessment(page, 'Norrby kommun');
  await page.getByRole('link', { name: /Börja skattningen/ }).click();
  await question(page, 1)
    .getByRole('radio', { name: /^Nivå 1:/ })
    .check();
  await question(page, 2)
    .getByRole('radio', { name: /^Nivå 2:/ })
    .check();
  await page
    .getByRole('form', { name: /^Fråga 3 av/ })
    .getByLabel('Anteckning')
    .fill('Min anteckning');
  await page
    .getByRole('form', { name: /^Fråga 3 av/ })
    .getByLabel('Anteckning')
    .blur();
  await page.getByRole('link', { name: 'Till översikten' }).first().click();
  const mine = await exportFile(page, null);

  // The colleague imports, changes question 1 and 3, answers question 4, and sends the file back.
  const colleague = await openFile(browser, mine);
  await colleague.page.getByRole('button', { name: 'Lägg till som ny skattning' }).click();
  await colleague.page.getByRole('link', { name: 'Ledning, ansvar och roller', exact: true }).click();
  await question(colleague.page, 1)
    .getByRole('radio', { name: /^Nivå 3:/ })
    .check();
  await colleague.page
    .getByRole('form', { name: /^Fråga 3 av/ })
    .getByLabel('Anteckning')
    .fill('Kollegans anteckning');
  await colleague.page
    .getByRole('form', { name: /^Fråga 3 av/ })
    .getByLabel('Anteckning')
    .blur();
  await question(colleague.page, 4)
    .getByRole('radio', { name: /^Nivå 4:/ })
    .check();
  await colleague.page.getByRole('link', { name: 'Till översikten' }).first().click();
  const theirs = await exportFile(colleague.page, 'kollegans-lösen');
  await colleague.context.close();

  // Meanwhile I changed question 2; now I open their file.
  await page.getByRole('link', { name: 'Till översikten' }).click();
  await page.getByRole('link', { name: 'Ledning, ansvar och roller', exact: true }).click();
  await question(page, 2)
    .getByRole('radio', { name: /^Nivå 0:/ })
    .check();
  await page.getByRole('link', { name: 'LIS-stegen' }).click();
  await page.getByRole('link', { name: 'Öppna fil' }).click();
  await page.getByLabel('Välj en fil').setInputFiles(theirs);
  await page.getByLabel('Lösenord för filen').fill('kollegans-lösen');
  await page.getByRole('button', { name: 'Öppna filen' }).click();
  await expect(page.getByText(/Du har redan den här skattningen/)).toBeVisible();
  await page.getByRole('button', { name: 'Slå samman med min skattning' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /^Slå samman/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tas med automatiskt (1)' })).toBeVisible();
  const conflicts = page.getByRole('group', { name: /^Svar:/ });
  await expect(conflicts).toHaveCount(3);
  await expect(page.getByText(/Välj för 3 skillnader/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Slå samman', exact: true })).toBeDisabled();
  await axe();
  await conflicts
    .nth(0)
    .getByRole('radio', { name: /Filens version/ })
    .check();
  await conflicts
    .nth(1)
    .getByRole('radio', { name: /Min version/ })
    .check();
  await conflicts.nth(2).getByRole('radio', { name: /^Båda/ }).check();
  await expect(page.getByText(/1 nya svar, 1 ändrade svar, 1 anteckningar/)).toBeVisible();
  await page.getByRole('button', { name: 'Slå samman', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Sammanslagningen är klar' })).toBeVisible();
  await page.getByRole('link', { name: 'Till skattningen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Norrby kommun' })).toBeVisible();
  await page.getByRole('link', { name: 'Ledning, ansvar och roller', exact: true }).click();
  await expect(question(page, 1).getByRole('radio', { name: /^Nivå 3:/ })).toBeChecked();
  await expect(question(page, 2).getByRole('radio', { name: /^Nivå 0:/ })).toBeChecked();
  await expect(question(page, 4).getByRole('radio', { name: /^Nivå 4:/ })).toBeChecked();
  const note = await page
    .getByRole('form', { name: /^Fråga 3 av/ })
    .getByLabel('Anteckning')
    .inputValue();
  expect(note).toContain('Min anteckning');
  expect(note).toContain('Kollegans anteckning');
  await page.getByRole('link', { name: 'LIS-stegen' }).click();
  await expect(page.getByRole('link', { name: 'Norrby kommun', exact: true })).toHaveCount(1);
});

test('a broken or foreign file gets a clear message and changes nothing', async ({ page }, testInfo) => {
  await createAssessment(page, 'Söderby kommun');
  await page.getByRole('link', { name: 'LIS-stegen' }).click();
  await page.getByRole('link', { name: 'Öppna fil' }).click();
  const cases: [string, string | Buffer, RegExp][] = [
    ['trasig.lisstegen', '{"format":"lis-stegen","formatVersion":1,"assess', /Filen går inte att läsa/],
    ['tom.lisstegen', '', /Filen är tom/],
    ['annan.json', '{"hello":"world"}', /inte en fil från LIS-stegen/],
    [
      'ny.lisstegen',
      '{"format":"lis-stegen","formatVersion":9}',
      new RegExp(`nyare version av LIS-stegen \\(filformat 9\\).*filformat ${FORMAT_VERSION}`),
    ],
    [
      'elak.lisstegen',
      JSON.stringify({
        format: 'lis-stegen',
        formatVersion: 1,
        __proto__: { polluted: true },
        assessment: '<script>alert(1)</script>',
      }),
      /inte stämmer med formatet/,
    ],
  ];
  for (const [name, content, message] of cases) {
    const file = testInfo.outputPath(name);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, content);
    await page.getByLabel('Välj en fil').setInputFiles(file);
    await expect(page.getByRole('status').getByText(message)).toBeVisible();
    await expect(page.getByText('Inget har ändrats i dina skattningar.')).toBeVisible();
  }
  await page.getByRole('link', { name: 'LIS-stegen' }).click();
  await expect(page.getByRole('row')).toHaveCount(2);
});

import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import { test, expect, createAssessment } from './fixtures';
import { assessmentIdOf, bank, plantEvery } from './bank';
import { printToPdf } from './pdf';

test('report and summary for a fully answered assessment: figures, chart, gaps, law, print', async ({
  page,
  axe,
}, testInfo) => {
  test.slow();
  await createAssessment(page, 'Ekby kommun');
  // Area 1 all at 0, the rest at 1–4 in turn, and one "vet ej" per area from area 3 on.
  await plantEvery(page, assessmentIdOf(page), (a, q) =>
    a === 0 ? 0 : a >= 2 && q === 0 ? 'unknown' : 1 + ((a + q) % 4),
  );
  await page.getByRole('link', { name: 'Rapport', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Rapport – Ekby kommun' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Nuläge och målnivå per område' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Nuläge och målnivå per område (tabell)' });
  // A header row and one row per area.
  await expect(table.getByRole('row')).toHaveCount(bank.areas + 1);
  const first = table.getByRole('row', { name: /Ledning, ansvar och roller/ });
  await expect(first.getByRole('cell').nth(0)).toHaveText('0');
  await expect(first.getByRole('cell').nth(2)).toHaveText('3');
  await expect(first.getByRole('cell').nth(3)).toHaveText('3');
  await expect(page.getByRole('heading', { name: 'Största skillnaderna mot målnivån' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Krav i cybersäkerhetslagen som inte är på plats' }),
  ).toBeVisible();
  // One "vet ej" in every area but the first two.
  await expect(page.getByRole('heading', { name: `Vet ej (${bank.areas - 2})`, exact: true })).toBeVisible();
  await axe();

  const pages = await printToPdf(page, testInfo, 'rapport');
  expect(pages.length).toBeGreaterThanOrEqual(2);
  expect(pages.length).toBeLessThanOrEqual(8);
  for (const text of pages) expect(text).toContain('Ekby kommun');
  const all = pages.join('\n');
  for (const heading of [
    'Samlad bild',
    'Största skillnaderna mot målnivån',
    'Krav i cybersäkerhetslagen',
    'Öppna punkter',
  ])
    expect(all).toContain(heading);
  expect(all).not.toContain('Hoppa till innehållet');

  await page.getByRole('link', { name: 'Ledningssammanfattning' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ledningssammanfattning – Ekby kommun' }),
  ).toBeVisible();
  // Fully answered (11 vet ej of 84): no incomplete notice, a plain verdict, and the decisions asked for.
  await expect(page.getByText('Ofullständig skattning')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Bedömning' })).toContainText(
    'Grunderna saknas i ett område där cybersäkerhetslagen ställer krav: Ledning, ansvar och roller.',
  );
  await expect(
    page.getByRole('table', { name: 'Läget per område' }).getByRole('row', { name: /Ledning, ansvar/ }),
  ).toContainText('Grunderna saknas');
  const risks = page.getByRole('region', { name: 'De största riskerna' }).getByRole('listitem');
  await expect(risks.first()).toContainText('Ledning, ansvar och roller');
  expect(await risks.count()).toBeGreaterThanOrEqual(3);
  expect(await risks.count()).toBeLessThanOrEqual(5);
  const decisions = page.getByRole('region', { name: 'Ledningen ombeds besluta' }).getByRole('listitem');
  await expect(decisions.first()).toContainText(/att fastställa handlingsplanen med \d+ åtgärder/);
  await expect(decisions.last()).toContainText(
    /att följa upp planen i ledningens genomgång senast \d{4}-\d{2}-\d{2}/,
  );
  const steps = page.getByRole('region', { name: 'Första stegen, efter datum' }).getByRole('listitem');
  await expect(steps).toHaveCount(5);
  const dates = (await steps.allTextContents()).map((s) => /\d{4}-\d{2}-\d{2}$/.exec(s)?.[0] ?? '');
  expect(dates.every(Boolean)).toBe(true);
  expect([...dates].sort()).toEqual(dates);
  await axe();
  const summary = await printToPdf(page, testInfo, 'sammanfattning');
  // The brief is one A4 page; the appendix with the full area table starts on the next.
  expect(summary[0]).toContain('Ledningen ombeds besluta');
  expect(summary[0]).toContain('Första stegen, efter datum');
  expect(summary[0]).not.toContain('Bilaga');
  expect(summary[1]).toContain('Bilaga: nuläge och målnivå per område');
  expect(summary.length).toBeLessThanOrEqual(3);
  for (const text of summary) expect(text).toContain('Ekby kommun');
  expect(summary.join('\n')).not.toContain('Ofullständig');

  await page.getByRole('link', { name: 'Så räknar vi' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Så räknar vi' })).toBeVisible();
  await axe();
});

test('the report follows the answers, and compares with last year', async ({ page }) => {
  await createAssessment(page, 'Norrby kommun');
  await page.getByRole('link', { name: /Börja skattningen/ }).click();
  await page
    .getByRole('group', { name: /^Fråga 1 av/ })
    .getByRole('radio', { name: /^Nivå 1:/ })
    .check();
  await page
    .getByRole('group', { name: /^Fråga 2 av/ })
    .getByRole('radio', { name: /^Nivå 3:/ })
    .check();
  await expect(page.getByRole('progressbar', { name: /Besvarat i/ })).toHaveAttribute('aria-valuenow', '2');
  await page.getByRole('link', { name: 'LIS-stegen' }).click();
  await page.getByRole('button', { name: /Ny skattning baserad på denna: Norrby kommun/ }).click();
  await page.getByRole('link', { name: 'Ledning, ansvar och roller', exact: true }).click();
  await page
    .getByRole('group', { name: /^Fråga 1 av/ })
    .getByRole('radio', { name: /^Nivå 4:/ })
    .check();
  await page
    .getByRole('group', { name: /^Fråga 2 av/ })
    .getByRole('radio', { name: /^Nivå 2:/ })
    .check();
  const areaUrl = page.url();
  await page.getByRole('link', { name: 'Till översikten' }).first().click();
  await page.getByRole('link', { name: 'Rapport', exact: true }).click();

  const row = page
    .getByRole('table', { name: 'Jämförelse med förra skattningen' })
    .getByRole('row', { name: /Ledning/ });
  await expect(row.getByRole('cell')).toHaveText(['2', '3', '+1']);
  await expect(
    page.getByRole('heading', { name: 'Frågor som har höjts' }).locator('..').getByRole('listitem'),
  ).toHaveText([/1 → 4/]);
  await expect(
    page.getByRole('heading', { name: 'Frågor som har sänkts' }).locator('..').getByRole('listitem'),
  ).toHaveText([/3 → 2/]);

  // Change an answer in another tab: the open report updates by itself.
  const other = await page.context().newPage();
  await other.goto(areaUrl);
  await other
    .getByRole('group', { name: /^Fråga 2 av/ })
    .getByRole('radio', { name: /^Nivå 5:/ })
    .check();
  await expect(row.getByRole('cell')).toHaveText(['2', '4,5', '+2,5']);
});

test('the answers are saved as CSV and Excel, one row per question, with notes and gaps', async ({
  page,
}) => {
  await createAssessment(page, 'Exportby kommun');
  await page.getByRole('link', { name: /Börja skattningen/ }).click();
  const first = page.getByRole('form', { name: /^Fråga 1 av/ });
  await first.getByRole('radio', { name: /^Nivå 2:/ }).check();
  await first.getByLabel('Anteckning').fill('=1+1; enligt "IT-chefen"');
  await first.getByLabel('Anteckning').blur();
  await page.getByRole('link', { name: 'Till översikten' }).first().click();
  await page.getByRole('link', { name: 'Rapport', exact: true }).click();

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Svaren som CSV för Excel' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/^svar-exportby-kommun-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain(`"'=1+1; enligt ""IT-chefen"""`);

  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Svaren i Excel (XLSX)' }).click(),
  ]);
  const rows = (await readXlsxFile(await xlsx.path()))[0]!.data;
  const header = rows[0]!.map(String);
  const cell = (row: unknown[], name: string) => row[header.indexOf(name)];
  // A header row and one row per question.
  expect(rows).toHaveLength(bank.questions + 1);
  expect(cell(rows[1]!, 'Svar')).toBe('Nivå 2 – Delvis infört');
  expect(cell(rows[1]!, 'Nivå')).toBe(2);
  expect(cell(rows[1]!, 'Skillnad mot målnivå')).toBe(1);
  expect(cell(rows[1]!, 'Anteckning')).toBe('=1+1; enligt "IT-chefen"');
  expect(cell(rows[2]!, 'Svar')).toBe('Ej besvarad');
});

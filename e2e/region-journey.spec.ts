import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { createAssessment, expect, test } from './fixtures';
import { assessmentIdOf, plantAnswers, realBank } from './bank';
import { named, resultFile } from './region-files';

const questions = realBank().areas.flatMap((a) => a.questions.map((q) => q.id));

/** One kommun in its own browser: an assessment at `level` everywhere, saved as a result file for the region. */
async function kommunSends(browser: Browser, name: string, code: string, level: number, outDir: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await createAssessment(page, `${name} kommun, IT-enheten`);
  const id = assessmentIdOf(page);
  await plantAnswers(
    page,
    id,
    questions.map((questionId) => ({ questionId, level, note: `Hemligt hos ${name}` })),
  );
  await page.goto(`./#/skattning/${encodeURIComponent(id)}/resultat`);
  await expect(page.getByRole('heading', { level: 1, name: /^Skicka resultat till regionen/ })).toBeVisible();
  await page.getByLabel('Kommun', { exact: true }).selectOption(code);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Spara resultatfilen' }).click(),
  ]);
  const path = `${outDir}/${download.suggestedFilename()}`;
  await download.saveAs(path);
  await context.close();
  expect(readFileSync(path, 'utf8')).not.toContain('Hemligt');
  return path;
}

test('three kommuner send their results from their own browsers, and a coordinator pools them with an older and a hostile file', async ({
  browser,
  page,
  axe,
}, testInfo) => {
  test.slow();
  const out = testInfo.outputPath('');
  const sent = [
    await kommunSends(browser, 'Härryda', '1401', 1, out),
    await kommunSends(browser, 'Lerum', '1441', 2, out),
    await kommunSends(browser, 'Alingsås', '1489', 3, out),
  ];
  // A fourth kommun answered the older question bank 1.0.1; its file is mapped to today's bank.
  const older = await resultFile(testInfo, 'boras-1.0.1.lisresultat', {
    n: 99,
    identity: named('1490', 'Borås'),
    version: '1.0.1',
    level: () => 2,
  });
  const hostile = testInfo.outputPath('fientlig.lisresultat');
  writeFileSync(
    hostile,
    readFileSync(sent[0]!, 'utf8').replace('"answers": {', '"answers": {"__proto__": {},'),
  );

  // The coordinator, in a fourth browser (the test's own page), with an empty profile.
  await page.goto('./');
  await page.getByRole('link', { name: 'Regional översikt' }).click();
  await page.getByLabel('Välj resultatfiler').setInputFiles([...sent, older, hostile]);
  const preview = page.getByRole('region', { name: 'Det här kom in' });
  await expect(preview).toContainText(
    '4 nya kommuner kan läggas in. 0 dubbletter. 1 fil kunde inte läsas in.',
  );
  await expect(preview.getByRole('row', { name: /Borås/ })).toContainText('1.0.1, översatt till');
  await expect(preview.getByRole('row', { name: /fientlig/ })).toContainText('resultatfilens format');
  await axe();
  await preview.getByRole('button', { name: 'Lägg in 4 kommuner i översikten' }).click();

  // The spread: the kommuner at levels 1, 2, 2 and 3 in every area.
  await expect(page.getByText('Bilden bygger på 4 kommuner.')).toBeVisible();
  const first = realBank().areas[0]!;
  await expect(
    page
      .getByRole('table', { name: 'Spridning per område i siffror' })
      .getByRole('row', { name: first.title.sv }),
  ).toHaveText(new RegExp(`${first.title.sv}\\s*4\\s*1\\s*1,75\\s*2\\s*2,25\\s*3`));
  // Four kommuner in one län: every group is under five, so none is shown.
  await expect(
    page.getByRole('table', { name: 'Per län' }).getByRole('row', { name: /Västra Götalands län/ }),
  ).toContainText('för få för att visas');
  // Nor does a regional picture of four leave the coordinator's hands.
  await page.getByRole('button', { name: 'Spara regionbild för kommunerna' }).click();
  await expect(page.getByText('Regionbilden kräver minst 5 kommuner; urvalet har 4.')).toBeVisible();
  await page.getByLabel('Län', { exact: true }).selectOption({ label: 'Västra Götalands län' });
  await expect(page.getByText('För få för att visas: urvalet har färre än fem kommuner')).toBeVisible();
  await axe();
});

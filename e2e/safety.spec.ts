import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, createAssessment } from './fixtures';

/** Answers the first question of the first area with a level, from the overview. */
async function answerFirst(page: Page, level: number) {
  await page.getByRole('link', { name: /(Börja|Fortsätt) skattningen/ }).click();
  await page
    .getByRole('group', { name: /^Fråga 1 av/ })
    .getByRole('radio', { name: new RegExp(`^Nivå ${level}:`) })
    .check();
  await page.getByRole('link', { name: 'Till översikten' }).first().click();
}

/** Saves an unencrypted share file from the overview and returns its path. */
async function savePlainFile(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Dela som fil' }).click();
  await page.getByLabel('Skydda filen med lösenord (krypterad)').uncheck();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Spara som fil' }).click(),
  ]);
  const file = test.info().outputPath(`${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return file;
}

test('a malformed address shows the not-found page, not an empty one', async ({ page, axe }) => {
  await page.goto('./#/skattning/%E0%A4%A');
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await axe();
  await page.getByRole('link', { name: 'Till startsidan' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Informationssäkerhet steg för steg' }),
  ).toBeVisible();
});

test('answers to questions that do not exist are named before import and never stored or counted', async ({
  page,
  browser,
}) => {
  await createAssessment(page, 'Norrby kommun');
  await answerFirst(page, 2);
  const file = await savePlainFile(page);
  const data = JSON.parse(readFileSync(file, 'utf8')) as { answers: { questionId: string }[] };
  const [first] = data.answers;
  data.answers.push({ ...first!, questionId: 'finns-inte-01' }, { ...first!, questionId: 'finns-inte-02' });
  writeFileSync(file, JSON.stringify(data));

  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto('./#/oppna');
  await fresh.getByLabel('Välj en fil').setInputFiles(file);
  await expect(
    fresh.getByText(
      'Filen har svar på 2 frågor som inte finns i frågebanken (finns-inte-01, finns-inte-02). De svaren tas inte med.',
    ),
  ).toBeVisible();
  await fresh.getByRole('button', { name: 'Lägg till som ny skattning' }).click();
  await expect(fresh.getByRole('heading', { level: 1, name: 'Norrby kommun' })).toBeVisible();
  await fresh.getByRole('link', { name: 'LIS-stegen' }).click();
  const row = fresh.getByRole('row', { name: /Norrby kommun/ });
  await expect(row.getByRole('cell').nth(3)).toHaveText('1');
  await context.close();
});

test('a file that breaks the format says where in plain words, once', async ({ page }, testInfo) => {
  await createAssessment(page, 'Österby kommun');
  await answerFirst(page, 3);
  const file = await savePlainFile(page);
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    generator: { name: string };
    answers: { note: string }[];
  };
  data.generator.name = 'Något annat';
  data.answers[0]!.note = 'x'.repeat(5000);
  const broken = testInfo.outputPath('trasig.lisstegen');
  writeFileSync(broken, JSON.stringify(data));

  await page.getByRole('link', { name: 'LIS-stegen' }).click();
  await page.getByRole('link', { name: 'Öppna fil' }).click();
  await page.getByLabel('Välj en fil').setInputFiles(broken);
  const status = page.getByRole('status');
  await expect(status.getByText(/inte stämmer med formatet/)).toBeVisible();
  await expect(status.getByText(/Inget har ändrats/)).toHaveCount(1);
  await status.getByText('Var i filen felen finns').click();
  await expect(status.getByRole('listitem')).toHaveText([
    'filens uppbyggnad (rubrik, format eller listor)',
    'svar nummer 1',
  ]);
  await expect(status).not.toContainText('generator');
});

test('a plan edit in another tab during a merge is kept, and the merge can be undone', async ({
  page,
  axe,
}) => {
  await createAssessment(page, 'Västerby kommun');
  await answerFirst(page, 0);
  await page.getByRole('link', { name: 'Handlingsplan', exact: true }).click();
  await expect(page.getByText(/^\d+ åtgärder$/)).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Västerby kommun' })).toBeVisible();
  const file = await savePlainFile(page);
  // The colleague's copy: question 1 at level 2 with a note.
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    answers: { value: unknown; note: string }[];
  };
  data.answers[0]!.value = { kind: 'level', level: 2 };
  data.answers[0]!.note = 'Kollegans anteckning';
  writeFileSync(file, JSON.stringify(data));

  await page.goto('./#/oppna');
  await page.getByLabel('Välj en fil').setInputFiles(file);
  await page.getByRole('button', { name: 'Slå samman med min skattning' }).click();
  const answerConflict = page.getByRole('group', { name: /^Svar:/ });
  await answerConflict.getByRole('radio', { name: /Filens version/ }).check();

  // Meanwhile, in a second tab, a plan item changes status. That write does not touch the
  // assessment's own record.
  const other = await page.context().newPage();
  await other.goto(page.url().replace(/#.*$/, '#/'));
  await other.getByRole('link', { name: 'Västerby kommun', exact: true }).click();
  await other.getByRole('link', { name: 'Handlingsplan', exact: true }).click();
  const status = other.getByLabel(/^Status: /).first();
  await status.selectOption('Pågår');
  await expect(other.getByText(/Pågår: 1/)).toBeVisible();

  await page.getByRole('button', { name: 'Slå samman', exact: true }).click();
  await expect(page.getByText(/Din skattning har ändrats sedan jämförelsen gjordes/)).toBeVisible();
  // Compared again: the status is now a difference of its own; keep mine.
  const actionConflict = page.getByRole('group', { name: /^Åtgärd:/ });
  await expect(actionConflict).toHaveCount(1);
  await actionConflict.getByRole('radio', { name: /Min version/ }).check();
  await answerConflict.getByRole('radio', { name: /Filens version/ }).check();
  await page.getByRole('button', { name: 'Slå samman', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Sammanslagningen är klar' })).toBeVisible();
  await axe();
  await other.reload();
  await expect(other.getByLabel(/^Status: /).first()).toHaveValue('pagar');

  await page.getByRole('button', { name: 'Ångra sammanslagningen' }).click();
  await expect(page.getByText('Sammanslagningen är ångrad. Skattningen är som den var före.')).toBeVisible();
  await page.getByRole('link', { name: 'Till skattningen' }).click();
  await page
    .getByRole('link', { name: /Fortsätt skattningen|Ledning, ansvar och roller/ })
    .first()
    .click();
  const first = page.getByRole('group', { name: /^Fråga 1 av/ });
  await expect(first.getByRole('radio', { name: /^Nivå 0:/ })).toBeChecked();
  await expect(page.getByRole('form', { name: /^Fråga 1 av/ }).getByLabel('Anteckning')).toHaveValue('');
  await expect(other.getByLabel(/^Status: /).first()).toHaveValue('pagar');
  await other.close();
});

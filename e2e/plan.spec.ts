import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import { test, expect, createAssessment, answerFirstQuestion } from './fixtures';
import { printToPdf } from './pdf';
import { sticking } from './reflow';

test('the action plan: generated, edited, reordered, dismissed, extended, regenerated, exported and printed', async ({
  page,
  axe,
}, testInfo) => {
  // It works through a plan of hundreds of items whose size grows with the bank: the triple timeout.
  test.slow();
  await createAssessment(page, 'Ekby kommun');
  await page.getByRole('link', { name: /Börja skattningen/ }).click();
  const groups = page.getByRole('group', { name: /^Fråga \d+ av/ });
  await expect(groups.first()).toBeVisible();
  const count = await groups.count();
  for (let q = 0; q < count; q++)
    await groups
      .nth(q)
      .getByRole('radio', { name: /^Nivå 0:/ })
      .check();
  await expect(page.getByText('Alla frågor i området är besvarade.')).toBeVisible();
  await page.getByRole('link', { name: 'Till översikten' }).first().click();
  await page.getByRole('link', { name: 'Handlingsplan', exact: true }).click();

  // Level 0 against target 3: three actions per question. Priority 1 is one first step for the
  // area; the rest are placed by the owners' capacity, the first within 3 months.
  const total = count * 3;
  await expect(page.getByText(`${total} åtgärder`, { exact: true })).toBeVisible();
  // One area of many answered: the plan says it has actions only for what was answered.
  await expect(page.getByText(/^Ofullständig skattning\. Bara \d+ av \d+ frågor/)).toContainText(
    'Planen har bara åtgärder för de frågor som har fått en nivå',
  );
  // Over 20 actions the plan opens as a table (plan-table.spec.ts); this test works in the cards.
  if (total > 20) await page.getByRole('button', { name: 'Kort', exact: true }).click();
  await expect(page.getByText(/^Prioritet 1: 1 · Prioritet 2: \d+/)).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Inom 3 månader \(\d+\)$/ })).toBeVisible();
  await axe();

  // Edit the first action: a named owner, a bad then a good due date.
  const firstCard = page.locator('.plan-item').first();
  const firstTitle = (await firstCard.getByRole('heading', { level: 3 }).textContent())!;
  await page.getByRole('button', { name: `Ändra: ${firstTitle}` }).click();
  const form = page.getByRole('form', { name: `Ändra åtgärden: ${firstTitle}` });
  await form.getByLabel('Rubrik').fill(`${firstTitle} (beslutad i KS)`);
  await form.getByLabel('Ansvarig person (valfritt)').fill('Anna Andersson');
  await form.getByLabel('Start', { exact: true }).fill('2026-12-01');
  await form.getByLabel('Klart senast').fill('2026-11-30');
  await form.getByRole('button', { name: 'Spara åtgärden' }).click();
  await expect(form.getByText('Klart senast kan inte vara före start.')).toBeVisible();
  // The form with its error; the page around it was checked just above.
  await axe(form);
  await form.getByLabel('Klart senast').fill('2027-01-31');
  await form.getByLabel('Beslutad i (till exempel ledningens genomgång)').fill('Ledningens genomgång');
  await form.getByRole('button', { name: 'Spara åtgärden' }).click();
  const edited = `${firstTitle} (beslutad i KS)`;
  await expect(page.getByRole('heading', { level: 3, name: edited })).toBeVisible();
  const editedCard = page.getByRole('listitem', { name: edited });
  await editedCard.getByText('Beskrivning, leverans och hänvisningar').click();
  await expect(editedCard.getByText('Ledningens genomgång')).toBeVisible();
  await expect(editedCard.getByText(/ISO 27001: /)).toBeVisible();
  await expect(page.getByRole('listitem', { name: edited }).getByText(/\(Anna Andersson\)/)).toBeVisible();

  // Status, order, dismiss (a reason is required), and an action added by hand.
  await page.getByLabel(`Status: ${edited}`).selectOption('Pågår');
  await expect(page.getByText(/Pågår: 1/)).toBeVisible();
  const second = (await page.locator('.plan-item').nth(1).getByRole('heading', { level: 3 }).textContent())!;
  await page.getByRole('button', { name: `Flytta ner: ${edited}` }).click();
  await expect(page.locator('.plan-item').nth(0).getByRole('heading', { level: 3 })).toHaveText(second);
  await expect(page.locator('.plan-item').nth(1).getByRole('heading', { level: 3 })).toHaveText(edited);
  await page.getByRole('button', { name: `Avfärda: ${second}` }).click();
  const dialog = page.getByRole('dialog');
  // The dialog asks for a reason, so it opens in that field (a dialog that only confirms opens on Avbryt).
  await expect(dialog.getByLabel('Varför behövs åtgärden inte?')).toBeFocused();
  await dialog.getByRole('button', { name: 'Avfärda åtgärden' }).click();
  await expect(dialog.getByText('Skriv varför åtgärden avfärdas.')).toBeVisible();
  await dialog.getByLabel('Varför behövs åtgärden inte?').fill('Görs redan av kommunförbundet');
  await dialog.getByRole('button', { name: 'Avfärda åtgärden' }).click();
  await expect(page.getByText(`${total - 1} åtgärder`, { exact: true })).toBeVisible();
  // The count follows the saved item a moment before the modal dialog closes; until it has, the
  // page under it takes no click (once in a CI run, "Lägg till en åtgärd" was clicked in between).
  await expect(dialog).toBeHidden();
  // By keyboard: twice in loaded runs the mouse's press landed on the button (it had focus) and no
  // form came, as if the page moved under the pointer before the release. Enter acts on the button.
  await page.getByRole('button', { name: 'Lägg till en åtgärd' }).press('Enter');
  const add = page.getByRole('form', { name: 'Ny åtgärd' });
  // On a phone the form reflows: its "waits for" list of long action titles once made the page 857 px wide.
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(add.getByLabel('Rubrik')).toBeVisible();
  expect(await sticking(page)).toEqual([]);
  await page.setViewportSize(size);
  await add.getByLabel('Rubrik').fill('Boka ledningens genomgång i mars');
  await add.getByLabel('Leverans (det som finns när åtgärden är klar)').fill('Kallelse och dagordning');
  await add.getByRole('button', { name: 'Spara åtgärden' }).click();
  await expect(page.getByText(`${total} åtgärder`, { exact: true })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 3, name: 'Boka ledningens genomgång i mars' }),
  ).toBeVisible();

  // Filters.
  await page.getByLabel('Visa status').selectOption('Pågår');
  await expect(page.getByText(`Visar 1 av ${total + 1} åtgärder.`)).toBeVisible();
  await page.getByLabel('Visa status').selectOption('Alla');

  // Exports: CSV for Swedish Excel, XLSX and a calendar; read back.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV för Excel' }).click(),
  ]);
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText.charCodeAt(0)).toBe(0xfeff);
  expect(csvText).toContain('Rubrik;Beskrivning');
  expect(csvText).toContain(edited);
  expect(csvText).toContain('Anna Andersson');
  expect(csvText).toContain('Görs redan av kommunförbundet');
  expect(csvText.trim().split('\r\n').length).toBeGreaterThanOrEqual(total + 2);
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Excel (XLSX)' }).click(),
  ]);
  const sheets = await readXlsxFile(await xlsx.path());
  const rows = sheets[0]!.data;
  expect(rows[0]).toContain('Rubrik');
  expect(rows.length).toBe(total + 2);
  expect(rows.some((r) => r.includes(edited) && r.includes('Anna Andersson'))).toBe(true);
  const [ics] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Kalender (ICS)' }).click(),
  ]);
  const icsText = readFileSync(await ics.path(), 'utf8');
  expect(icsText).toContain('BEGIN:VCALENDAR');
  expect(icsText).toContain('DTSTART;VALUE=DATE:20270131');

  // Print: every action in the plan is in the PDF, and the header repeats.
  await expect(page.getByRole('table')).toHaveCount(0);
  const pages = await printToPdf(
    page,
    testInfo,
    'handlingsplan',
    page.getByRole('table', { name: /Inom 3 månader/ }),
  );
  const text = pages.join(' ').replace(/\s+/g, ' ');
  const titles = await page.locator('.plan-item:not(.plan-item--dismissed) h3').allTextContents();
  expect(titles).toHaveLength(total);
  for (const title of titles) expect(text).toContain(title.replace(/\s+/g, ' '));
  for (const p of pages) expect(p).toContain('Ekby kommun');
  // Every printed page says the plan rests on part of the assessment.
  for (const p of pages)
    expect(p.replace(/\s+/g, ' ')).toMatch(/Ofullständig skattning: bygger på \d+ av \d+ frågor/);
  expect(text).toContain('Prioritet 1');

  // Answers change: the plan offers to update, keeps the edit and marks what is no longer needed.
  await page.getByRole('link', { name: 'LIS-stegen' }).click();
  await page.getByRole('link', { name: /Fortsätt med Ekby kommun/ }).click();
  await page.getByRole('link', { name: 'Ledning, ansvar och roller', exact: true }).click();
  await page
    .getByRole('group', { name: /^Fråga 1 av/ })
    .getByRole('radio', { name: /^Nivå 3:/ })
    .check();
  await page.getByRole('link', { name: 'Till översikten' }).first().click();
  await page.getByRole('link', { name: 'Handlingsplan', exact: true }).click();
  await expect(
    page.getByText(
      /Svaren har ändrats sedan handlingsplanen skapades: 0 nya åtgärder, \d behövs inte längre/,
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Uppdatera handlingsplanen' }).click();
  await expect(page.getByText(/Handlingsplanen är uppdaterad/)).toBeVisible();
  await expect(
    page.getByText('Behöver inte längre').or(page.getByText('Behövs inte längre')).first(),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: edited })).toBeVisible();
  await expect(page.getByLabel(`Status: ${edited}`)).toHaveValue('pagar');
  await axe();
});

test('in English the plan shows the questionnaire’s English, and stores nothing but what the user wrote', async ({
  page,
  axe,
}) => {
  await createAssessment(page, 'Ekby kommun');
  await answerFirstQuestion(page, 0);
  await page.getByRole('button', { name: 'Byt språk till engelska' }).click();
  await page.getByRole('link', { name: 'Action plan', exact: true }).click();
  const english = page.getByRole('heading', {
    level: 3,
    name: 'Describe the current state of responsibility',
  });
  await expect(english).toBeVisible();
  await axe();

  // A status change is an edit, but the texts stay the questionnaire's, so they stay English.
  await page
    .getByLabel('Status: Describe the current state of responsibility')
    .selectOption({ label: 'In progress' });
  await expect(page.getByLabel('Status: Describe the current state of responsibility')).toHaveValue('pagar');
  await expect(english).toBeVisible();
  await page.getByRole('searchbox').fill('current state of responsibility');
  await expect(page.getByText('Showing 1 of 3 actions.')).toBeVisible();
  await page.getByRole('searchbox').fill('');

  // What is stored is the Swedish plan: back in Swedish, the same item reads in Swedish.
  await page.getByRole('button', { name: 'Switch language to Swedish' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Gör en nulägesbild av ansvaret' })).toBeVisible();
  await expect(page.getByLabel('Status: Gör en nulägesbild av ansvaret')).toHaveValue('pagar');
});

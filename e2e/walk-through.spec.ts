import type { Page } from '@playwright/test';
import { test, expect, createAssessment, databaseSettled, answerFirstQuestion } from './fixtures';
import { printToPdf } from './pdf';
import { bank } from './bank';

const question = (page: Page, n: number) => page.getByRole('group', { name: new RegExp(`^Fråga ${n} av`) });

/** Presses Tab until focus lands on a radio button of question n: the way a keyboard user gets there. */
async function tabIntoQuestion(page: Page, n: number) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const inside = await question(page, n).locator('input[type=radio]:focus').count();
    if (inside > 0) return;
  }
  throw new Error(`Tab never reached question ${n}`);
}

test('the whole journey: targets, a keyboard-only area, ej tillämplig, note, flag, resume, next year', async ({
  page,
  axe,
}) => {
  await createAssessment(page, 'Ekby kommun');

  // Targets: set one with a reason.
  await page.getByLabel('Målnivå för Styrdokument och mål').selectOption('4');
  await page.getByLabel('Motivering för Styrdokument och mål').fill('Beslut i kommunstyrelsen 2026-02-10');
  await page.getByLabel('Motivering för Styrdokument och mål').blur();

  // A whole area by keyboard: Tab into each question, arrow keys to choose a level.
  await page.getByRole('link', { name: 'Verksamhets- och omvärldsanalys', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Verksamhets- och omvärldsanalys' }),
  ).toBeFocused();
  const total = await page.getByRole('group', { name: /^Fråga \d+ av/ }).count();
  for (let n = 1; n <= total; n++) {
    await tabIntoQuestion(page, n);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(question(page, n).getByRole('radio', { name: /Nivå 2:/ })).toBeChecked();
  }
  await expect(page.getByText('Alla frågor i området är besvarade.')).toBeVisible();
  await axe();

  // Ej tillämplig needs a reason; a note and a flag on another question.
  await page.getByRole('link', { name: /Nästa område: Riskhantering/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Riskhantering och riskanalys' })).toBeVisible();
  await question(page, 1)
    .getByRole('radio', { name: /Ej tillämplig/ })
    .check();
  // The reason is asked for; the error waits until the user has left the field empty.
  const reason = page.getByLabel('Varför är frågan inte tillämplig?');
  await expect(reason).toBeVisible();
  await expect(page.getByText('Skriv varför frågan inte är tillämplig.')).toHaveCount(0);
  await reason.focus();
  await reason.blur();
  await expect(page.getByText('Skriv varför frågan inte är tillämplig.')).toBeVisible();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('progressbar', { name: /Besvarat i/ })).toHaveAttribute('aria-valuenow', '0');
  await reason.fill('Riskarbetet sköts av kommunförbundet.');
  await expect(page.getByRole('progressbar', { name: /Besvarat i/ })).toHaveAttribute('aria-valuenow', '1');
  await question(page, 2)
    .getByRole('radio', { name: /Vet ej/ })
    .check();
  const note = page.getByRole('form', { name: /^Fråga 2 av/ }).getByLabel('Anteckning');
  await note.fill('Fråga IT-chefen om riskanalysen från 2025. <b>inte fet</b>');
  await page
    .getByRole('form', { name: /^Fråga 2 av/ })
    .getByLabel('Markera för granskning')
    .check();
  await axe();

  // Reload: all of it is still there.
  await databaseSettled(page);
  await page.reload();
  await expect(question(page, 1).getByRole('radio', { name: /Ej tillämplig/ })).toBeChecked();
  await expect(page.getByLabel('Varför är frågan inte tillämplig?')).toHaveValue(
    'Riskarbetet sköts av kommunförbundet.',
  );
  await expect(page.getByRole('form', { name: /^Fråga 2 av/ }).getByLabel('Anteckning')).toHaveValue(
    'Fråga IT-chefen om riskanalysen från 2025. <b>inte fet</b>',
  );
  await expect(
    page.getByRole('form', { name: /^Fråga 2 av/ }).getByLabel('Markera för granskning'),
  ).toBeChecked();

  // Resume where left off, from the start page.
  await page.goto('./');
  await page.getByRole('link', { name: /Fortsätt med Ekby kommun/ }).click();
  await expect(page.getByLabel('Målnivå för Styrdokument och mål')).toHaveValue('4');
  await expect(page.getByLabel('Motivering för Styrdokument och mål')).toHaveValue(
    'Beslut i kommunstyrelsen 2026-02-10',
  );
  await page.getByLabel('Visa frågor som är').selectOption('markerade för granskning');
  await expect(page.getByText('1 fråga', { exact: true })).toBeVisible();
  // The main action resumes at the first unanswered question, wherever the user last was.
  await page.getByRole('link', { name: 'Fortsätt skattningen: Ledning, ansvar och roller, fråga 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ledning, ansvar och roller' })).toBeVisible();
  await expect(question(page, 1).getByRole('radio', { name: /^Nivå 0:/ })).toBeFocused();

  // Next year: a new assessment based on this one, with every carried-over answer marked.
  await page.goto('./');
  await page.getByRole('button', { name: /Ny skattning baserad på denna: Ekby kommun/ }).click();
  await expect(page.getByText(/svar från förra skattningen behöver granskas/)).toHaveText(
    `${total + 2} svar från förra skattningen behöver granskas.`,
  );
  await axe();
  await page.getByRole('link', { name: 'Verksamhets- och omvärldsanalys', exact: true }).click();
  await expect(question(page, 1).getByRole('radio', { name: /Nivå 2:/ })).toBeChecked();
  await expect(page.getByText('Behöver granskas: svaret kommer från förra skattningen.')).toHaveCount(total);
  await page.getByRole('button', { name: 'Svaret stämmer fortfarande' }).first().click();
  await expect(page.getByText('Behöver granskas: svaret kommer från förra skattningen.')).toHaveCount(
    total - 1,
  );
  await page.goto('./');
  await expect(page.getByRole('link', { name: 'Ekby kommun', exact: true })).toHaveCount(2);
});

test('a note typed just before the tab closes is saved', async ({ page, context }) => {
  await createAssessment(page, 'Norrby kommun');
  await page.getByRole('link', { name: /Börja skattningen/ }).click();
  const url = page.url();
  await page
    .getByRole('form', { name: /^Fråga 1 av/ })
    .getByLabel('Anteckning')
    .fill('Skrivet i sista sekunden');
  await Promise.all([page.waitForEvent('close'), page.close({ runBeforeUnload: true })]);

  // The closing tab's write lands a moment after the tab is gone, and a dead tab sends no live
  // update: reopen as a user would, until the saved note shows.
  const again = await context.newPage();
  await again.goto(url);
  await expect(async () => {
    await again.reload();
    // The page may take its time to load on a busy machine; only the note's value is retried.
    const note = again.getByRole('form', { name: /^Fråga 1 av/ }).getByLabel('Anteckning');
    await expect(note).toBeVisible();
    await expect(note).toHaveValue('Skrivet i sista sekunden', { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
});

test('two tabs on one assessment see each other’s changes', async ({ page, context }) => {
  await createAssessment(page, 'Söderby kommun');
  await page.getByRole('link', { name: /Börja skattningen/ }).click();
  const second = await context.newPage();
  await second.goto(page.url());
  await expect(second.getByRole('heading', { level: 1, name: 'Ledning, ansvar och roller' })).toBeVisible();

  await question(page, 1)
    .getByRole('radio', { name: /Nivå 3:/ })
    .check();
  await expect(question(second, 1).getByRole('radio', { name: /Nivå 3:/ })).toBeChecked();

  await second
    .getByRole('form', { name: /^Fråga 2 av/ })
    .getByLabel('Anteckning')
    .fill('Från flik två');
  await second
    .getByRole('form', { name: /^Fråga 2 av/ })
    .getByLabel('Anteckning')
    .blur();
  await question(second, 2)
    .getByRole('radio', { name: /Nivå 1:/ })
    .check();
  await expect(question(page, 2).getByRole('radio', { name: /Nivå 1:/ })).toBeChecked();
  await page.reload();
  await expect(page.getByRole('form', { name: /^Fråga 2 av/ }).getByLabel('Anteckning')).toHaveValue(
    'Från flik två',
  );
  await expect(question(page, 1).getByRole('radio', { name: /Nivå 3:/ })).toBeChecked();

  // Targets on the overview: a reason typed in one tab and a level chosen right after it in the
  // other both stay, and each tab shows both.
  await page.getByRole('link', { name: 'Till översikten' }).first().click();
  await second.getByRole('link', { name: 'Till översikten' }).first().click();
  const reason = (p: Page) => p.getByLabel('Motivering för Informationsklassning');
  const level = (p: Page) => p.getByLabel('Målnivå för Informationsklassning');
  await reason(page).fill('KS beslut 2026-03-01');
  await reason(page).blur();
  await level(second).selectOption('2');
  await expect(reason(second)).toHaveValue('KS beslut 2026-03-01');
  await expect(level(page)).toHaveValue('2');
  await expect(reason(page)).toHaveValue('KS beslut 2026-03-01');
  await databaseSettled(page);
  await second.reload();
  await expect(level(second)).toHaveValue('2');
  await expect(reason(second)).toHaveValue('KS beslut 2026-03-01');
});

test('rename, delete with confirmation and undo', async ({ page, axe }) => {
  await createAssessment(page, 'Österby kommun');
  await page.goto('./');
  await page.getByRole('button', { name: 'Byt namn: Österby kommun' }).click();
  await page.getByLabel('Nytt namn för Österby kommun').fill('Österby kommun (socialförvaltningen)');
  await page.getByRole('button', { name: 'Spara namnet' }).click();
  await expect(
    page.getByRole('link', { name: 'Österby kommun (socialförvaltningen)', exact: true }),
  ).toBeVisible();

  await page.getByRole('button', { name: /^Ta bort: Österby kommun/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Ta bort Österby kommun (socialförvaltningen)?' });
  await expect(dialog).toBeVisible();
  await axe();
  // Focus starts on the harmless choice: Enter right away cancels, it does not delete.
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('link', { name: 'Österby kommun (socialförvaltningen)', exact: true }),
  ).toBeVisible();

  await page.getByRole('button', { name: /^Ta bort: Österby kommun/ }).click();
  await page.getByRole('button', { name: 'Ta bort skattningen' }).click();
  await expect(page.getByText('Du har inga skattningar ännu')).toBeVisible();
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(
    page.getByRole('link', { name: 'Österby kommun (socialförvaltningen)', exact: true }),
  ).toBeVisible();
});

test('details can be edited later, and English is complete', async ({ page, axe }) => {
  await createAssessment(page, 'Västerby kommun');
  await page.getByRole('link', { name: 'Ändra uppgifter' }).click();
  await page.getByLabel('Omfattning').fill('Barn- och utbildningsförvaltningen');
  await page.getByLabel('Deltagare').fill('Anna (IT-chef), Bo (samordnare)');
  await page.getByRole('button', { name: 'Spara uppgifterna' }).click();
  await expect(page.getByText('Uppgifterna är sparade.')).toBeVisible();
  await page.getByRole('link', { name: 'Till översikten' }).click();
  await expect(page.getByText(/Barn- och utbildningsförvaltningen/)).toBeVisible();

  await page.getByRole('button', { name: 'Byt språk till engelska' }).click();
  await expect(page.getByRole('link', { name: 'Edit details' })).toBeVisible();
  await page.getByRole('link', { name: /Start the assessment/ }).click();
  await expect(question(page, 1)).toHaveCount(0);
  await expect(
    page.getByRole('group', { name: /^Question 1 of/ }).getByRole('radio', { name: /Level 0: Missing/ }),
  ).toBeVisible();
  // The question bank is in English too: levels, guidance and evidence, with no Swedish fallback.
  const first = page.getByRole('group', { name: /^Question 1 of/ });
  await expect(
    first.getByRole('radio', { name: /There is no decision on how information-security work is led/ }),
  ).toBeVisible();
  await first.getByText(/^Guidance/).click();
  await expect(first.getByText(/Information security rarely becomes systematic/)).toBeVisible();
  await expect(page.getByText('(only in Swedish)')).toHaveCount(0);
  await axe();
});

test('the question sheet lists every question with its levels, marks what is chosen and prints', async ({
  page,
  axe,
}, testInfo) => {
  // Renders, checks with axe and prints every question of the bank: its time grows with the bank.
  test.slow();
  await createAssessment(page, 'Pappersby kommun');
  await answerFirstQuestion(page, 2);
  await page.getByRole('link', { name: 'Frågeunderlag' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Frågeunderlag – Pappersby kommun' }),
  ).toBeVisible();
  const questions = page.getByRole('region', { name: /^\d+\.\d+ / });
  await expect(questions).toHaveCount(bank.questions);
  const first = questions.first();
  await expect(first.getByText('Valt', { exact: true })).toHaveCount(1);
  await expect(first.locator('.sheet-choice--chosen')).toContainText('Nivå 2: Delvis infört');
  await axe();

  // On paper: every question by its number, each area on a new page, the header on every page.
  const pages = await printToPdf(page, testInfo, 'frageunderlag');
  expect(pages.length).toBeGreaterThanOrEqual(20);
  // About five questions on three pages: the bound grows with the bank (112 questions print on 65 pages).
  expect(pages.length).toBeLessThanOrEqual(Math.ceil(bank.questions * 0.6));
  const text = pages.join(' ').replace(/\s+/g, ' ');
  const numbers = (await page.getByRole('heading', { level: 3 }).allTextContents()).map(
    (h) => h.split(' ')[0]!,
  );
  expect(numbers).toHaveLength(bank.questions);
  for (const n of numbers) expect(text).toContain(` ${n} `);
  expect(text).toContain('☒ Nivå 2: Delvis infört');
  for (const p of pages) expect(p).toContain('Pappersby kommun');
});

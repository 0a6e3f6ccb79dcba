import type { Page } from '@playwright/test';
import { test, expect, createAssessment, storedRecord } from './fixtures';
import { assessmentIdOf, plantAnswers, realBank } from './bank';
import { areaHasCslRequirement } from '../src/domain/questionnaire/legal-basis.ts';

const question = (page: Page, n: number) => page.getByRole('group', { name: new RegExp(`^Fråga ${n} av`) });

test('targets first, then a whole area by shortcut keys alone, with auto-advance into the next area', async ({
  page,
  axe,
}) => {
  // A whole area by keys, with axe twice: its time grows with the area's questions.
  test.slow();
  const bank = realBank();
  const [first, second] = bank.areas;
  await createAssessment(page, 'Tangentby kommun');

  // A new assessment proposes the targets first, each default with its reason.
  await expect(page.getByRole('heading', { level: 2, name: 'Målnivåerna först' })).toBeVisible();
  const lawArea = bank.areas.find((a) => areaHasCslRequirement(a))!;
  const lawTitle = lawArea.title.sv;
  await expect(page.getByLabel(`Målnivå för ${lawTitle}`)).toHaveValue('3');
  await expect(page.getByLabel(`Motivering för ${lawTitle}`)).toHaveAccessibleDescription(
    /Förval: nivå 3, eftersom cybersäkerhetslagen/,
  );
  await axe();
  await page.getByRole('button', { name: 'Målnivåerna stämmer – börja skattningen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: first!.title.sv })).toBeVisible();
  await expect(question(page, 1).getByRole('radio', { name: /^Nivå 0:/ })).toBeFocused();
  const id = assessmentIdOf(page);
  const stored = (await storedRecord(page, 'assessments', id)) as {
    targets: Record<string, { reason: string }>;
  };
  expect(stored.targets[lawArea.id]?.reason).toMatch(/^Förval: nivå 3/);
  // The area's target is marked among the levels.
  await expect(question(page, 1).getByRole('radio', { name: /^Nivå 3: .*Målnivå/ })).toHaveCount(
    lawArea.id === first!.id ? 1 : 0,
  );

  // Every shortcut is listed on the page.
  await page.getByText('Kortkommandon', { exact: true }).click();
  for (const [key, does] of [
    ['0 – 5', 'Välj nivå 0–5'],
    ['V', 'Vet ej'],
    ['E', 'Ej tillämplig (skriv sedan varför)'],
    ['J', 'Nästa fråga'],
    ['K', 'Föregående fråga'],
    ['N', 'Nästa obesvarade fråga, även i ett annat område'],
  ])
    await expect(page.getByRole('row', { name: `${key} ${does}` })).toBeVisible();

  await page.keyboard.press('3');
  await expect(question(page, 1).getByRole('radio', { name: /^Nivå 3:/ })).toBeChecked();
  await page.keyboard.press('j');
  await expect(question(page, 2).getByRole('radio', { name: /^Nivå 0:/ })).toBeFocused();
  await page.keyboard.press('v');
  await expect(question(page, 2).getByRole('radio', { name: /^Vet ej/ })).toBeChecked();
  await page.keyboard.press('k');
  await expect(question(page, 1).getByRole('radio', { name: /^Nivå 3:/ })).toBeFocused();

  // Typing in a text field never fires a shortcut.
  const note = page.getByRole('form', { name: /^Fråga 1 av/ }).getByLabel('Anteckning');
  await note.click();
  await page.keyboard.type('5 j v e n');
  await expect(note).toHaveValue('5 j v e n');
  await expect(question(page, 1).getByRole('radio', { name: /^Nivå 3:/ })).toBeChecked();
  await expect(note).toBeFocused();

  // E chooses ej tillämplig and puts the cursor in the reason.
  await question(page, 3)
    .getByRole('radio', { name: /^Nivå 0:/ })
    .focus();
  await page.keyboard.press('e');
  const reason = page.getByLabel('Varför är frågan inte tillämplig?');
  await expect(reason).toBeFocused();
  await page.keyboard.type('Sköts av regionen.');

  // "Nästa obesvarade" and auto-advance: each key answers and moves on, into the next area.
  await page.getByRole('button', { name: /Nästa obesvarade fråga/ }).click();
  await expect(question(page, 4).getByRole('radio', { name: /^Nivå 0:/ })).toBeFocused();
  await page.getByLabel('Gå vidare automatiskt').check();
  await question(page, 4)
    .getByRole('radio', { name: /^Nivå 0:/ })
    .focus();
  for (let n = 4; n <= first!.questions.length; n++) {
    await page.keyboard.press('2');
    if (n < first!.questions.length)
      await expect(question(page, n + 1).getByRole('radio', { name: /^Nivå 0:/ })).toBeFocused();
  }
  await expect(page.getByRole('heading', { level: 1, name: second!.title.sv })).toBeVisible();
  await expect(question(page, 1).getByRole('radio', { name: /^Nivå 0:/ })).toBeFocused();
  await expect(page.getByRole('progressbar', { name: 'Hela skattningen: besvarade frågor' })).toHaveAttribute(
    'aria-valuenow',
    String(first!.questions.length),
  );
  // The heading focused by navigation shows no box; a control focused by keyboard shows its ring.
  const h1 = page.getByRole('heading', { level: 1 });
  await h1.focus();
  await expect(h1).toHaveCSS('outline-style', 'none');
  await expect(h1).toHaveCSS('box-shadow', 'none');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).not.toHaveCSS('outline-style', 'none');
  await axe();

  // Clearing an answer can be undone.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('4');
  await expect(question(page, 1).getByRole('radio', { name: /^Nivå 4:/ })).toBeChecked();
  await page.getByLabel('Gå vidare automatiskt').uncheck();
  await page
    .getByRole('form', { name: /^Fråga 1 av/ })
    .getByRole('button', { name: 'Rensa svaret' })
    .click();
  await expect(question(page, 1).getByRole('radio', { name: /^Nivå 4:/ })).not.toBeChecked();
  await page.getByRole('status').getByRole('button', { name: 'Ångra' }).click();
  await expect(question(page, 1).getByRole('radio', { name: /^Nivå 4:/ })).toBeChecked();
});

test('workshop mode: one question on the projector, moved by clicker keys, and a round of votes', async ({
  page,
  axe,
}) => {
  const bank = realBank();
  const [q1, q2] = bank.areas[0]!.questions;
  await createAssessment(page, 'Visningsby kommun');
  await page.getByRole('link', { name: 'Workshopläge' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshopläge' })).toBeVisible();
  // Nothing else on screen: no site header or footer.
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: q1!.text.sv })).toBeVisible();

  await page.keyboard.press('2');
  await expect(page.getByRole('button', { name: /^2 Delvis infört/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { level: 2, name: q2!.text.sv })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { level: 2, name: q1!.text.sv })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 2, name: q2!.text.sv })).toBeVisible();

  // A round of votes: four participants, the spread shown, the group's level saved.
  await page.keyboard.press('r');
  const vote = page.getByRole('region', { name: 'Röstningsrunda' });
  for (const level of ['3', '2', '4', '3']) await page.keyboard.press(level);
  await expect(vote.getByRole('status')).toHaveText('4 röster: 3, 2, 4, 3. Spridning: nivå 2–4, median 3.');
  await vote.getByRole('button', { name: 'Röst på nivå 1' }).click();
  await vote.getByRole('button', { name: 'Ta bort senaste rösten' }).click();
  await expect(
    vote.getByRole('group', { name: 'Nivån gruppen enas om' }).getByRole('radio', { name: '3' }),
  ).toBeChecked();
  await axe();
  await vote.getByRole('button', { name: 'Spara gruppens nivå' }).click();
  await expect(page.getByText('Nivå 3 är sparad. Spridningen står i anteckningen.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^3 Infört/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: /^2 Delvis infört/ })).toHaveAttribute(
    'aria-pressed',
    'false',
  );

  // Esc leaves for the same question in the ordinary view, with the votes in its note.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(question(page, 2).getByRole('radio', { name: /^Nivå 3:/ })).toBeChecked();
  await expect(page.getByRole('form', { name: /^Fråga 2 av/ }).getByLabel('Anteckning')).toHaveValue(
    /^Röstning \d{4}-\d\d-\d\d: 3, 2, 4, 3 \(4 röster, spridning 2–4\)\. Gruppen enades om nivå 3\.$/,
  );
  await expect(question(page, 1).getByRole('radio', { name: /^Nivå 2:/ })).toBeChecked();
});

test('when every question is answered, the main action leads to the report', async ({ page }) => {
  const bank = realBank();
  await createAssessment(page, 'Klarby kommun');
  const id = assessmentIdOf(page);
  const questions = bank.areas.flatMap((a) => a.questions);
  await plantAnswers(
    page,
    id,
    questions.slice(1).map((q) => ({ questionId: q.id, level: 2 })),
  );
  await page.reload();
  // One left: the main action goes straight to it.
  await page.getByRole('link', { name: `Fortsätt skattningen: ${bank.areas[0]!.title.sv}, fråga 1` }).click();
  await expect(question(page, 1).getByRole('radio', { name: /^Nivå 0:/ })).toBeFocused();
  await page.keyboard.press('1');
  await page.getByRole('link', { name: 'Till översikten' }).first().click();
  await page.getByRole('link', { name: 'Alla frågor är besvarade – se rapporten' }).click();
  await expect(page).toHaveURL(/\/rapport$/);
});

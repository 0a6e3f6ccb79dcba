import { test, expect, createAssessment, storedRecord } from './fixtures';
import { seedAnswers } from './answer';
import { realBank } from './bank';
import { generatePlan } from '../src/domain/plan/generate';
import type { Answer } from '../src/domain/assessment/types';
import type { Locator } from '@playwright/test';

const bank = realBank();
const questionIds = bank.areas.flatMap((a) => a.questions.map((q) => q.id));
/** Mostly level 0, every third question at level 1: a kommun early on, with steps at several dates. */
const levelFor = (index: number) => (index % 3 === 2 ? 1 : 0);

/** The plan the app makes from these answers, counted here from the bank itself. */
function expectedPlan(date: string) {
  const answers = new Map<string, Answer>();
  questionIds.forEach((questionId, i) =>
    answers.set(questionId, {
      assessmentId: 'x',
      questionId,
      value: { kind: 'level', level: levelFor(i) },
      note: '',
      flagged: false,
      carriedOver: false,
      updatedAt: `${date}T08:00:00.000Z`,
    }),
  );
  return generatePlan(bank, answers, { id: 'x', date, targets: {} }, `${date}T08:00:00.000Z`);
}

const rowId = async (row: Locator) =>
  (await row.getByRole('rowheader').getByRole('button').getAttribute('id'))!.replace(/^row-|-title$/g, '');
const items = (n: number) => (n === 1 ? '1 åtgärd' : `${n} åtgärder`);

const titleOf = async (row: Locator) => (await row.getByRole('rowheader').getByRole('button').textContent())!;

test('the plan as a table: default for a long plan, sorted, grouped, status inline, done hidden, owners changed in bulk', async ({
  page,
  axe,
}) => {
  // It works through a plan of hundreds of items whose size grows with the bank: the triple timeout.
  test.slow();
  await createAssessment(page, 'Tabellby kommun');
  const assessmentId = decodeURIComponent(/#\/skattning\/([^/]+)$/.exec(page.url())![1]!);
  await seedAnswers(page, assessmentId, questionIds, levelFor);
  // Every question is answered: the overview's main action now leads to the report.
  await expect(page.getByRole('link', { name: 'Alla frågor är besvarade – se rapporten' })).toBeVisible();
  await page.getByRole('link', { name: 'Handlingsplan', exact: true }).click();
  const date = (await page.getByText(/^Planperiod /).textContent())!.match(/\d{4}-\d{2}-\d{2}/)![0];
  const plan = expectedPlan(date);
  expect(plan.length).toBeGreaterThan(20);

  // A plan of more than 20 actions opens as a table; the choice is remembered.
  await expect(page.getByText(items(plan.length), { exact: true })).toBeVisible();
  const table = page.getByRole('table', { name: /Åtgärderna i handlingsplanen/ });
  await expect(table).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tabell' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel('Gruppera efter').selectOption('Ingen gruppering');
  const rows = table.locator('tbody tr.plan-row');
  await expect(rows).toHaveCount(plan.length);

  // Sort by due date: ascending, then descending.
  const dueHeader = table.getByRole('columnheader', { name: 'Klart senast' });
  await dueHeader.getByRole('button').click();
  await expect(dueHeader).toHaveAttribute('aria-sort', 'ascending');
  const dues = (await table.locator('td.plan-row__due').allTextContents()).map((d) => d.slice(0, 10));
  expect(dues).toEqual([...dues].sort());
  expect(dues[0]! < dues[dues.length - 1]!).toBe(true);
  await dueHeader.getByRole('button').click();
  await expect(dueHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(table.locator('td.plan-row__due').first()).toHaveText(dues[dues.length - 1]!);

  // axe on one area's rows (on hundreds of rows it takes minutes), sorted, and with a row opened.
  await page.getByLabel('Visa område').selectOption(bank.areas[0]!.title.sv);
  await expect(rows.first()).toBeVisible();
  await axe();
  await rows.first().getByRole('rowheader').getByRole('button').click();
  await expect(page.getByRole('dialog', { name: await titleOf(rows.first()) })).toBeVisible();
  await axe();
  await page.getByRole('dialog').getByRole('button', { name: 'Stäng' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByLabel('Visa område').selectOption('Alla');

  // Group by owner: one section per owner, with its count, as the plan has them.
  await page.getByLabel('Gruppera efter').selectOption('Ansvarig');
  const byRole = new Map<string, number>();
  for (const item of plan) byRole.set(item.ownerRole, (byRole.get(item.ownerRole) ?? 0) + 1);
  const roleName = (id: string) => bank.roles.find((r) => r.id === id)!.name.sv;
  expect(byRole.size).toBeGreaterThan(1);
  for (const [role, count] of byRole)
    await expect(table.getByRole('button', { name: `${roleName(role)} · ${items(count)}` })).toBeVisible();
  await expect(table.getByRole('rowgroup')).toHaveCount(byRole.size + 1);

  // Status inline: saved, and still there after a reload.
  const first = rows.first();
  const firstTitle = await titleOf(first);
  const firstId = await rowId(first);
  await page.getByLabel(`Status: ${firstTitle}`, { exact: true }).selectOption('Pågår');
  await expect.poll(async () => (await storedRecord(page, 'actions', firstId))?.status).toBe('pagar');
  await page.reload();
  await expect(page.getByLabel(`Status: ${firstTitle}`, { exact: true })).toHaveValue('pagar');
  await page.getByLabel('Gruppera efter').selectOption('Ansvarig');

  // Keyboard only: from the title, Tab reaches the row's status; arrows change it. Enter opens the detail.
  // Rows other than the one just set to Pågår (after the reload the sort is plan order again).
  const others = rows.filter({ hasNot: page.getByRole('button', { name: firstTitle, exact: true }) });
  const second = others.nth(0);
  const secondTitle = await titleOf(second);
  const secondId = await rowId(second);
  await second.getByRole('rowheader').getByRole('button').focus();
  await page.keyboard.press('Enter');
  const detail = page.getByRole('dialog', { name: secondTitle });
  await expect(detail).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  await expect(second.getByRole('rowheader').getByRole('button')).toBeFocused();
  await page.keyboard.press('Tab');
  const status = page.getByLabel(`Status: ${secondTitle}`, { exact: true });
  await expect(status).toBeFocused();
  // One step at a time, each saved before the next: a select answers arrows with its next option.
  const order = ['ej-paborjad', 'pagar', 'klar'];
  for (let from = order.indexOf(await status.inputValue()); from < 2; from++) {
    await page.keyboard.press('ArrowDown');
    await expect(status).toHaveValue(order[from + 1]!);
    await expect
      .poll(async () => (await storedRecord(page, 'actions', secondId))?.status)
      .toBe(order[from + 1]);
    await expect(status).toBeFocused();
  }

  // Done: marked in words, and folded away on request.
  await expect(second.getByRole('rowheader').getByText('Klar', { exact: true })).toBeVisible();
  await page.getByLabel(`Status: ${await titleOf(others.nth(1))}`, { exact: true }).selectOption('Klar');
  const hideDone = page.getByLabel('Dölj klara (2)');
  await expect(hideDone).toBeVisible();
  await hideDone.check();
  await expect(rows).toHaveCount(plan.length - 2);
  // The count above the table says the same.
  await expect(page.getByText(`Visar ${plan.length - 2} av ${plan.length} åtgärder.`)).toBeVisible();
  await expect(page.getByLabel(`Status: ${secondTitle}`, { exact: true })).toHaveCount(0);
  await hideDone.uncheck();
  await expect(rows).toHaveCount(plan.length);

  // Bulk: three actions of the busiest owner go to another role and a named person, in one step.
  const [fromRole, fromCount] = [...byRole].sort((a, b) => b[1] - a[1])[0]!;
  const toRole = bank.roles.find((r) => r.id !== fromRole)!;
  const group = table
    .locator('tbody')
    .filter({ has: page.getByRole('button', { name: `${roleName(fromRole)} · ${items(fromCount)}` }) })
    .locator('tr.plan-row');
  const picked = [3, 4, 5].map((n) => group.nth(n));
  // Until an action is chosen the box is one line that says how; its fields would only push the table down.
  await expect(
    page.getByText('Kryssa i åtgärder i tabellen för att ge dem en ny ansvarig på en gång.'),
  ).toBeVisible();
  await expect(page.getByLabel('Ny ansvarig roll')).toHaveCount(0);
  const chosen: string[] = [];
  for (const row of picked) {
    chosen.push(await rowId(row));
    await page.getByRole('checkbox', { name: await titleOf(row), exact: true }).check();
  }
  await expect(page.getByText('(3 valda)')).toBeVisible();
  await page.getByLabel('Ny ansvarig roll').selectOption(toRole.name.sv);
  await page.getByLabel('Ny ansvarig person').fill('Kim Ek');
  await page.getByRole('button', { name: 'Byt ansvarig' }).click();
  await expect(page.getByText('Ny ansvarig för 3 åtgärder.')).toBeVisible();
  // The choice is cleared: the fields fold away again, and what was done is still said.
  await expect(page.getByLabel('Ny ansvarig roll')).toHaveCount(0);
  for (const id of chosen)
    await expect.poll(async () => (await storedRecord(page, 'actions', id))?.ownerRole).toBe(toRole.id);
  expect(await storedRecord(page, 'actions', chosen[0]!)).toMatchObject({
    ownerName: 'Kim Ek',
    edited: true,
  });
  await expect(
    table.getByRole('button', { name: `${roleName(fromRole)} · ${items(fromCount - 3)}` }),
  ).toBeVisible();
  const kim = table.getByRole('button', { name: `${toRole.name.sv} (Kim Ek) · ${items(3)}` });
  await expect(kim).toBeVisible();

  // Every other section folded: its rows are gone, its heading stays.
  const headers = table.locator('tr.plan-table__group').getByRole('button');
  for (const header of await headers.all())
    if ((await header.textContent())!.includes('Kim Ek')) continue;
    else {
      await header.click();
      await expect(header).toHaveAttribute('aria-expanded', 'false');
    }
  await expect(rows).toHaveCount(3);
  await axe();

  // A phone: the table scrolls in its own frame, the page never sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(table).toBeVisible();
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBe(0);
  await axe();
  // Scrolled to its far right, the frame still shows each action's title beside its status.
  const frame = page.getByRole('region', { name: 'Tabellen med åtgärder, går att rulla i sidled' });
  await frame.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  const title = rows.first().getByRole('rowheader');
  const [box, view] = [await title.boundingBox(), await frame.boundingBox()];
  expect(box!.x).toBeGreaterThanOrEqual(view!.x);
  expect(box!.x + box!.width).toBeLessThanOrEqual(view!.x + view!.width);
  await expect(rows.first().getByRole('combobox')).toBeInViewport();

  // The cards are one click away, and the choice is remembered.
  await page.getByRole('button', { name: 'Kort', exact: true }).click();
  await expect(table).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Kort', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('.plan-item').first()).toBeVisible();
});

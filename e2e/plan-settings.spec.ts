import { readFileSync } from 'node:fs';
import { test, expect, createAssessment, storedRecord } from './fixtures';
import { seedAnswers } from './answer';
import { realBank } from './bank';
import { printToPdf } from './pdf';
import { parseCsv } from '../src/domain/plan/export-csv';
import type { Locator, Page } from '@playwright/test';

const bank = realBank();
const questionIds = bank.areas.flatMap((a) => a.questions.map((q) => q.id));
const samordnare = bank.roles.find((r) => r.id === 'informationssakerhetssamordnare')!.name.sv;

const titleOf = async (row: Locator) => (await row.getByRole('rowheader').getByRole('button').textContent())!;
const rowId = async (row: Locator) =>
  (await row.getByRole('rowheader').getByRole('button').getAttribute('id'))!.replace(/^row-|-title$/g, '');

/** Types into the field with this label, reached by Tab from where the focus is. */
async function tabTo(page: Page, field: Locator) {
  for (let i = 0; i < 40 && !(await field.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
}

test('plan settings by keyboard: adoption, own people as owners, capacity with the load warning; printed and read back from CSV', async ({
  page,
  axe,
}, testInfo) => {
  // A 309-item plan, printed (45 pages) and checked with axe: its time grows with the bank.
  test.setTimeout(360_000);
  await createAssessment(page, 'Inställningsby kommun');
  const assessmentId = decodeURIComponent(/#\/skattning\/([^/]+)$/.exec(page.url())![1]!);
  // A kommun starting from scratch: every question at level 0.
  await seedAnswers(page, assessmentId, questionIds, () => 0);
  // Every question answered: the overview offers no question to continue with.
  await expect(page.getByRole('link', { name: 'Alla frågor är besvarade – se rapporten' })).toBeVisible();
  await page.getByRole('link', { name: 'Handlingsplan', exact: true }).click();
  await expect(page.getByRole('table', { name: /Åtgärderna i handlingsplanen/ })).toBeVisible();

  // The generated plan keeps every owner within capacity.
  await expect(page.getByText('Ingen ansvarig har mer än sin kapacitet i något kvartal.')).toBeVisible();
  // Said in one line with the way to the figures, so that the list comes sooner.
  await expect(
    page
      .getByRole('paragraph')
      .filter({ hasText: 'Ingen ansvarig har mer än sin kapacitet' })
      .getByRole('button', { name: 'Visa belastning per kvartal' }),
  ).toBeVisible();

  // The goal for the year per area, folded under the counts: every area from level 0.
  const goalsSummary = page.locator('summary', {
    hasText: /^Mål för året per område \(\d+ av \d+ når målnivån\)$/,
  });
  await goalsSummary.click();
  const goalLine = (area: string) =>
    page.getByRole('listitem').filter({ hasText: new RegExp(`^${area}: (från nivå 0 till|kvar på nivå 0)`) });
  for (const area of bank.areas) await expect(goalLine(area.title.sv)).toBeVisible();
  await goalsSummary.click();

  // Open the settings with the keyboard.
  const open = page.getByRole('button', { name: 'Visa planens inställningar' });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Dölj planens inställningar' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );

  // Adoption block, typed and saved from the keyboard.
  await tabTo(page, page.getByLabel('Fastställd av'));
  await page.keyboard.type('Kommunstyrelsen');
  // A date field's parts are the browser's own; it is filled, the rest is typed.
  await page.getByLabel('Datum', { exact: true }).fill('2027-01-20');
  await tabTo(page, page.getByLabel('Diarienummer'));
  await page.keyboard.type('KS 2027/0042');
  await tabTo(page, page.getByRole('button', { name: 'Spara fastställandet' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Fastställandet är sparat.')).toBeVisible();
  await expect
    .poll(async () => (await storedRecord(page, 'assessments', assessmentId))?.planSettings)
    .toMatchObject({ adoptedBy: 'Kommunstyrelsen', adoptedDate: '2027-01-20', diarienummer: 'KS 2027/0042' });

  // An own named person, added from the keyboard; a second time is refused.
  await tabTo(page, page.getByLabel('Namn på roll eller person'));
  await page.keyboard.type('Anna Berg, IT-säkerhet');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Anna Berg, IT-säkerhet är tillagd.')).toBeVisible();
  await page.getByLabel('Namn på roll eller person').fill('anna berg, it-säkerhet');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Det namnet finns redan.')).toBeVisible();
  await expect(page.getByLabel('Namn på roll eller person')).toHaveAttribute('aria-invalid', 'true');

  // The samordnare's capacity lowered to 1 point a quarter: the load warning names them.
  const capacity = page.getByLabel(samordnare, { exact: true });
  await tabTo(page, capacity);
  await page.keyboard.type('1');
  await tabTo(page, page.getByRole('button', { name: 'Spara kapaciteten' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Kapaciteten är sparad.')).toBeVisible();
  const warning = page.locator('.plan-load .notice');
  await expect(warning).toContainText('har en ansvarig mer än sin kapacitet');
  await expect(warning).toContainText(`${samordnare} i Kv`);
  await page.getByRole('button', { name: 'Visa belastning per kvartal' }).click();
  const loadTable = page.getByRole('table', { name: /Belastning per ansvarig och kvartal/ });
  await expect(
    loadTable
      .getByRole('row', { name: new RegExp(samordnare) })
      .getByText('över')
      .first(),
  ).toBeVisible();
  // The plan offers new dates after the capacity; the generated ones move, nothing is lost.
  await expect(page.getByRole('button', { name: 'Lägg om datumen' })).toBeVisible();
  await page.getByRole('button', { name: 'Lägg om datumen' }).click();
  await expect(page.getByText('Datumen är omlagda.')).toBeVisible({ timeout: 30_000 });
  // The settings and the load, opened and warned: the plan's rows are checked in plan-table.spec.ts.
  await axe(page.getByRole('region', { name: 'Planens inställningar' }));
  await axe(page.getByRole('region', { name: 'Belastning per kvartal' }));

  // The own person is an owner: bulk reassign two actions to her, the two due first, so that the
  // decision brief's first steps (the earliest due) name her below.
  const table = page.getByRole('table', { name: /Åtgärderna i handlingsplanen/ });
  const rows = table.locator('tbody tr.plan-row');
  const dueHeader = table.getByRole('columnheader', { name: 'Klart senast' });
  await dueHeader.getByRole('button').click();
  await expect(dueHeader).toHaveAttribute('aria-sort', 'ascending');
  const picked = [rows.nth(0), rows.nth(1)];
  const ids: string[] = [];
  for (const row of picked) {
    ids.push(await rowId(row));
    await page.getByRole('checkbox', { name: await titleOf(row), exact: true }).check();
  }
  await page.getByLabel('Ny ansvarig roll').selectOption('Anna Berg, IT-säkerhet');
  await page.getByRole('button', { name: 'Byt ansvarig' }).click();
  await expect(page.getByText('Ny ansvarig för 2 åtgärder.')).toBeVisible();
  const ownId = (
    (await storedRecord(page, 'assessments', assessmentId)) as { planSettings: { roles: { id: string }[] } }
  ).planSettings.roles[0]!.id;
  for (const id of ids)
    await expect.poll(async () => (await storedRecord(page, 'actions', id))?.ownerRole).toBe(ownId);
  await expect(rows.nth(0)).toContainText('Anna Berg, IT-säkerhet');
  // She cannot be removed while she owns actions.
  await page.getByRole('button', { name: 'Ta bort Anna Berg, IT-säkerhet' }).click();
  await expect(page.getByText('Anna Berg, IT-säkerhet är ansvarig för åtgärder.')).toBeVisible();

  // A cost and a dependency, set in the first action's edit form.
  const first = rows.nth(0);
  const firstTitle = await titleOf(first);
  const secondTitle = await titleOf(rows.nth(1));
  await first.getByRole('rowheader').getByRole('button').click();
  const dialog = page.getByRole('dialog', { name: firstTitle });
  await dialog.getByRole('button', { name: /^Ändra/ }).click();
  await dialog.getByLabel('Kostnad i kronor (valfritt)').fill('12 500');
  await dialog.getByLabel('Lägg till något att vänta på').selectOption({ label: secondTitle });
  await dialog.getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(dialog.getByRole('button', { name: `Sluta vänta på: ${secondTitle}` })).toBeVisible();
  await dialog.getByRole('button', { name: 'Spara åtgärden' }).click();
  await expect.poll(async () => (await storedRecord(page, 'actions', ids[0]!))?.costKronor).toBe(12500);
  expect((await storedRecord(page, 'actions', ids[0]!))?.dependsOn).toEqual([ids[1]]);
  await page.keyboard.press('Escape');

  // On paper a heading never ends a page alone: the print rules keep it with what follows.
  await page.emulateMedia({ media: 'print' });
  const style = (locator: Locator, property: 'breakAfter' | 'breakBefore') =>
    locator.evaluate((el, p) => getComputedStyle(el)[p], property);
  await expect(page.locator('.plan-print caption').first()).toBeAttached();
  expect(await style(page.locator('.plan-print caption').first(), 'breakAfter')).toBe('avoid');
  expect(await style(page.locator('.plan-print thead').first(), 'breakAfter')).toBe('avoid');
  expect(await style(page.locator('.plan-print tbody > tr').first(), 'breakBefore')).toBe('avoid');
  for (const heading of ['#plan-adoption-title', '#plan-goals-title'])
    expect(await style(page.locator(heading), 'breakAfter')).toBe('avoid');
  await page.emulateMedia({ media: 'screen' });

  // Printed: the adoption block on the first page, the cost column, the own person as owner.
  const pages = await printToPdf(page, testInfo, 'plan-settings', page.locator('.plan-print').first());
  // No page ends with a group's heading or a table's header row.
  for (const [i, text] of pages.entries()) {
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !/^\d+ \/ \d+$/.test(l));
    expect(lines.at(-1), `page ${i + 1}`).not.toMatch(/\(\d+ åtgärder?\)$|^Prio Åtgärd/);
  }
  expect(pages[0]).toContain('Fastställande');
  expect(pages[0]).toContain('Kommunstyrelsen');
  expect(pages[0]).toContain('2027-01-20');
  expect(pages[0]).toContain('KS 2027/0042');
  // The goal for the year per area follows the adoption block.
  expect(pages[0]).toContain('Mål för året per område');
  expect(pages[0]!.replace(/\s+/g, ' ')).toMatch(
    new RegExp(`${bank.areas[0]!.title.sv}: (från|kvar på) nivå 0`),
  );
  const printed = pages.join('\n');
  expect(printed).toContain('Kostnad');
  // The amount never splits; the unit may go to the next line of a narrow column.
  expect(printed).toMatch(/12\s500\s+kr/);
  // A narrow column may wrap the name after its hyphen.
  expect(printed).toMatch(/Anna Berg, IT-\s?säkerhet/);
  expect(printed).not.toMatch(/\b1 åtgärder\b/);
  // The longest role breaks only at a joint of the compound, with a hyphen ("Informationssäkerhets-"
  // / "samordnare"), never inside one of its parts. pdftotext gives the soft hyphens too, and the
  // parts of a word as separate runs.
  const roles = printed
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .replace(/Informations ?säkerhets ?(\u2010 ?)?samordnare/g, '#role#');
  expect(roles).toContain('#role#');
  expect(roles).not.toMatch(/Informations ?säkerhets ?s/);

  // CSV read back: the new fields for the edited action.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV för Excel' }).click(),
  ]);
  const [header, ...body] = parseCsv(readFileSync(await csv.path(), 'utf8'));
  const col = (name: string) => header!.indexOf(name);
  const row = body.find((r) => r[col('Id')] === ids[0])!;
  expect(row[col('Kostnad (kr)')]).toBe('12500');
  expect(row[col('Väntar på')]).toBe(secondTitle);
  expect(row[col('Ansvarig roll')]).toBe('Anna Berg, IT-säkerhet');
  // Each action carries its area's goal for the year (MSB: the yearly goal it serves).
  const area = bank.areas.find((a) => a.title.sv === row[col('Område')])!;
  expect(row[col('Årets mål för området')]).toMatch(new RegExp(`^${area.title.sv}: (från|kvar på) nivå 0`));

  // The decision brief's first steps (the earliest due) name the own person as the plan does, never by id.
  await page.goto(`#/skattning/${encodeURIComponent(assessmentId)}/sammanfattning`);
  const steps = page.getByRole('region', { name: /^Första stegen/ }).getByRole('listitem');
  // Polled as texts, so that a failure prints the steps that were there.
  await expect
    .poll(() => steps.allTextContents())
    .toEqual(expect.arrayContaining([expect.stringContaining('Anna Berg, IT-säkerhet')]));
  await expect(steps.filter({ hasText: ownId })).toHaveCount(0);
});

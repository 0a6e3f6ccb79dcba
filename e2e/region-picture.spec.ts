import { writeFileSync } from 'node:fs';
import { aggregate } from '../src/domain/region/aggregate.ts';
import { writeRegionPicture } from '../src/domain/region/picture-io.ts';
import type { ResultFile } from '../src/domain/region/result-file.ts';
import { seedAnswers } from './answer';
import { assessmentIdOf, realBank } from './bank';
import { createAssessment, expect, test } from './fixtures';
import { sticking } from './reflow';

const bank = realBank();
const [first, second] = bank.areas;
const KOMMUNER = [
  ['1480', 'Göteborg'],
  ['1401', 'Härryda'],
  ['1402', 'Partille'],
  ['1490', 'Borås'],
  ['1499', 'Falköping'],
] as const;

/** Five kommuner at levels 1, 2, 2, 3 and 4 on every question: per area lowest 1, quartiles 2 and 3, median 2. */
function results(): ResultFile[] {
  return [1, 2, 2, 3, 4].map((level, n) => ({
    format: 'lis-stegen-resultat',
    formatVersion: 1,
    exportedAt: '2026-11-20T10:00:00.000Z',
    generator: { name: 'LIS-stegen', version: '0.2.0' },
    questionnaire: { id: bank.id, version: bank.version },
    sender: (n + 1).toString(16).padStart(32, '0'),
    identity: { kind: 'kommun', kommunCode: KOMMUNER[n]![0], name: KOMMUNER[n]![1], kommungrupp: 'A1' },
    assessmentDate: '2026-11-20',
    answers: Object.fromEntries(bank.areas.flatMap((a) => a.questions.map((q) => [q.id, level]))),
    targets: Object.fromEntries(bank.areas.map((a) => [a.id, 3])),
    plan: { byStatus: { 'ej-paborjad': 0, pagar: 0, klar: 0, vilande: 0 }, byArea: {}, openActions: [] },
  }));
}

/** The region's picture as the overview writes it: the domain writer, not a hand-made file. */
async function pictureFile(name: string, password?: string): Promise<string> {
  const written = await writeRegionPicture(
    aggregate(results(), bank),
    {
      questionnaire: { id: bank.id, version: bank.version },
      filter: { lan: '14' },
      exportedAt: '2026-12-01T12:00:00.000Z',
      generatorVersion: '0.9.0',
    },
    password === undefined ? {} : { password },
  );
  if (!written.ok) throw new Error(written.error.kind);
  const path = test.info().outputPath(name);
  writeFileSync(path, written.text);
  return path;
}

/** An assessment at level 4 in the first area and 1 in the second, the rest unanswered. */
async function assessmentWithLevels(page: import('@playwright/test').Page) {
  await createAssessment(page, 'Ekby kommun');
  await seedAnswers(
    page,
    assessmentIdOf(page),
    [...first!.questions, ...second!.questions].map((q) => q.id),
    (i) => (i < first!.questions.length ? 4 : 1),
  );
}

test('a kommun opens the region’s picture and sees its own areas against the region’s spread', async ({
  page,
  axe,
}) => {
  await assessmentWithLevels(page);
  await page.goto(`${page.url()}/rapport`);
  await page.getByRole('link', { name: 'Regionens bild' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Regionens bild – Ekby kommun' })).toBeVisible();

  await page
    .getByLabel('Öppna regionens bild (.lisregionbild)')
    .setInputFiles(await pictureFile('bild.lisregionbild'));
  await expect(page.getByText('Bilden bygger på 5 kommuner (Västra Götalands län)')).toBeVisible();
  await expect(
    page.getByRole('img', { name: 'Er nivå (markering) mot regionens spridning per område' }),
  ).toBeVisible();
  const table = page.getByRole('table', { name: 'Er nivå och regionens spridning per område' });
  const row = (title: string) =>
    table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
  const firstTitle = (await table.getByRole('rowheader').first().textContent())!;
  const secondTitle = (await table.getByRole('rowheader').nth(1).textContent())!;
  await expect(row(firstTitle).getByRole('cell')).toHaveText([
    '4',
    '1',
    '2',
    '2',
    '3',
    '4',
    'Bland den högsta fjärdedelen',
  ]);
  await expect(row(secondTitle).getByRole('cell')).toHaveText([
    '1',
    '1',
    '2',
    '2',
    '3',
    '4',
    'Bland den lägsta fjärdedelen',
  ]);
  await expect(table.getByRole('row')).toHaveCount(bank.areas.length + 1);

  await page.getByText('Visa varje fråga').click();
  const questions = page.getByRole('table', {
    name: 'Per fråga: ert svar och andelen kommuner under nivå 2 och 3',
  });
  // One kommun of five at level 1 (below 2), three at 1–2 (below 3).
  await expect(questions.getByRole('row').nth(1).getByRole('cell')).toHaveText(['4', '20 %', '60 %']);
  await axe();
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await expect.poll(() => sticking(page)).toEqual([]);
  }

  // Nothing is stored: after a reload the page asks for the file again.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Regionens bild – Ekby kommun' })).toBeVisible();
  await expect(table).toHaveCount(0);
});

test('a hostile or wrong file gets a clear Swedish message and changes nothing; a password opens a protected picture', async ({
  page,
}) => {
  await assessmentWithLevels(page);
  await page.goto(`${page.url()}/regionbild`);
  const input = page.getByLabel('Öppna regionens bild (.lisregionbild)');
  await input.setInputFiles(await pictureFile('bild.lisregionbild'));
  const table = page.getByRole('table', { name: 'Er nivå och regionens spridning per område' });
  await expect(table).toBeVisible();
  const before = await table.textContent();

  // One kommun's area spread, as if the region had sent a group of one.
  const hostile = JSON.parse(
    await (await import('node:fs/promises')).readFile(await pictureFile('x.json'), 'utf8'),
  );
  hostile.areas[first!.id].spread.n = 1;
  hostile.kommuner = 1;
  await input.setInputFiles({
    name: 'liten-grupp.lisregionbild',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(hostile)),
  });
  await expect(page.getByRole('alert')).toContainText('innehåller uppgifter som inte stämmer');
  expect(await table.textContent()).toBe(before);

  await input.setInputFiles({
    name: 'resultat.lisresultat',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(results()[0])),
  });
  await expect(page.getByRole('alert')).toContainText(
    'Det här är en kommuns resultatfil, inte regionens bild.',
  );
  await input.setInputFiles({
    name: 'trasig.lisregionbild',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "lis-stegen-regionbild", '),
  });
  await expect(page.getByRole('alert')).not.toContainText('resultatfil');
  await expect(page.getByRole('alert')).not.toBeEmpty();
  expect(await table.textContent()).toBe(before);

  await input.setInputFiles(await pictureFile('skyddad.lisregionbild', 'regionens bild till kommunerna'));
  await page.getByLabel('Lösenord för filen').fill('fel lösenord här');
  await page.getByRole('button', { name: 'Öppna filen' }).click();
  await expect(page.getByText('Lösenordet är fel', { exact: false })).toBeVisible();
  await page.getByLabel('Lösenord för filen').fill('regionens bild till kommunerna');
  await page.getByRole('button', { name: 'Öppna filen' }).click();
  await expect(page.getByLabel('Lösenord för filen')).toHaveCount(0);
  await expect(table).toBeVisible();
});

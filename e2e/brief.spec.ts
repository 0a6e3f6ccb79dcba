import { test, expect, createAssessment } from './fixtures';
import { answerFirst } from './answer';
import { printToPdf } from './pdf';
import { assessmentIdOf, bank, plantAnswers, realBank } from './bank';
import { wordParts } from './word';

test('an assessment with 14 questions answered is called incomplete, and its counts are honest', async ({
  page,
  axe,
}, testInfo) => {
  test.slow();
  const total = bank.questions;
  const legalAnswered = bank.legal(14);
  const legalAll = bank.legal();
  await createAssessment(page, 'Provby kommun');
  await answerFirst(page, 14, 1);
  await expect(
    page.getByText(`14 av ${total} frågor besvarade (varav vet ej 0 och ej tillämplig 0)`),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Rapport', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rapport – Provby kommun' })).toBeVisible();
  await expect(page.getByText(/Ofullständig skattning\. Bara 14 av \d+ frågor/)).toBeVisible();
  const counts = `inte på plats ${legalAnswered} · inte bedömt ${legalAll - legalAnswered} · på plats 0 av ${legalAll}`;
  await expect(page.getByText(counts)).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Krav i cybersäkerhetslagen som inte är bedömda' }),
  ).toBeVisible();
  await axe();

  await page.getByRole('link', { name: 'Ledningssammanfattning' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ledningssammanfattning – Provby kommun' }),
  ).toBeVisible();
  await expect(page.getByText(/Ofullständig skattning\./)).toBeVisible();
  const verdict = page.getByRole('region', { name: 'Bedömning' });
  await expect(verdict).toContainText(`Skattningen är inte klar: bara 14 av ${total} frågor har en nivå`);
  await expect(verdict).toContainText(
    `Av ${legalAll} krav i cybersäkerhetslagen är ${legalAnswered} inte på plats och ${legalAll - legalAnswered} inte bedömda.`,
  );
  await expect(verdict).not.toContainText(`${legalAll} krav i cybersäkerhetslagen är inte på plats`);
  // Before the brief leaves the kommun, the page asks for a secrecy check (OSL 18:8).
  await expect(page.getByText(/Pröva sekretessen innan något lämnar kommunen/)).toBeVisible();
  // Areas nobody has looked at get no status, rather than a red one.
  const areas = page.getByRole('table', { name: 'Läget per område' });
  await expect(areas.getByRole('row', { name: /Incidenthantering/ })).toContainText('Inte bedömt');
  // The level is named as the report names it, so that it is not read as the plan's lowest level.
  await expect(areas.getByRole('columnheader', { name: 'Nuläge (medel)' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Ledningen ombeds besluta' }).getByRole('listitem').first(),
  ).toHaveText(`att skattningen görs klar: ${total - 14} frågor saknar nivå`);
  await axe();
  // On a 320 px screen the brief and its tables reflow: nothing pushes the page sideways.
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 800 });
  await expect(areas.getByRole('row', { name: /Incidenthantering/ })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize(viewport);

  const pages = await printToPdf(page, testInfo, 'ofullstandig');
  const marking = 'Kan omfattas av sekretess enligt 18 kap. 8 § offentlighets- och sekretesslagen.';
  for (const text of pages) {
    expect(text).toContain(`Ofullständig skattning: bygger på 14 av ${total} frågor`);
    expect(text.replace(/\s+/g, ' ')).toContain(marking);
  }
  expect(pages.join('\n')).toContain(counts);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Spara som Word' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^ledningssammanfattning-provby-kommun-\d{4}-\d{2}-\d{2}\.docx$/,
  );
  const word = await wordParts(download);
  expect(word.headings(1)).toEqual(['Ledningssammanfattning – Provby kommun']);
  expect(word.headings(2)).toContain('Ledningen ombeds besluta');
  expect(word.header).toContain('Provby kommun · Ledningssammanfattning');
  expect(word.header).toContain(`Ofullständig skattning: bygger på 14 av ${total} frågor`);
  expect(word.header).toContain(marking);
  expect(word.footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
  const statusRow = word.rows.find((r) => r[0] === 'Incidenthantering och rapportering');
  expect(statusRow?.[1]).toBe('Inte bedömt');
  expect(word.rows.filter((r) => r.length === 4)).toHaveLength(bank.areas + 1);
  expect(word.document).toContain(counts);
});

test('half an assessment answered at low levels: the brief with its decisions and first steps is still one A4 page', async ({
  page,
}, testInfo) => {
  await createAssessment(page, 'Storvikens kommun');
  // Seven areas answered at 0 and 1, two questions of the eighth, nothing after: the incomplete line in the
  // header, a long verdict, five risks, and one more decision (finish the assessment) than a full one.
  const answers = realBank().areas.flatMap((area, a) =>
    (a < 7 ? area.questions : a === 7 ? area.questions.slice(0, 2) : []).map((q, i) => ({
      questionId: q.id,
      level: (a + i) % 5 === 0 ? 1 : 0,
    })),
  );
  await plantAnswers(page, assessmentIdOf(page), answers);
  await page.reload();
  await page.getByRole('link', { name: 'Rapport', exact: true }).click();
  await page.getByRole('link', { name: 'Ledningssammanfattning' }).click();
  await expect(page.getByRole('table', { name: 'Läget per område' })).toBeVisible();
  const pages = await printToPdf(page, testInfo, 'halvfardig');
  expect(pages[0]).toContain('Ofullständig skattning: bygger på');
  expect(pages[0]).toContain('De största riskerna');
  expect(pages[0]).toContain('Ledningen ombeds besluta');
  expect(pages[0]).toContain('Första stegen, efter datum');
});

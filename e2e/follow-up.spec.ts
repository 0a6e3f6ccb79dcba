import { test, expect, createAssessment, storedRecord } from './fixtures';
import { seedAnswers } from './answer';
import { realBank } from './bank';
import { printToPdf } from './pdf';
import { wordParts } from './word';

const questionIds = realBank().areas.flatMap((a) => a.questions.map((q) => q.id));

/** The app's clock, set to 09:00 local time on `date`. */
const at = (date: string) => new Date(`${date}T09:00:00`);

test('the follow-up after status changes on two dates, ledningens genomgång on A4, and the plan and the review as Word', async ({
  page,
  axe,
}, testInfo) => {
  test.slow();
  await page.clock.setFixedTime(at('2027-01-11'));
  await createAssessment(page, 'Uppföljningsby kommun');
  const assessmentId = decodeURIComponent(/#\/skattning\/([^/]+)$/.exec(page.url())![1]!);
  await seedAnswers(page, assessmentId, questionIds, (i) => (i % 3 === 2 ? 2 : i % 3));
  await page.getByRole('link', { name: 'Handlingsplan', exact: true }).click();
  const table = page.getByRole('table', { name: /Åtgärderna i handlingsplanen/ });
  await expect(table).toBeVisible();
  await page.getByLabel('Gruppera efter').selectOption('Ingen gruppering');
  const rows = table.locator('tbody tr.plan-row');
  const title = async (n: number) =>
    (await rows.nth(n).getByRole('rowheader').getByRole('button').textContent())!;
  const id = async (n: number) =>
    (await rows.nth(n).getByRole('rowheader').getByRole('button').getAttribute('id'))!.replace(
      /^row-|-title$/g,
      '',
    );
  const [first, second] = [await title(0), await title(1)];
  const [firstId, secondId] = [await id(0), await id(1)];
  expect(first).not.toBe(second);
  // The whole plan, not the rows the table has drawn so far (it draws long plans in steps).
  const total = Number(
    (await page
      .getByText(/^\d+ åtgärder$/)
      .first()
      .textContent())!.split(' ')[0],
  );
  expect(total).toBeGreaterThan(40);

  // 11 January: the first action is started.
  await page.getByLabel(`Status: ${first}`, { exact: true }).selectOption('Pågår');
  await expect.poll(async () => (await storedRecord(page, 'actions', firstId))?.status).toBe('pagar');

  // 20 February: both are done.
  await page.clock.setFixedTime(at('2027-02-20'));
  await page.reload();
  await page.getByLabel(`Status: ${first}`, { exact: true }).selectOption('Klar');
  await expect.poll(async () => (await storedRecord(page, 'actions', firstId))?.status).toBe('klar');
  await page.getByLabel(`Status: ${second}`, { exact: true }).selectOption('Klar');
  await expect.poll(async () => (await storedRecord(page, 'actions', secondId))?.status).toBe('klar');

  // The plan as Word: one table per quarter, every action a row.
  const [planFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Spara som Word' }).click(),
  ]);
  expect(planFile.suggestedFilename()).toBe('handlingsplan-uppfoljningsby-kommun-2027-02-20.docx');
  const plan = await wordParts(planFile);
  expect(plan.headings(1)).toEqual(['Handlingsplan – Uppföljningsby kommun']);
  // The goal for the year per area comes first (issue 11), then one table per quarter.
  expect(plan.headings(2)[0]).toBe('Mål för året per område');
  expect(plan.document).toMatch(/Ledning, ansvar och roller: (från nivå|kvar på nivå|målnivå) \d/);
  expect(plan.headings(2)[1]).toMatch(/^Kv 1 2027 \(\d+ åtgärder\)$/);
  expect(plan.header).toContain('Uppföljningsby kommun · Handlingsplan · 2027-02-20');
  expect(plan.footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
  const planRows = plan.rows.filter((r) => r.length === 6 && r[0] !== 'Prio');
  expect(planRows).toHaveLength(total);
  expect(planRows.find((r) => r[1]!.startsWith(first))?.[5]).toBe('Klar');
  // The narrow owner column breaks the longest role at its joints, with Word's own soft hyphens.
  expect(planRows.some((r) => r[3] === 'Informationssäkerhetssamordnare')).toBe(true);
  expect(plan.document).toMatch(
    /Informations<\/w:t><w:softHyphen\/><w:t[^>]*>säkerhets<\/w:t><w:softHyphen\/><w:t[^>]*>samordnare</,
  );

  // 5 July: the follow-up.
  await page.clock.setFixedTime(at('2027-07-05'));
  await page.reload();
  await page.getByRole('link', { name: 'Uppföljning', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Uppföljning – Uppföljningsby kommun' }),
  ).toBeVisible();
  await expect(
    page.getByText(`${total} åtgärder: klara 2 · pågår 0 · ej påbörjade ${total - 2} · vilande 0`),
  ).toBeVisible();
  const quarters = page.getByRole('table', { name: 'Planerat och klart per kvartal' });
  const q1 = quarters.getByRole('row', { name: /^Kv 1 2027/ });
  await expect(q1.getByRole('cell').nth(2)).toHaveText('2');
  await expect(
    quarters
      .getByRole('row', { name: /^Kv 2 2027/ })
      .getByRole('cell')
      .nth(2),
  ).toHaveText('0');
  const overdueHeading = page.getByRole('heading', { name: /^Försenade åtgärder \(\d+\)$/ });
  const overdue = Number(/\((\d+)\)/.exec((await overdueHeading.textContent())!)![1]);
  expect(overdue).toBeGreaterThan(0);
  await page.getByText(`Visa alla ${overdue} försenade åtgärder`).click();
  await expect(
    page.getByRole('table', { name: 'Öppna åtgärder vars datum har passerat' }).locator('tbody tr'),
  ).toHaveCount(overdue);
  const changes = page
    .getByRole('region', { name: 'Ändringar sedan förra genomgången' })
    .getByRole('listitem');
  await expect(changes).toHaveCount(3);
  await expect(changes.filter({ hasText: `2027-01-11: ${first} – Ej påbörjad → Pågår` })).toHaveCount(1);
  await expect(changes.filter({ hasText: `2027-02-20: ${first} – Pågår → Klar` })).toHaveCount(1);
  await expect(changes.filter({ hasText: `2027-02-20: ${second} – Ej påbörjad → Klar` })).toHaveCount(1);
  await axe();
  // Since the last review on 1 February, only February's changes are new.
  await page.getByLabel('Förra genomgången', { exact: true }).fill('2027-02-01');
  await expect(changes).toHaveCount(2);
  await expect(changes.filter({ hasText: '2027-01-11' })).toHaveCount(0);
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 800 });
  await expect(q1).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize(viewport);

  // Ledningens genomgång: the decisions, on A4 and in Word.
  await page.getByRole('link', { name: 'Ledningens genomgång' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ledningens genomgång – Uppföljningsby kommun' }),
  ).toBeVisible();
  await expect(page.getByText('Perioden 2027-02-01 – 2027-07-05')).toBeVisible();
  const decisions = page.getByRole('region', { name: 'Ledningen ombeds besluta' }).getByRole('listitem');
  await expect(decisions.first()).toHaveText(
    `att ge de ${overdue} försenade åtgärderna nya datum, mer resurser eller stryka dem`,
  );
  await expect(decisions.last()).toHaveText('att nästa uppföljning sker senast 2027-12-31');
  await expect(decisions.filter({ hasText: 'att en ny skattning görs senast 2028-01-11' })).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Öppna punkter i cybersäkerhetslagen' })).toContainText(
    /Krav i cybersäkerhetslagen: inte på plats \d+ · inte bedömt 0 · på plats \d+ av \d+\./,
  );
  await axe();
  const pages = await printToPdf(page, testInfo, 'genomgang');
  for (const text of pages) expect(text).toContain('Ledningens genomgång · 2027-07-05');
  expect(pages[0]).toContain('Ledningen ombeds besluta');
  expect(pages.join('\n')).not.toContain('Spara som Word');

  const [reviewFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Spara som Word' }).click(),
  ]);
  expect(reviewFile.suggestedFilename()).toBe('ledningens-genomgang-uppfoljningsby-kommun-2027-07-05.docx');
  const review = await wordParts(reviewFile);
  expect(review.headings(1)).toEqual(['Ledningens genomgång – Uppföljningsby kommun']);
  expect(review.headings(2)).toEqual([
    'Ledningen ombeds besluta',
    'Planens framsteg',
    `Försenade åtgärder (${overdue})`,
    'Ändringar sedan förra genomgången',
    'Öppna punkter i cybersäkerhetslagen',
    'Mot målet per område',
  ]);
  expect(review.header).toContain('Uppföljningsby kommun · Ledningens genomgång · 2027-07-05');
  expect(review.footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
  expect(review.rows.find((r) => r[0] === 'Kv 1 2027')?.[3]).toBe('2');
  // The overdue items per owner add up to all of them.
  const owners = review.rows.filter((r) => r.length === 3 && /^\d{4}-\d{2}-\d{2}$/.test(r[2]!));
  expect(owners.reduce((n, r) => n + Number(r[1]), 0)).toBe(overdue);
  expect(review.document).toContain(`2027-02-20: ${first} – Pågår → Klar`);
  expect(review.document).not.toContain('2027-01-11: ');
});

import { execFileSync } from 'node:child_process';
import readXlsxFile from 'read-excel-file/node';
import { test, expect, createAssessment, databaseSettled } from './fixtures';
import { printToPdf } from './pdf';
import { wordParts } from './word';

test('the kommun’s place, the checklist partly, the training log and the incident card', async ({
  page,
  axe,
}, testInfo) => {
  await createAssessment(page, 'Ekby kommun');
  await page.getByRole('link', { name: 'Cybersäkerhetslagen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Cybersäkerhetslagen/ })).toBeVisible();

  // The kommun's place: the user decides väsentlig/viktig; län and supervisor follow from the code.
  await page.getByRole('radio', { name: 'Väsentlig' }).check();
  await page.getByLabel('Kommun', { exact: true }).selectOption({ label: 'Gotland (0980)' });
  await expect(page.getByText('Gotlands län')).toBeVisible();
  await expect(page.getByText('Länsstyrelsen i Stockholms län')).toBeVisible();
  await page.getByLabel(/^Datum för anmälan/).fill('2026-02-10');
  await page.getByRole('button', { name: 'Spara kommunens uppgifter' }).click();
  await expect(page.getByText('Kommunens uppgifter är sparade.')).toBeVisible();

  // The checklist, partly: a status set by hand needs a reason.
  const duty = page.getByRole('article', { name: /2 kap\. 7 §/ });
  await expect(duty.getByText('Status: Inte bedömt')).toBeVisible();
  await duty.getByText('Ändra status och underlag för 2 kap. 7 §').click();
  await duty.getByLabel('Status', { exact: true }).selectOption({ label: 'På plats' });
  await duty.getByRole('button', { name: 'Spara' }).click();
  await expect(duty.getByText('Skriv varför ni sätter statusen själva.')).toBeVisible();
  await duty.getByLabel('Motivering till statusen').fill('Rutin för delrapport beslutad i KS 2026-03-01');
  await duty.getByLabel(/^Underlag/).fill('KS 2026/45');
  await duty.getByRole('button', { name: 'Spara' }).click();
  await expect(duty.getByText('Status: På plats')).toBeVisible();
  await expect(duty.getByText('Underlag: KS 2026/45')).toBeVisible();
  // Two: 2 kap. 7 § by hand, and the registration (2 kap. 2 §), which the date entered above decides
  // since question bank 1.1.0 (issue 14, point 4: no question asks about it).
  await expect(
    page.getByRole('article', { name: /2 kap\. 2 §/ }).getByText('Status: På plats'),
  ).toBeVisible();
  await expect(page.getByText('2 av 8 krav på plats')).toBeVisible();

  // The training log: the checklist names who is missing.
  const training = page.getByRole('region', { name: /Ledningens utbildning/ });
  await training.getByLabel('Namn').fill('Anna Ek');
  await training.getByLabel('Organ').fill('Kommunstyrelsen');
  await training.getByLabel('Utbildning').fill('MCF:s webbutbildning');
  await training.getByLabel('Datum').fill('2026-03-05');
  await training.getByRole('button', { name: 'Lägg till i loggen' }).click();
  await expect(training.getByRole('rowheader', { name: 'Anna Ek' })).toBeVisible();
  await training.getByLabel('Namn').fill('Bo Lind');
  await training.getByRole('button', { name: 'Lägg till i loggen' }).click();
  await expect(training.getByText('Har inte gått utbildningen: Bo Lind')).toBeVisible();
  const four = page.getByRole('article', { name: /2 kap\. 4 §/ });
  await expect(four.getByText('Status: Delvis')).toBeVisible();
  await expect(four.getByText('Bo Lind har inte gått utbildningen.')).toBeVisible();

  const contacts = page.getByRole('region', { name: 'Kontakter vid en incident' });
  const reporter = contacts.getByRole('group', { name: 'Rapporterar till CSIRT-enheten' });
  await reporter.getByLabel('Namn').fill('Cecilia Berg');
  await reporter.getByLabel('Telefon').fill('0498-26 90 00');
  await contacts.getByRole('button', { name: 'Spara kontakterna' }).click();
  await expect(contacts.getByText('Kontakterna är sparade.')).toBeVisible();
  await axe();

  // The stored record survives a reload.
  await databaseSettled(page);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Väsentlig' })).toBeChecked();
  await expect(page.getByText('Länsstyrelsen i Stockholms län')).toBeVisible();

  // The incident card: one printed page with the kommun's own names.
  await page.getByRole('link', { name: 'Incidentkort' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Vid en betydande incident – Ekby kommun/ }),
  ).toBeVisible();
  await axe();
  const card = await printToPdf(page, testInfo, 'incidentkort');
  expect(card).toHaveLength(1);
  for (const text of [
    'Inom 24 timmar',
    'Inom 72 timmar',
    'IMY',
    'Cecilia Berg',
    'Länsstyrelsen i Stockholms län',
  ])
    expect(card[0]!.replace(/\s+/g, ' ')).toContain(text);
});

test('the tillämpningsförklaring: decide a control, save as Excel, print on A4 landscape', async ({
  page,
  axe,
}, testInfo) => {
  await createAssessment(page, 'Ekby kommun');
  await page.getByRole('link', { name: 'Tillämpningsförklaring' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Tillämpningsförklaring/ })).toBeVisible();
  const cabling = page.getByRole('listitem', { name: /^A\.7\.12 / });
  await cabling.getByText('Ändra A.7.12').click();
  await cabling.getByRole('radio', { name: 'Nej' }).check();
  await cabling.getByRole('button', { name: 'Spara A.7.12' }).click();
  await expect(cabling.getByText('Skriv varför åtgärden inte är tillämplig.')).toBeVisible();
  await cabling.getByLabel('Motivering').fill('Fastighetsbolaget äger kablaget');
  await cabling.getByRole('checkbox', { name: 'Verksamhetsanalys' }).check();
  await cabling.getByRole('button', { name: 'Spara A.7.12' }).click();
  await expect(cabling.getByText('Tillämplig: Nej')).toBeVisible();
  await expect(page.getByText(/^92 av 93 åtgärder tillämpliga/)).toBeVisible();
  await axe();

  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Spara som Excel' }).click(),
  ]);
  const rows = (await readXlsxFile(await xlsx.path()))[0]!.data;
  expect(rows[0]).toContain('Tillämplig');
  expect(rows.slice(1)).toHaveLength(93);
  expect(rows.find((r) => r[0] === 'A.7.12')).toEqual(
    expect.arrayContaining(['Nej', 'Verksamhetsanalys', 'Fastighetsbolaget äger kablaget']),
  );

  // As Word, for the kommun's own documents: every control, grouped by theme, landscape.
  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Spara som Word' }).click(),
  ]);
  expect(docx.suggestedFilename()).toMatch(/^tillampningsforklaring-.*\.docx$/);
  const word = await wordParts(docx);
  expect(word.headings(1)).toEqual(['Tillämpningsförklaring – Ekby kommun']);
  expect(word.headings(2)).toHaveLength(4);
  const controls = word.rows.filter((r) => /^A\.\d+\.\d+$/.test(r[0] ?? ''));
  expect(controls).toHaveLength(93);
  expect(controls.find((r) => r[0] === 'A.7.12')).toEqual(
    expect.arrayContaining(['Nej', 'Verksamhetsanalys', 'Fastighetsbolaget äger kablaget']),
  );
  expect(word.document).toContain('w:orient="landscape"');
  expect(word.footer).toContain('Sida');

  // On paper: A4 landscape.
  const pages = await printToPdf(page, testInfo, 'tillampningsforklaring');
  expect(pages.join('\n')).toContain('A.8.34');
  const info = execFileSync('pdfinfo', [testInfo.outputPath('tillampningsforklaring.pdf')], {
    encoding: 'utf8',
  });
  const [width, height] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.slice(1).map(Number);
  expect(width).toBeGreaterThan(height!);
});

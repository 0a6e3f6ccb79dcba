import { readFileSync, writeFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { named, regionBank, resultFile } from './region-files';
import { printToPdf } from './pdf';
import { sticking } from './reflow';

/** How many kommuner the regional overview's own database holds, read straight from IndexedDB. */
function pooledCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('lis-stegen-region');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('results')) {
            db.close();
            return resolve(0);
          }
          const count = db.transaction('results').objectStore('results').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
        };
      }),
  );
}

async function openOverview(page: Page) {
  await page.goto('./');
  await page.getByRole('link', { name: 'Regional översikt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Regional översikt' })).toBeVisible();
}

test('a coordinator reads in many files, sees what came in before anything is pooled, and can remove and undo', async ({
  page,
  axe,
}, testInfo) => {
  test.slow();
  const files = [
    await resultFile(testInfo, 'harryda.lisresultat', { n: 1, identity: named('1401', 'Härryda', 'B4') }),
    await resultFile(testInfo, 'harryda-gammal.lisresultat', {
      n: 2,
      identity: named('1401', 'Härryda', 'B4'),
      date: '2026-10-01',
    }),
    await resultFile(testInfo, 'lerum.lisresultat', { n: 3, identity: named('1441', 'Lerum', 'B4') }),
    // Answered against the older bank 1.0.1: mapped with the bank's idMappings (ver-06 has no place).
    await resultFile(testInfo, 'boras-1.0.1.lisresultat', {
      n: 4,
      identity: named('1490', 'Borås', 'B3'),
      version: '1.0.1',
    }),
    await resultFile(testInfo, 'anonym.lisresultat', {
      n: 5,
      identity: { kind: 'grupp', lan: '14', kommungrupp: 'C8' },
      password: 'regionens-lösenord-2026',
    }),
    await resultFile(testInfo, 'anonym-2.lisresultat', {
      n: 6,
      identity: { kind: 'grupp', lan: '14', kommungrupp: 'C7' },
      password: 'regionens-lösenord-2026',
    }),
  ];
  const note = testInfo.outputPath('med-anteckning.lisresultat');
  const valid = JSON.parse(readFileSync(files[2]!, 'utf8')) as Record<string, unknown>;
  writeFileSync(note, JSON.stringify({ ...valid, note: 'Vår brandvägg är trasig' }));
  const share = 'e2e/fixtures/molnby-0.1.0.lisstegen';

  await openOverview(page);
  await expect(page.getByText('Översikten är tom.')).toBeVisible();
  await page.getByLabel('Välj resultatfiler').setInputFiles([...files, note, share]);

  // One password prompt, and the same password tried on the next encrypted file.
  await expect(page.getByText('Filen anonym.lisresultat är skyddad med lösenord.')).toBeVisible();
  await page.getByLabel('Lösenord', { exact: true }).fill('regionens-lösenord-2026');
  await page.getByRole('button', { name: 'Lås upp' }).click();

  const preview = page.getByRole('region', { name: 'Det här kom in' });
  await expect(preview).toBeVisible();
  await expect(preview).toContainText(
    '5 nya kommuner kan läggas in. 1 dubblett. 2 filer kunde inte läsas in.',
  );
  const accepted = preview.getByRole('table', { name: 'Nya kommuner' });
  await expect(accepted.getByRole('row')).toHaveCount(6);
  await expect(accepted.getByRole('row', { name: /Härryda/ })).toContainText('2026-11-20');
  await expect(accepted.getByRole('row', { name: /Borås/ })).toContainText(
    `1.0.1, översatt till ${regionBank.version} (1 svar kunde inte föras över)`,
  );
  await expect(accepted.getByRole('row', { name: /Kommungrupp C8, Västra Götalands län/ })).toBeVisible();
  await expect(preview.getByRole('listitem')).toHaveText(
    'Härryda fanns två gånger: den nyare filen harryda.lisresultat används, harryda-gammal.lisresultat läggs inte in.',
  );
  const rejected = preview.getByRole('table', { name: 'Filer som inte läses in' });
  await expect(rejected.getByRole('row', { name: /med-anteckning/ })).toContainText(
    'inte stämmer med resultatfilens format',
  );
  await expect(rejected.getByRole('row', { name: /molnby/ })).toContainText('delningsfil');
  await axe();
  expect(await pooledCount(page)).toBe(0);

  await preview.getByRole('button', { name: 'Lägg in 5 kommuner i översikten' }).click();
  await expect(page.getByRole('heading', { name: 'Kommuner i översikten (5)' })).toBeVisible();
  await expect.poll(() => pooledCount(page)).toBe(5);

  // Removing one kommun can be undone.
  await page.getByRole('button', { name: 'Ta bort Lerum ur översikten' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'togs bort' })).toContainText(
    'Lerum togs bort ur översikten.',
  );
  await expect(page.getByRole('heading', { name: 'Kommuner i översikten (4)' })).toBeVisible();
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(page.getByRole('heading', { name: 'Kommuner i översikten (5)' })).toBeVisible();

  // Clearing asks first, and can be undone too.
  await page.getByRole('button', { name: 'Töm översikten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tömma den regionala översikten?' });
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByRole('heading', { name: 'Kommuner i översikten (5)' })).toBeVisible();
  await page.getByRole('button', { name: 'Töm översikten' }).click();
  await dialog.getByRole('button', { name: 'Töm översikten' }).click();
  await expect(page.getByText('Översikten är tom.')).toBeVisible();
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(page.getByRole('heading', { name: 'Kommuner i översikten (5)' })).toBeVisible();

  // Stored apart from the user's own assessments, and still there after a reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Kommuner i översikten (5)' })).toBeVisible();
  await axe();

  // The same kommun again, newer: told before it replaces the one in the overview.
  const newer = await resultFile(testInfo, 'lerum-ny.lisresultat', {
    n: 7,
    identity: named('1441', 'Lerum', 'B4'),
    date: '2026-11-28',
  });
  await page.getByLabel('Välj resultatfiler').setInputFiles(newer);
  await expect(preview.getByRole('listitem')).toHaveText(
    'Lerum fanns redan i översikten: den nyare filen lerum-ny.lisresultat ersätter lerum.lisresultat när du lägger in.',
  );
  await preview.getByRole('button', { name: 'Lägg in 1 kommun i översikten' }).click();
  await expect(page.getByRole('heading', { name: 'Kommuner i översikten (5)' })).toBeVisible();
  // In the overview's own table: for a moment the preview's table may show the new file beside it.
  await expect(
    page.getByRole('table', { name: 'Kommuner i översikten' }).getByRole('row', { name: /Lerum/ }),
  ).toContainText('2026-11-28');
});

test('a hostile file is refused with its reason and nothing is pooled', async ({ page }, testInfo) => {
  const deep = testInfo.outputPath('djup.lisresultat');
  writeFileSync(deep, '['.repeat(500_000));
  const proto = testInfo.outputPath('proto.lisresultat');
  const valid = await resultFile(testInfo, 'giltig.lisresultat', {
    n: 9,
    identity: named('1480', 'Göteborg'),
  });
  writeFileSync(
    proto,
    readFileSync(valid, 'utf8').replace('"answers": {', '"answers": {"__proto__": {"polluted": 1},'),
  );
  const wrong = testInfo.outputPath('las.lisresultat');
  writeFileSync(
    wrong,
    readFileSync(
      await resultFile(testInfo, 'skyddad.lisresultat', {
        n: 10,
        identity: named('1480', 'Göteborg'),
        password: 'rätt lösenord 2026',
      }),
      'utf8',
    ),
  );

  await openOverview(page);
  await page.getByLabel('Välj resultatfiler').setInputFiles([deep, proto, wrong]);
  await page.getByLabel('Lösenord', { exact: true }).fill('fel lösenord');
  await page.getByRole('button', { name: 'Lås upp' }).click();
  await expect(page.getByRole('alert')).toContainText('Lösenordet stämmer inte');
  await page.getByRole('button', { name: 'Hoppa över filen' }).click();

  const preview = page.getByRole('region', { name: 'Det här kom in' });
  await expect(preview).toContainText(
    '0 nya kommuner kan läggas in. 0 dubbletter. 3 filer kunde inte läsas in.',
  );
  const rejected = preview.getByRole('table', { name: 'Filer som inte läses in' });
  await expect(rejected.getByRole('row', { name: /djup/ })).toContainText('konstig uppbyggnad');
  await expect(rejected.getByRole('row', { name: /proto/ })).toContainText('resultatfilens format');
  await expect(rejected.getByRole('row', { name: /las/ })).toContainText('inget lösenord angavs');
  await expect(preview.getByRole('button', { name: /Lägg in/ })).toHaveCount(0);
  await preview.getByRole('button', { name: 'Stäng' }).click();
  await expect(page.getByText('Översikten är tom.')).toBeVisible();
  expect(await pooledCount(page)).toBe(0);
  expect(await page.evaluate(() => Object.prototype.hasOwnProperty.call({}, 'polluted'))).toBe(false);
});

for (const width of [320, 390])
  test(`the overview reflows at ${width} px`, async ({ page, axe }, testInfo) => {
    test.slow();
    await page.setViewportSize({ width, height: 844 });
    const files = [
      await resultFile(testInfo, 'a.lisresultat', { n: 1, identity: named('1401', 'Härryda', 'B4') }),
      await resultFile(testInfo, 'b.lisresultat', {
        n: 2,
        identity: { kind: 'grupp', lan: '14', kommungrupp: 'C8' },
        version: '1.0.1',
      }),
    ];
    const broken = testInfo.outputPath('trasig-fil-med-ett-mycket-langt-namn-utan-mellanslag.lisresultat');
    writeFileSync(broken, '{');
    await openOverview(page);
    await page.getByLabel('Välj resultatfiler').setInputFiles([...files, broken]);
    await expect(page.getByRole('region', { name: 'Det här kom in' })).toBeVisible();
    expect(await sticking(page)).toEqual([]);
    if (process.env.RENDER_PDF)
      await page.screenshot({ path: testInfo.outputPath(`intake-${width}.png`), fullPage: true });
    await page.getByRole('button', { name: 'Lägg in 2 kommuner i översikten' }).click();
    await expect(page.getByRole('heading', { name: 'Kommuner i översikten (2)' })).toBeVisible();
    expect(await sticking(page)).toEqual([]);
    if (process.env.RENDER_PDF)
      await page.screenshot({ path: testInfo.outputPath(`overview-${width}.png`), fullPage: true });
    if (width === 320) await axe();
  });

test('six kommuner give a real spread; a group of fewer than five is not shown', async ({
  page,
  axe,
}, testInfo) => {
  test.slow();
  const first = regionBank.areas[0]!;
  const action = first.questions[0]!.actions[0]!;
  const kommuner = [
    ['1401', 'Härryda'],
    ['1441', 'Lerum'],
    ['1490', 'Borås'],
    ['1480', 'Göteborg'],
    ['1440', 'Ale'],
  ] as const;
  const files = [
    ...(await Promise.all(
      kommuner.map(([code, name], k) =>
        resultFile(testInfo, `${code}.lisresultat`, {
          n: k + 1,
          identity: named(code, name, 'B4'),
          level: () => k,
          openActions: k < 4 ? [action.id] : [],
        }),
      ),
    )),
    await resultFile(testInfo, 'c8.lisresultat', {
      n: 6,
      identity: { kind: 'grupp', lan: '14', kommungrupp: 'C8' },
      level: () => 5,
    }),
  ];
  await openOverview(page);
  await page.getByLabel('Välj resultatfiler').setInputFiles(files);
  await page.getByRole('button', { name: 'Lägg in 6 kommuner i översikten' }).click();
  await expect(page.getByText('Bilden bygger på 6 kommuner.')).toBeVisible();

  // Levels 0–5, one kommun each: the spread of every area is 0, 1,25, 2,5, 3,75, 5 (KVARTIL.INK).
  const spread = page.getByRole('table', { name: 'Spridning per område i siffror' });
  await expect(spread.getByRole('row', { name: new RegExp(first.title.sv) })).toHaveText(
    new RegExp(`${first.title.sv}\\s*6\\s*0\\s*1,25\\s*2,5\\s*3,75\\s*5\\s*3\\s*3 av 6`),
  );
  await expect(page.getByRole('img', { name: 'Kommunernas medelnivå per område, 6 kommuner' })).toBeVisible();

  // Per question: below 2 are the kommuner at 0 and 1, below 3 also the one at 2.
  const questions = page.getByRole('table', { name: /Frågor per område/ });
  const q = first.questions[0]!;
  await expect(questions.getByRole('row', { name: new RegExp(q.id) })).toContainText('33 % (2)');
  await expect(questions.getByRole('row', { name: new RegExp(q.id) })).toContainText('50 % (3)');
  await questions.getByRole('button', { name: 'Under nivå 3' }).click();
  await expect(questions.getByRole('columnheader', { name: 'Under nivå 3' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );

  // Joint work from the plans: the action four of the six kommuner have open.
  const joint = page.getByRole('table', { name: 'Åtgärder i kommunernas handlingsplaner' });
  await expect(joint.getByRole('row', { name: new RegExp(action.title.sv) })).toContainText('4 av 6');

  // Groups: kommungrupp B4 has five kommuner and is shown, C8 has one and is not.
  const groups = page.getByRole('table', { name: 'Per kommungrupp' });
  await expect(groups.getByRole('row', { name: /B4/ })).toContainText('5');
  await expect(groups.getByRole('row', { name: /C8/ })).toContainText('för få för att visas');
  await expect(groups.getByRole('row', { name: /C8/ })).not.toContainText('5');
  await axe();

  // On paper: the picture only, the secrecy line on every page, no import controls.
  const pages = await printToPdf(page, testInfo, 'regional-oversikt');
  const paper = pages.join('\n');
  expect(paper).toContain('Spridning per område');
  expect(paper).toContain('för få för att visas');
  expect(paper).not.toContain('Läs in resultatfiler');
  expect(paper).not.toContain('Kommuner i översikten');
  for (const text of pages) expect(text).toContain('18 kap. 8 §');

  // As Excel: the same figures, the group of one without any.
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Spara som Excel (XLSX)' }).click(),
  ]);
  const sheets = await readXlsxFile(await xlsx.path());
  expect(sheets.map((s) => s.sheet)).toEqual([
    'Översikt',
    'Områden',
    'Frågor',
    'Gemensamt arbete',
    'Grupper',
  ]);
  const areaRows = sheets.find((s) => s.sheet === 'Områden')!.data;
  expect(areaRows.find((r) => r[0] === first.title.sv)).toEqual([
    first.title.sv,
    6,
    0,
    1.25,
    2.5,
    3.75,
    5,
    3,
    3,
  ]);
  const groupRows = sheets.find((s) => s.sheet === 'Grupper')!.data;
  expect(groupRows.find((r) => r[1] === 'C8 Landsbygdskommun')).toEqual([
    'Kommungrupp',
    'C8 Landsbygdskommun',
    'för få för att visas',
    null,
    null,
    null,
  ]);

  // The regional picture for the kommuner: the aggregate only, no kommun named.
  const [picture] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Spara regionbild för kommunerna' }).click(),
  ]);
  expect(picture.suggestedFilename()).toMatch(/\.lisregionbild$/);
  const pictureText = readFileSync(await picture.path(), 'utf8');
  expect(JSON.parse(pictureText)).toMatchObject({ format: 'lis-stegen-regionbild', kommuner: 6 });
  for (const name of ['Härryda', '1401', 'Ale', 'C8']) expect(pictureText).not.toContain(name);

  // A filter down to one kommun shows nothing of it; to five it shows their picture.
  await page.getByLabel('Kommungrupp', { exact: true }).selectOption({ label: 'C8 Landsbygdskommun' });
  await expect(page.getByText('För få för att visas: urvalet har färre än fem kommuner')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Spridning per område i siffror' })).toHaveCount(0);
  await page
    .getByLabel('Kommungrupp', { exact: true })
    .selectOption({ label: 'B4 Pendlingskommun nära större stad' });
  await expect(page.getByText('Urvalet har 5 kommuner.')).toBeVisible();
  await expect(spread.getByRole('row', { name: new RegExp(first.title.sv) })).toContainText('0');
  await axe();
});

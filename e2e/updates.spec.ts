import { fileURLToPath } from 'node:url';
import { writeSchemaV1 } from '../src/storage/fixtures/schema-v1';
import { createAssessment, expect, storedSetting, test } from './fixtures';
import { realBank } from './bank';

/** A share file written by app 0.1.0 (format 1, question bank 1.0.1), kept as it was. */
const OLD_FILE = fileURLToPath(new URL('./fixtures/molnby-0.1.0.lisstegen', import.meta.url));

/**
 * Plants the database exactly as version 1 of the app left it (the frozen unit-test fixture, in
 * plain IndexedDB), plus answers to two questions that question bank 1.1.0 changed: sky-02, which
 * was split, and kon-03, whose level texts were rewritten. Done on a same-origin page that does not
 * run the app, so that the app's first start is the update.
 */
async function plantVersion1Database(page: import('@playwright/test').Page) {
  await page.goto('./favicon.svg');
  await page.evaluate(`(${writeSchemaV1.toString()})(indexedDB, 'lis-stegen')`);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('lis-stegen');
        open.onsuccess = () => {
          const tx = open.result.transaction('answers', 'readwrite');
          for (const [questionId, level] of [
            ['sky-02', 1],
            ['kon-03', 2],
          ] as const)
            tx.objectStore('answers').put({
              assessmentId: 'v1-a',
              questionId,
              value: { kind: 'level', level },
              note: '',
              flagged: false,
              carriedOver: false,
              updatedAt: '2026-02-01T09:00:00.000Z',
            });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

test('after an update, an assessment stored by version 1 opens, and the user is told once what is new and what it means for the answers', async ({
  page,
  axe,
}) => {
  await plantVersion1Database(page);
  await page.goto('./');
  // The old app stored English as the language.
  const news = page.getByRole('region', { name: 'New in this version' });
  await expect(news).toBeVisible();
  await expect(news.getByText(/has been updated to version \d+\.\d+\.\d+/)).toBeVisible();
  await expect(
    news.getByText(
      `The question bank for Gamla kommun has been updated from version 1.0.0 to ${realBank().version}`,
      {
        exact: false,
      },
    ),
  ).toBeVisible();
  // Two to review: kon-03, and led-01 from the frozen fixture, whose level 4 bank 1.1.0 rewrote (issue 14, point 4).
  await expect(news.getByText(/Answers moved to a new question: 1 · Answers to review: 2/)).toBeVisible();
  await news.getByText('Show what has changed').click();
  await expect(news.getByText(/Your answer to question sky-02 now belongs to question sky-09/)).toBeVisible();
  await expect(news.getByRole('link', { name: /^kon-03 / })).toBeVisible();
  await expect(news.getByRole('link', { name: /^led-01 / })).toBeVisible();
  await expect(news.getByRole('link', { name: /^led-04 / })).toHaveCount(0);
  await expect(news.getByText(/new questions to answer/)).toBeVisible();
  await axe();

  await page.getByRole('button', { name: /Switch language to Swedish/ }).click();
  await expect(page.getByRole('region', { name: 'Nytt i den här versionen' })).toBeVisible();
  await page
    .getByRole('region', { name: 'Nytt i den här versionen' })
    .getByRole('button', { name: 'Stäng' })
    .click();
  await expect(page.getByRole('region', { name: 'Nytt i den här versionen' })).toHaveCount(0);
  expect(await storedSetting(page, 'appVersionSeen')).toMatch(/^\d+\.\d+\.\d+$/);

  // Shown once: not again after a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Nytt i den här versionen' })).toHaveCount(0);

  // The old assessment opens, with its answers, the moved one included, and its plan item.
  await page
    .getByRole('link', { name: /Gamla kommun/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /Gamla kommun/ })).toBeVisible();
  await page.getByRole('link', { name: 'Skydd av system och data', exact: true }).click();
  // sky-02's answer (level 1) is now the answer to sky-09, the area's second question.
  await expect(
    page.getByRole('group', { name: /^Fråga 2 av/ }).getByRole('radio', { name: /^Nivå 1:/ }),
  ).toBeChecked();

  // The Om page keeps the history.
  await page.goto('./#/om');
  await expect(page.getByRole('heading', { name: 'Versionshistorik' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Frågebanken 1.1.0' })).toBeVisible();
  // Bank 1.1.0 also split sky-08 and turned ver-06 into a checkpoint in the legal view (issue 14, point 4).
  await expect(page.getByText('Borttagna frågor: sky-02, sky-08, ver-06.')).toBeVisible();
});

test('a first visit shows no update notes, also when an assessment is made at once', async ({ page }) => {
  await createAssessment(page, 'Nyby kommun');
  await expect.poll(() => storedSetting(page, 'appVersionSeen')).toMatch(/^\d+\.\d+\.\d+$/);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Nytt i den här versionen' })).toHaveCount(0);
});

test('a share file saved by version 0.1.0 opens, and says what the newer question bank means for it', async ({
  page,
}) => {
  await page.goto('./#/oppna');
  await page.getByLabel('Välj en fil').setInputFiles(OLD_FILE);
  await expect(
    page.getByText(`Filen sparades med frågebanken 1.0.1. Appen har version ${realBank().version}`, {
      exact: false,
    }),
  ).toBeVisible();
  await expect(page.getByText('Svaret på fråga sky-02 förs över till fråga sky-09.')).toBeVisible();
  await expect(page.getByText(/frågor har tillkommit och är obesvarade/)).toBeVisible();
  await expect(page.getByText(/Frågor med nya nivåtexter.*kon-03/)).toBeVisible();
  await page.getByRole('button', { name: 'Lägg till som ny skattning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Molnby kommun/ })).toBeVisible();
  await page.getByRole('link', { name: 'Skydd av system och data', exact: true }).click();
  // The note written to sky-02 in 0.1.0 is on sky-09, the area's second question.
  await expect(page.getByLabel('Anteckning').nth(1)).toHaveValue('Förteckning finns för skolan');
});

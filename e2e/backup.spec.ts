import { test, expect, createAssessment } from './fixtures';

test('the overview says when the assessment was last saved to a file, and nudges after changes', async ({
  page,
  axe,
}) => {
  await createAssessment(page, 'Backupby kommun');
  const nudge = page.getByText('Det finns ändringar som inte finns i någon fil.', { exact: false });
  await expect(page.getByRole('link', { name: 'Dela som fil' })).toBeVisible();
  await expect(nudge).toHaveCount(0);

  await page.getByRole('link', { name: /Börja skattningen/ }).click();
  await page
    .getByRole('group', { name: /^Fråga 1 av/ })
    .getByRole('radio', { name: /^Nivå 2:/ })
    .check();
  await page.getByRole('link', { name: 'Till översikten' }).first().click();
  await expect(nudge).toBeVisible();
  await expect(page.getByText('Inte sparad som fil från den här datorn ännu.')).toBeVisible();
  await axe();

  await page.getByRole('link', { name: 'Spara som fil nu' }).click();
  await page.getByLabel('Skydda filen med lösenord (krypterad)').uncheck();
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Spara som fil' }).click(),
  ]);
  await page.getByRole('link', { name: 'Till översikten' }).first().click();
  await expect(page.getByText(/^Senast sparad som fil på den här datorn: \d+ \w+ 20\d\d/)).toBeVisible();
  await expect(nudge).toHaveCount(0);

  // A new change after the save brings the nudge back.
  await page.getByRole('link', { name: /Fortsätt skattningen/ }).click();
  await page
    .getByRole('group', { name: /^Fråga 1 av/ })
    .getByRole('radio', { name: /^Nivå 3:/ })
    .check();
  await page.getByRole('link', { name: 'Till översikten' }).first().click();
  await expect(nudge).toBeVisible();
  await expect(page.getByText(/^Senast sparad som fil på den här datorn:/)).toBeVisible();
});

test('on a shared computer everything the app stored is removed in one confirmed step', async ({
  page,
  axe,
}) => {
  await createAssessment(page, 'Delade datorns kommun');
  await page.getByRole('link', { name: 'Om appen' }).click();
  const remove = page.getByRole('button', { name: 'Ta bort allt som LIS-stegen har sparat här' });

  // Cancelling removes nothing.
  await remove.click();
  const dialog = page.getByRole('dialog', { name: 'Ta bort allt från den här datorn?' });
  await expect(dialog).toBeVisible();
  await axe();
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: 'LIS-stegen' }).click();
  await expect(page.getByRole('link', { name: 'Delade datorns kommun', exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Om appen' }).click();
  await remove.click();
  await dialog.getByRole('button', { name: 'Ja, ta bort allt' }).click();
  await expect(
    page.getByRole('status').getByText('Allt som LIS-stegen hade sparat i den här webbläsaren är borttaget.'),
  ).toBeVisible();
  // The database is gone, or (if the app has already opened a new one) empty.
  const assessments = await page.evaluate(async () => {
    // Opening a database that does not exist would create one, so look first.
    if (!(await indexedDB.databases()).some((d) => d.name === 'lis-stegen')) return 0;
    return new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('lis-stegen');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('assessments')) {
          db.close();
          return resolve(0);
        }
        const count = db.transaction('assessments').objectStore('assessments').count();
        count.onsuccess = () => {
          db.close();
          resolve(count.result);
        };
        count.onerror = () => reject(count.error);
      };
    });
  });
  expect(assessments).toBe(0);
  await page.getByRole('link', { name: 'Till startsidan' }).click();
  await expect(page.getByRole('link', { name: 'Ny skattning' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Delade datorns kommun', exact: true })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Ny skattning' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Delade datorns kommun', exact: true })).toHaveCount(0);
});

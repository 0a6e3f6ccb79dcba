import { test, expect, createAssessment, storedSetting, storedRecord, answerFirstQuestion } from './fixtures';

test('a browser that refuses IndexedDB gets a clear message instead of a blank page', async ({ page }) => {
  await page.addInitScript(() => {
    // What a locked-down private window does: every open fails.
    IDBFactory.prototype.open = function () {
      throw new DOMException('The user denied permission to access the database.', 'InvalidStateError');
    };
  });
  await page.goto('./');
  await expect(page.getByText(/Webbläsaren tillåter inte att LIS-stegen sparar uppgifter/)).toBeVisible();
});

test('a full disk is told to the user, and the answer is not silently lost', async ({ page }) => {
  await createAssessment(page, 'Fullby kommun');
  await page.getByRole('link', { name: /Börja skattningen/ }).click();
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if (this.name === 'answers') throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page
    .getByRole('group', { name: /^Fråga 1 av/ })
    .getByRole('radio', { name: /^Nivå 2:/ })
    .check();
  await expect(
    page.getByRole('alert').getByText(/Ändringen kunde inte sparas: lagringsutrymmet i webbläsaren är fullt/),
  ).toBeVisible();
  await expect(page.getByRole('progressbar', { name: /Besvarat i/ })).toHaveAttribute('aria-valuenow', '0');
});

test('the warning that the browser may clear the data comes once, on the start page alone; then a quiet line', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // What a browser without enough site engagement answers.
    StorageManager.prototype.persisted = () => Promise.resolve(false);
    StorageManager.prototype.persist = () => Promise.resolve(false);
  });
  await page.goto('./');
  const warning = page.locator('.notice').filter({ hasText: /Webbläsaren har inte lovat att spara/ });
  const reminder = page.getByText(/Spara dina skattningar som fil då och då/);
  await expect(warning).toBeVisible();
  // One banner at most on a first visit, and no reminder line repeating it.
  await expect(page.locator('main .notice')).toHaveCount(1);
  await expect(reminder).toHaveCount(0);
  // It does not follow the user to other pages.
  await page.getByRole('link', { name: 'Ny skattning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny skattning' })).toBeVisible();
  await expect(page.getByText(/Webbläsaren har inte lovat/)).toHaveCount(0);
  await page.goBack();
  await warning.getByRole('button', { name: 'Jag förstår' }).click();
  await expect(warning).toHaveCount(0);
  await expect(reminder).toBeVisible();
  await expect.poll(() => storedSetting(page, 'storageNoticeSeen')).toBe(true);

  await page.reload();
  // The reminder and the decision not to warn again come from the same answer of the browser.
  await expect(reminder).toBeVisible();
  await expect(page.getByText(/Webbläsaren har inte lovat att spara dina uppgifter/)).toHaveCount(0);
});

test('a plan edit that cannot be saved is told, and the form keeps what was typed', async ({ page }) => {
  await createAssessment(page, 'Fullby kommun');
  await answerFirstQuestion(page, 0);
  await page.getByRole('link', { name: 'Handlingsplan', exact: true }).click();
  await expect(page.getByText('3 åtgärder', { exact: true })).toBeVisible();

  const firstTitle = (await page.locator('.plan-item h3').first().textContent())!;
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    Object.assign(window, { freeSpace: () => (IDBObjectStore.prototype.put = put) });
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if (this.name === 'actions') throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page.getByRole('button', { name: `Ändra: ${firstTitle}` }).click();
  const form = page.getByRole('form', { name: `Ändra åtgärden: ${firstTitle}` });
  await form.getByLabel('Ansvarig person (valfritt)').fill('Anna Andersson');
  await form.getByRole('button', { name: 'Spara åtgärden' }).click();
  await expect(
    page.getByRole('alert').getByText(/Ändringen kunde inte sparas: lagringsutrymmet i webbläsaren är fullt/),
  ).toBeVisible();
  await expect(form.getByLabel('Ansvarig person (valfritt)')).toHaveValue('Anna Andersson');

  // Space freed: the same form saves what was typed, and closes.
  await page.evaluate(() => (window as unknown as { freeSpace: () => void }).freeSpace());
  await form.getByRole('button', { name: 'Spara åtgärden' }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByText(/Anna Andersson/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/Anna Andersson/)).toBeVisible();
});

test('an assessment saved before an update is moved to the question bank the app now has', async ({
  page,
}) => {
  await createAssessment(page, 'Gammalby kommun');
  await answerFirstQuestion(page, 2);
  const id = decodeURIComponent(/#\/skattning\/([^/]+)/.exec(page.url())![1]!);
  const current = (await storedRecord(page, 'assessments', id))!.questionnaireVersion;
  // As if it had been saved by an earlier version of the app, with an older question bank.
  await storedRecord(page, 'assessments', id, { questionnaireVersion: '0.9.0' });

  await page.reload();
  await expect
    .poll(async () => (await storedRecord(page, 'assessments', id))?.questionnaireVersion)
    .toBe(current);
  await expect(page.getByRole('progressbar', { name: /Besvarat/ }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Ledning, ansvar och roller', exact: true }).click();
  await expect(
    page.getByRole('group', { name: /^Fråga 1 av/ }).getByRole('radio', { name: /^Nivå 2:/ }),
  ).toBeChecked();
});

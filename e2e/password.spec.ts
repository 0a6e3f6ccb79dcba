import { test, expect, createAssessment } from './fixtures';

test('a share password needs 12 characters or a four-word passphrase, and the form says why', async ({
  page,
  axe,
}) => {
  await createAssessment(page, 'Lösenby kommun');
  await page.getByRole('link', { name: 'Dela som fil' }).click();
  const password = page.getByLabel('Lösenord', { exact: true });
  await expect(password).toHaveAccessibleDescription(/Minst 12 tecken.*Varför så långt\?/);

  await password.fill('Kommun-2026');
  await page.getByLabel('Skriv lösenordet igen').fill('Kommun-2026');
  await page.getByRole('button', { name: 'Spara som fil' }).click();
  await expect(password).toHaveAccessibleDescription(
    /Lösenordet är för kort\. Skriv minst 12 tecken, eller en lösenfras med minst fyra ord\./,
  );
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await axe();

  await password.fill('aaaaaaaaaaaaaa');
  await expect(
    page.getByText('Lösenordet har för få olika tecken och är lätt att gissa.', { exact: false }),
  ).toBeVisible();

  // Four short words: under 12 characters, and still accepted.
  await password.fill('is ko tå ek');
  await page.getByLabel('Skriv lösenordet igen').fill('is ko tå ek');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Spara som fil' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.lisstegen$/);
});

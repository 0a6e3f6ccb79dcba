import { test, expect, createAssessment } from './fixtures';
import { answerFirst } from './answer';
import { assessmentIdOf, plantAnswers, realBank } from './bank';

test('a full journey makes no request outside the app, under a strict Content-Security-Policy', async ({
  page,
}) => {
  const appOrigin = new URL(test.info().project.use.baseURL ?? '').origin;
  const outside: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== appOrigin) outside.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });

  await page.goto('./');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toContain('unsafe-inline');

  await createAssessment(page, 'Nätby kommun');
  // The first area by clicking, as a user answers; the rest planted, since answering more of the
  // same way asks the network nothing new and would take most of the test's time.
  const [first, ...rest] = realBank().areas;
  await answerFirst(page, first!.questions.length, 2);
  await plantAnswers(
    page,
    assessmentIdOf(page),
    rest.flatMap((area, a) => area.questions.map((q, i) => ({ questionId: q.id, level: (a + i) % 5 }))),
  );
  await page.reload();
  await page.getByRole('link', { name: 'Rapport', exact: true }).click();
  await page.getByRole('link', { name: 'Ledningssammanfattning' }).click();
  await page.getByRole('link', { name: 'Handlingsplan' }).first().click();
  await expect(page.getByText(/^\d+ åtgärder$/)).toBeVisible();
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Excel (XLSX)' }).click(),
  ]);
  expect(await xlsx.failure()).toBeNull();
  await page.getByRole('link', { name: 'Så räknar vi' }).first().click();
  await page.getByRole('button', { name: 'Byt språk till engelska' }).click();
  await page.getByRole('link', { name: 'LIS-stegen' }).click();
  await page.getByRole('link', { name: 'Open file' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Open file' })).toBeVisible();

  expect(outside).toEqual([]);
  expect(violations).toEqual([]);
});

test('text that looks like HTML or script is shown as text and never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const name = '<img src=x onerror=alert(1)> Skriptby <script>alert(2)</script> 🏛️ kommun';
  await createAssessment(page, name);
  await page.getByRole('link', { name: /Börja skattningen/ }).click();
  await page
    .getByRole('form', { name: /^Fråga 1 av/ })
    .getByLabel('Anteckning')
    .fill('<b onmouseover=alert(3)>fet?</b>');
  await page.getByRole('link', { name: 'LIS-stegen' }).click();
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  expect(await page.locator('img[src=x]').count()).toBe(0);
  expect(dialogs).toBe(0);
});

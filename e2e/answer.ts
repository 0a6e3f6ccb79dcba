import { expect, type Page } from '@playwright/test';
import { plantAnswers } from './bank';

/**
 * Answers every question of `questionIds` at once, straight into IndexedDB, then reloads so the app
 * reads them: for a test about what comes after answering (the plan), where clicking through the
 * bank would take most of its time. `levelFor(i)` is the level of the i-th question.
 */
export async function seedAnswers(
  page: Page,
  assessmentId: string,
  questionIds: readonly string[],
  levelFor: (index: number) => number,
) {
  await plantAnswers(
    page,
    assessmentId,
    questionIds.map((questionId, i) => ({ questionId, level: levelFor(i) })),
  );
  await page.reload();
}

/** Answers the first `count` questions of the bank, area by area, at `level`, as a new user trying the tool. */
export async function answerFirst(page: Page, count: number, level: number) {
  await page.getByRole('link', { name: /(Börja|Fortsätt) skattningen/ }).click();
  let done = 0;
  while (done < count) {
    const groups = page.getByRole('group', { name: /^Fråga \d+ av/ });
    await expect(groups.first()).toBeVisible();
    const inArea = await groups.count();
    for (let q = 0; q < inArea && done < count; q++, done++)
      await groups
        .nth(q)
        .getByRole('radio', { name: new RegExp(`^Nivå ${level}:`) })
        .check();
    if (done < count) {
      const next = page.getByRole('link', { name: /^Nästa område:/ });
      const title = (await next.textContent())!.replace(/^Nästa område:\s*/, '').replace(/\s*→$/, '');
      await next.click();
      await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
    }
  }
  await page.getByRole('link', { name: 'Till översikten' }).first().click();
}

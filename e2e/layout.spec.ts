import type { Page } from '@playwright/test';
import { test, expect, createAssessment } from './fixtures';
import { assessmentIdOf, plantAnswers, realBank } from './bank';
import { sticking } from './reflow';
import type { Question } from '../src/domain/questionnaire/schema.ts';

/** Loads a page by its address and waits until it has shown its content, not a loading line. */
async function open(page: Page, hash: string) {
  await page.goto(`./${hash}`);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByText('Laddar …')).toHaveCount(0);
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
}

// 390 px is a phone; 640 px is 1280 px at 200 % zoom (WCAG 1.4.10), checked on the same pages
// after zooming in (a resize, as the browser's zoom is), so it costs no extra page loads.
for (const [width, zoomed] of [[320], [390, 640]] as const)
  test(`no page scrolls sideways ${zoomed ? `${width} or ${zoomed}` : width} px wide, and tables and the chart stay readable`, async ({
    page,
    axe,
  }) => {
    // Eighteen pages, the longest with every question of the bank, each checked by axe at 320 px:
    // minutes on a shared two-core machine.
    test.setTimeout(width === 320 ? 420_000 : 180_000);
    const bank = realBank();
    await page.setViewportSize({ width, height: 844 });
    await createAssessment(page, 'Sörby kommun med ett långt namn som måste radbrytas');
    const id = assessmentIdOf(page);
    // Half answered, low levels with notes: realistic, and it fills the report, the summary and the plan.
    const questions = bank.areas.flatMap((a) => a.questions);
    await plantAnswers(
      page,
      id,
      questions
        .filter((_, i) => i % 2 === 0)
        .map((q, i) => ({ questionId: q.id, level: i % 7 === 6 ? null : i % 3, note: 'Underlag saknas.' })),
    );
    const base = `#/skattning/${id}`;
    const pages = [
      '#/',
      '#/ny',
      '#/oppna',
      '#/sa-raknar-vi',
      '#/om',
      '#/finns-inte',
      base,
      `${base}/omrade/${bank.areas[0]!.id}`,
      `${base}/rapport`,
      `${base}/sammanfattning`,
      `${base}/plan`,
      `${base}/dela`,
      `${base}/uppgifter`,
      `${base}/fragor`,
      `${base}/lagkrav`,
      `${base}/incidentkort`,
      `${base}/tillampning`,
      `${base}/visning`,
    ];
    const problems: Record<string, string[]> = {};
    for (const hash of pages) {
      await open(page, hash);
      const found = await sticking(page);
      if (found.length > 0) problems[hash.replace(id, '<id>')] = found;
      if (zoomed) {
        await page.setViewportSize({ width: zoomed, height: 400 });
        const atZoom = await sticking(page);
        if (atZoom.length > 0) problems[`${hash.replace(id, '<id>')} at ${zoomed} px`] = atZoom;
        await page.setViewportSize({ width, height: 844 });
      }
      // Narrow pages rearrange themselves (tables in frames, the narrow chart, stacked forms); each
      // arrangement must stay accessible. The question sheet, every question of the bank, is checked
      // by axe in walk-through.spec.
      if (width === 320 && !hash.endsWith('/fragor')) await axe();
    }
    expect(problems).toEqual({});

    // The chart's labels stay at a readable size on the phone.
    await open(page, `${base}/rapport`);
    const smallest = await page
      .locator('.chart text')
      .evaluateAll((texts) =>
        Math.min(
          ...texts
            .filter((t) => t.getBoundingClientRect().height > 0)
            .map(
              (t) => parseFloat(getComputedStyle(t).fontSize) * (t.closest('svg')!.getScreenCTM()?.a ?? 1),
            ),
        ),
      );
    expect(smallest).toBeGreaterThanOrEqual(11);
  });

test('at 1366×768 a question, its six levels, vet ej and ej tillämplig fit on one screen for nine in ten questions', async ({
  page,
}) => {
  const bank = realBank();
  await page.setViewportSize({ width: 1366, height: 768 });
  await createAssessment(page, 'Mätby kommun');
  const id = assessmentIdOf(page);
  const misfits: string[] = [];
  let measured = 0;
  for (const area of bank.areas) {
    await page.goto(`./#/skattning/${id}/omrade/${area.id}`);
    const groups = page.getByRole('group', { name: /^Fråga \d+ av/ });
    await expect(groups).toHaveCount(area.questions.length);
    // When a question is brought into view (a shortcut, "nästa obesvarade") it starts below the
    // sticky bar; from there its text and every choice must be on screen.
    const heights = await groups.evaluateAll((fieldsets) =>
      fieldsets.map((fieldset) => {
        const form = fieldset.closest('form')!;
        const choices = fieldset.querySelectorAll('input[type=radio]');
        const last = choices[choices.length - 1]!.closest('label')!;
        const margin = parseFloat(getComputedStyle(form).scrollMarginTop) || 0;
        return {
          id: form.id,
          radios: choices.length,
          needed: margin + last.getBoundingClientRect().bottom - form.getBoundingClientRect().top,
          room: window.innerHeight,
        };
      }),
    );
    for (const h of heights) {
      expect(h.radios, h.id).toBe(bank.scale.length + 2);
      measured++;
      if (h.needed > h.room) misfits.push(`${h.id}: ${Math.round(h.needed)} px`);
    }
  }
  const total = bank.areas.reduce((n, a) => n + a.questions.length, 0);
  expect(measured).toBe(total);
  expect(misfits.length, `questions that do not fit: ${misfits.join(', ')}`).toBeLessThanOrEqual(
    Math.floor(total / 10),
  );
});

test('on a projector at 1280×720 and 150 % scaling, workshop mode shows the question and every choice, readable', async ({
  browser,
}) => {
  // 853×480 CSS px; the question with the most text in the bank is the hardest to fit.
  const page = await browser.newPage({ viewport: { width: 853, height: 480 }, deviceScaleFactor: 1.5 });
  const size = (q: Question) => q.text.sv.length + q.levels.reduce((n, l) => n + l.sv.length, 0);
  const longest = realBank()
    .areas.flatMap((a) => a.questions)
    .reduce((a, b) => (size(b) > size(a) ? b : a));
  await createAssessment(page, 'Projektorby kommun');
  await page.goto(`./#/skattning/${assessmentIdOf(page)}/visning/${longest.id}`);
  await page.reload();
  const question = page.getByRole('heading', { level: 2, name: longest.text.sv });
  await expect(question).toBeVisible();
  expect(await sticking(page)).toEqual([]);
  const choices = page.locator('.present__choice');
  await expect(choices).toHaveCount(realBank().scale.length + 2);
  for (const box of [
    await question.boundingBox(),
    ...(await choices.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))),
  ])
    expect(box!.y + box!.height, `${longest.id} does not fit on the projector`).toBeLessThanOrEqual(480);
  // Readable from the back of the room: at least 14 CSS px, 21 of the projector's pixels.
  const smallest = await page
    .locator('.present__text')
    .evaluateAll((texts) => Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize))));
  expect(smallest).toBeGreaterThanOrEqual(14);
  await page.close();
});

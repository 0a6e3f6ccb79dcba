import type { Browser, Page } from '@playwright/test';
import { newContext } from './browser';
import { answerLatency, idle, openAndWait, planItems, REPORT_TABLE_CAPTION, seedAnswers } from './in-page';

/** Creates an assessment through the UI, as e2e/fixtures.ts does, and returns its id. */
export async function createAssessment(page: Page, baseUrl: string, organisation: string): Promise<string> {
  await page.goto(baseUrl);
  await page.getByRole('link', { name: 'Ny skattning' }).click();
  await page.getByLabel('Kommunens namn').fill(organisation);
  await page.getByRole('button', { name: 'Skapa skattningen' }).click();
  await page.getByRole('heading', { level: 1, name: organisation }).waitFor();
  const id = /#\/skattning\/([^/]+)$/.exec(page.url())?.[1];
  if (!id) throw new Error(`no assessment id in ${page.url()}`);
  return decodeURIComponent(id);
}

/** A new document on the start page, booted and idle: the state a user opens a page from. */
async function freshStartPage(page: Page) {
  await page.evaluate(() => {
    location.hash = '#/';
  });
  await page.reload();
  await page.getByRole('link', { name: 'Ny skattning' }).waitFor();
  await page.evaluate(idle, 2000);
}

/** Back to the start page within the same page load (chunks and questionnaire already loaded). */
async function backToStartPage(page: Page) {
  await page.evaluate(() => {
    location.hash = '#/';
  });
  await page.getByRole('link', { name: 'Ny skattning' }).waitFor();
  await page.evaluate(idle, 2000);
}

export type LatencyResult = { samples: number[]; questions: number };

/** Answer-to-IndexedDB latency over `count` answers on the first area of a new assessment. */
export async function answerLatencies(browser: Browser, baseUrl: string, count: number) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await createAssessment(page, baseUrl, 'Latensby kommun');
    await page.getByRole('link', { name: /Börja skattningen/ }).click();
    await page
      .getByRole('group', { name: /^Fråga 1 av/ })
      .first()
      .waitFor();
    await page.evaluate(idle, 2000);
    return await page.evaluate(answerLatency, { count, timeoutMs: 5000 });
  } finally {
    await context.close();
  }
}

export type PageTimings = {
  assessmentId: string;
  answers: number;
  report: number[];
  reportAgain: number[];
  reportRows: number;
  planFirst: number[];
  planStored: number[];
  planAgain: number[];
  planItems: number;
  /** The reference work, timed right before each timed open (see `reference`). */
  reference: number[];
};

/**
 * Report and plan for a fully answered assessment. Every answer is level 0 with a short note,
 * written straight into IndexedDB (the largest plan the questionnaire can give). Each timed open
 * starts from a freshly loaded, idle start page and sets location.hash; the clock stops when the
 * report's area table / the plan's first item is visible. It includes loading the page's lazy
 * chunks and the questionnaire chunk, reading IndexedDB and rendering. "plan, first open" clears
 * the stored plan first, so the app generates and stores it; "plan, stored" opens the saved plan.
 * The "again" figures open the page a second time in the same page load, from the start page:
 * code and questionnaire are loaded by then, so they show what is left without loading.
 * `reference` runs right before each timed open, so that it sees the machine as the open does.
 */
export async function reportAndPlan(
  browser: Browser,
  baseUrl: string,
  questionIds: readonly string[],
  runs: number,
  timeoutMs: number,
  reference: () => Promise<number>,
): Promise<PageTimings> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const assessmentId = await createAssessment(page, baseUrl, 'Mätby kommun');
    const answers = await page.evaluate(seedAnswers, {
      assessmentId,
      questionIds: [...questionIds],
      level: 0,
      note: 'Anteckning från skattningen: underlaget finns hos samordnaren och gås igenom i ledningsgruppen.',
    });
    const result: PageTimings = {
      assessmentId,
      answers,
      report: [],
      reportAgain: [],
      reportRows: 0,
      planFirst: [],
      planStored: [],
      planAgain: [],
      planItems: 0,
      reference: [],
    };
    const open = (target: 'report-table' | 'plan-item') =>
      page.evaluate(openAndWait, {
        hash: `#/skattning/${encodeURIComponent(assessmentId)}/${target === 'plan-item' ? 'plan' : 'rapport'}`,
        target,
        caption: REPORT_TABLE_CAPTION,
        timeoutMs,
      });
    for (let i = 0; i < runs; i++) {
      await freshStartPage(page);
      result.reference.push(await reference());
      const { ms, rows } = await open('report-table');
      result.report.push(ms);
      result.reportRows = rows;
      await backToStartPage(page);
      result.reportAgain.push((await open('report-table')).ms);
    }
    for (let i = 0; i < runs; i++) {
      await page.evaluate(planItems, { assessmentId, clear: true });
      await freshStartPage(page);
      result.reference.push(await reference());
      result.planFirst.push((await open('plan-item')).ms);
      // The app stores the generated plan right after the first render; wait for it (bounded).
      const deadline = Date.now() + timeoutMs;
      while ((result.planItems = await page.evaluate(planItems, { assessmentId, clear: false })) === 0) {
        if (Date.now() > deadline) throw new Error('the generated plan was never stored');
        await page.waitForTimeout(50);
      }
    }
    for (let i = 0; i < runs; i++) {
      await freshStartPage(page);
      result.reference.push(await reference());
      result.planStored.push((await open('plan-item')).ms);
      await backToStartPage(page);
      result.planAgain.push((await open('plan-item')).ms);
    }
    return result;
  } finally {
    await context.close();
  }
}

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { hostileFiles } from '../../e2e/hostile-files';
import { createBundle, exportShareFile } from '../../src/domain/exchange/index';
import { answersByQuestion } from '../../src/domain/assessment/progress';
import type { Answer, Assessment } from '../../src/domain/assessment/types';
import { generatePlan } from '../../src/domain/plan/generate';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { emptyPlanSettings } from '../../src/domain/plan/settings';
import { emptyLegalRecord } from '../../src/domain/legal/types';
import { newContext } from './browser';

export type OpenTiming = {
  name: string;
  bytes: number;
  /** From the file input's change event to the refusal (or, for the reference, the import button). */
  ms: number;
  /** The longest a 10 ms timer on the page was late while the file was read: how long input would wait. */
  longestGap: number;
  outcome: string;
};

/** A real file: every question of the real bank answered (level 0, a note each) and its generated plan. */
async function referenceFile(questionnaire: Questionnaire): Promise<string> {
  const now = '2026-12-01T12:00:00.000Z';
  const assessment: Assessment = {
    id: '0b6c7c1e-1f7e-4a55-9d0e-3b1f0f6a2c11',
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    organisation: 'Mätby kommun',
    scope: 'Hela kommunen',
    participants: 'Anna Andersson, Bo Berg',
    date: '2026-12-01',
    targets: {},
    basedOn: null,
    lastAreaId: null,
    planSettings: emptyPlanSettings(),
    legal: emptyLegalRecord(),
    createdAt: now,
    updatedAt: now,
  };
  const note = 'Underlaget finns hos samordnaren. '.repeat(12).slice(0, 400);
  const answers: Answer[] = questionnaire.areas.flatMap((a) =>
    a.questions.map((q) => ({
      assessmentId: assessment.id,
      questionId: q.id,
      value: { kind: 'level', level: 0 },
      note,
      flagged: false,
      carriedOver: false,
      updatedAt: now,
    })),
  );
  const actions = generatePlan(questionnaire, answersByQuestion(answers), assessment, now);
  const bundle = createBundle({ assessment, answers, actions, exportedAt: now, generatorVersion: '0.1.0' });
  const result = await exportShareFile(bundle);
  if (!result.ok) throw new Error(`the reference file could not be written: ${JSON.stringify(result.error)}`);
  return result.text;
}

/**
 * Opens each file on the app's "Öppna fil" page in a fresh context and times it in the page: from
 * the input's change event until the page shows the refusal ("Inget har ändrats") or, for a valid
 * file, the import button. A 10 ms interval timer runs throughout; its longest lateness is how long
 * a click or key press would have waited. The reference (a real file of the real bank, fully
 * answered) runs first and last, so the ratio is taken against the same run on the same machine.
 */
export async function hostileTimings(
  browser: Browser,
  baseUrl: string,
  questionnaire: Questionnaire,
  folder: string,
  /** The reference work, timed right before each file is opened (bench/lib/reference.ts). */
  work: () => Promise<number>,
): Promise<{ reference: OpenTiming[]; hostile: OpenTiming[]; work: number[] }> {
  const workSamples: number[] = [];
  const reference = {
    name: 'reference: the real bank fully answered, with its plan',
    text: await referenceFile(questionnaire),
  };
  const open = async (file: { name: string; text: string }, index: number): Promise<OpenTiming> => {
    const path = join(folder, `file-${index}.lisstegen`);
    writeFileSync(path, file.text);
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}#/oppna`);
      await page.getByLabel('Välj en fil').waitFor();
      await page.evaluate(() => {
        const w = window as unknown as {
          benchOpen: { start?: number; end?: number; outcome?: string; gap: number };
        };
        const state: { start?: number; end?: number; outcome?: string; gap: number } = { gap: 0 };
        w.benchOpen = state;
        let last = performance.now();
        const timer = setInterval(() => {
          const now = performance.now();
          if (state.start !== undefined) state.gap = Math.max(state.gap, now - last - 10);
          last = now;
        }, 10);
        document.addEventListener(
          'change',
          () => {
            state.start = performance.now();
            last = state.start;
          },
          { capture: true },
        );
        const done = () => {
          const text = document.body.innerText;
          const outcome = text.includes('Inget har ändrats')
            ? 'refused'
            : [...document.querySelectorAll('button')].some(
                  (b) => b.textContent === 'Lägg till som ny skattning',
                )
              ? 'ready to import'
              : null;
          if (state.start === undefined || !outcome || state.end !== undefined) return;
          state.end = performance.now();
          state.outcome = outcome;
          observer.disconnect();
          clearInterval(timer);
        };
        const observer = new MutationObserver(done);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      await page.getByLabel('Välj en fil').setInputFiles(path);
      await page.waitForFunction(
        () => (window as unknown as { benchOpen: { end?: number } }).benchOpen.end !== undefined,
        undefined,
        { timeout: 60_000 },
      );
      const r = await page.evaluate(
        () =>
          (window as unknown as { benchOpen: { start: number; end: number; outcome: string; gap: number } })
            .benchOpen,
      );
      const detail = r.outcome === 'refused' ? await page.getByRole('status').innerText() : r.outcome;
      return {
        name: file.name,
        bytes: Buffer.byteLength(file.text),
        ms: r.end - r.start,
        longestGap: r.gap,
        outcome: detail.replace(/\s+/g, ' ').slice(0, 160),
      };
    } finally {
      await context.close();
    }
  };
  const timed = async (file: { name: string; text: string }, i: number) => {
    workSamples.push(await work());
    return open(file, i);
  };
  const first = await timed(reference, 0);
  const hostile: OpenTiming[] = [];
  for (const [i, file] of hostileFiles().entries()) hostile.push(await timed(file, i + 1));
  const last = await timed(reference, 0);
  return { reference: [first, last], hostile, work: workSamples };
}

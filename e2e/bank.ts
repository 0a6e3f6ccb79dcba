import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { databaseSettled } from './fixtures';
import { readQuestionnaireFolder } from '../scripts/read-questionnaire.ts';
import { isCslRequirement } from '../src/domain/questionnaire/legal-basis.ts';
import type { Questionnaire } from '../src/domain/questionnaire/schema.ts';

let read: Questionnaire | undefined;

/**
 * The real question bank, read from the YAML as the build reads it: counts in tests come from here.
 * Read once per worker; treat it as read-only.
 */
export function realBank(): Questionnaire {
  if (read) return read;
  const result = readQuestionnaireFolder(join(import.meta.dirname, '..', 'questionnaires', 'kommun'));
  if (!result.ok)
    throw new Error('The kommun question bank does not load; run npm run validate:questionnaires');
  return (read = result.questionnaire);
}

/**
 * The question bank the app is built with, read from the same YAML files. Specs take counts
 * (areas, questions) from here, so that adding or splitting a question does not break them.
 */
function readBank() {
  const areas = realBank().areas;
  const list = areas.flatMap((a) => a.questions);
  return {
    areas: areas.length,
    questions: list.length,
    /** Requirements of cybersäkerhetslagen among the first `n` questions in bank order (all by default). */
    legal: (n = list.length) => list.slice(0, n).filter(isCslRequirement).length,
  };
}

export const bank = readBank();

/** The assessment id from the current address (`#/skattning/<id>…`). */
export function assessmentIdOf(page: Page): string {
  const id = /#\/skattning\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`no assessment in ${page.url()}`);
  return decodeURIComponent(id);
}

/**
 * Writes answers straight into the app's IndexedDB in its `Answer` format, for tests about pages
 * that need a filled-in assessment rather than about answering. `level` null answers "vet ej".
 */
export async function plantAnswers(
  page: Page,
  assessmentId: string,
  answers: { questionId: string; level: number | null; note?: string }[],
) {
  await page.evaluate(
    ({ assessmentId, answers }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('lis-stegen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('answers', 'readwrite');
          const now = new Date().toISOString();
          for (const a of answers)
            tx.objectStore('answers').put({
              assessmentId,
              questionId: a.questionId,
              value: a.level === null ? { kind: 'unknown' } : { kind: 'level', level: a.level },
              note: a.note ?? '',
              flagged: false,
              carriedOver: false,
              updatedAt: now,
            });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { assessmentId, answers },
  );
}

/**
 * Answers every question of the real bank straight into IndexedDB and reloads, so the app reads
 * them: for tests about what comes after answering (report, plan, sharing), where clicking through
 * every question would take most of the test's time. Answering by clicking and by keys is tested in
 * walk-through.spec.ts and workshop.spec.ts. The level of question q in area a is `levelFor(a, q)`;
 * 'unknown' answers "vet ej".
 */
export async function plantEvery(
  page: Page,
  assessmentId: string,
  levelFor: (area: number, question: number) => number | 'unknown',
) {
  const answers = realBank().areas.flatMap((area, a) =>
    area.questions.map((question, q) => {
      const choice = levelFor(a, q);
      return { questionId: question.id, level: choice === 'unknown' ? null : choice };
    }),
  );
  await plantAnswers(page, assessmentId, answers);
  // A target chosen just before must be stored before the reload, not only the answers.
  await databaseSettled(page);
  await page.reload();
}

import { join } from 'node:path';
import { readQuestionnaireFolder } from '../../scripts/read-questionnaire';
import type { Questionnaire } from '../domain/questionnaire/schema';
import type { Answer, AnswerValue, Assessment } from '../domain/assessment/types';
import { emptyPlanSettings } from '../domain/plan/settings';
import { emptyLegalRecord } from '../domain/legal/types';

/** The small sample questionnaire (2 areas × 3 questions) used by unit tests. */
export function sampleQuestionnaire(): Questionnaire {
  const result = readQuestionnaireFolder(
    join(import.meta.dirname, '../domain/questionnaire/fixtures/sample'),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.questionnaire;
}

let realRead: Questionnaire | null = null;

/**
 * The real question bank in questionnaires/kommun. Reading and validating it takes a good part of a
 * second, and some forty tests ask for it, so it is read once per test worker; each caller gets its
 * own copy, since a test may change what it was given.
 */
export function realQuestionnaire(): Questionnaire {
  if (!realRead) {
    const result = readQuestionnaireFolder(join(import.meta.dirname, '../../questionnaires/kommun'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
    realRead = result.questionnaire;
  }
  return structuredClone(realRead);
}

export function answer(questionId: string, value: AnswerValue | null, extra: Partial<Answer> = {}): Answer {
  return {
    assessmentId: 'a1',
    questionId,
    value,
    note: '',
    flagged: false,
    carriedOver: false,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

export const level = (n: number): AnswerValue => ({ kind: 'level', level: n });

export function assessment(extra: Partial<Assessment> = {}): Assessment {
  return {
    id: 'a1',
    questionnaireId: 'prov',
    questionnaireVersion: '1.0.0',
    organisation: 'Ekby kommun',
    scope: 'Hela kommunen',
    participants: 'Anna, Bo',
    date: '2026-03-01',
    targets: {},
    basedOn: null,
    lastAreaId: null,
    planSettings: emptyPlanSettings(),
    legal: emptyLegalRecord(),
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2026-03-01T08:00:00.000Z',
    ...extra,
  };
}

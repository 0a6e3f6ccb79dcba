import type { Area, Questionnaire } from '../questionnaire/schema';
import type { Answer } from './types';

export type Progress = { answered: number; total: number };

/**
 * A question counts as answered when someone chose a level, "vet ej" or "ej tillämplig" with a
 * reason. A note or a flag alone is not an answer, and nothing is ever pre-filled.
 */
export function isAnswered(answer: Answer | undefined): boolean {
  const value = answer?.value;
  if (!value) return false;
  return value.kind !== 'not-applicable' || value.reason.trim() !== '';
}

export function areaProgress(area: Area, answers: ReadonlyMap<string, Answer>): Progress {
  const answered = area.questions.filter((q) => isAnswered(answers.get(q.id))).length;
  return { answered, total: area.questions.length };
}

export function overallProgress(
  questionnaire: Questionnaire,
  answers: ReadonlyMap<string, Answer>,
): Progress {
  return questionnaire.areas.reduce(
    (sum, area) => {
      const p = areaProgress(area, answers);
      return { answered: sum.answered + p.answered, total: sum.total + p.total };
    },
    { answered: 0, total: 0 },
  );
}

export function answersByQuestion(answers: readonly Answer[]): Map<string, Answer> {
  return new Map(answers.map((a) => [a.questionId, a]));
}

/** The first area with an unanswered question, to resume there; null when all is answered. */
export function firstOpenArea(
  questionnaire: Questionnaire,
  answers: ReadonlyMap<string, Answer>,
): Area | null {
  return (
    questionnaire.areas.find((area) => {
      const p = areaProgress(area, answers);
      return p.answered < p.total;
    }) ?? null
  );
}

export type QuestionPlace = { areaId: string; questionId: string };

/**
 * The next unanswered question after `after` (a question id), in questionnaire order across areas,
 * wrapping round to the start; `after` itself never counts (it was just answered). Without `after`
 * the first unanswered question. Null when every other question is answered.
 */
export function nextUnanswered(
  questionnaire: Questionnaire,
  answers: ReadonlyMap<string, Answer>,
  after?: string,
): QuestionPlace | null {
  const all = questionnaire.areas.flatMap((area) =>
    area.questions.map((q) => ({ areaId: area.id, questionId: q.id })),
  );
  const start = after === undefined ? 0 : all.findIndex((p) => p.questionId === after) + 1;
  for (let i = 0; i < all.length; i++) {
    const place = all[(start + i) % all.length]!;
    if (place.questionId !== after && !isAnswered(answers.get(place.questionId))) return place;
  }
  return null;
}

/** The question before or after `from` in questionnaire order, across areas; null at either end. */
export function neighbourQuestion(
  questionnaire: Questionnaire,
  from: string,
  step: 1 | -1,
): QuestionPlace | null {
  const all = questionnaire.areas.flatMap((area) =>
    area.questions.map((q) => ({ areaId: area.id, questionId: q.id })),
  );
  const i = all.findIndex((p) => p.questionId === from);
  return i < 0 ? null : (all[i + step] ?? null);
}

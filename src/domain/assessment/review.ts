import type { Area, Question, Questionnaire } from '../questionnaire/schema';
import { isAnswered } from './progress';
import type { Answer } from './types';

export const reviewFilters = ['flagged', 'unanswered', 'carried', 'unknown'] as const;
export type ReviewFilter = (typeof reviewFilters)[number];

const matches: Record<ReviewFilter, (a: Answer | undefined) => boolean> = {
  flagged: (a) => a?.flagged === true,
  unanswered: (a) => !isAnswered(a),
  carried: (a) => a?.carriedOver === true,
  unknown: (a) => a?.value?.kind === 'unknown',
};

/** The questions in the "Att granska" list for one filter, in questionnaire order. */
export function questionsToReview(
  questionnaire: Questionnaire,
  answers: ReadonlyMap<string, Answer>,
  filter: ReviewFilter,
): { area: Area; question: Question }[] {
  return questionnaire.areas.flatMap((area) =>
    area.questions.filter((q) => matches[filter](answers.get(q.id))).map((question) => ({ area, question })),
  );
}

import type { Question, Questionnaire } from '../questionnaire/schema';
import { isAnswered } from './progress';
import type { Answer } from './types';

/**
 * How a set of questions is answered, in the one sense of "besvarad" used on every page
 * (`isAnswered`): a level, vet ej, or ej tillämplig with a reason. Vet ej and ej tillämplig are
 * answers, but they give no level, so every page shows their counts beside the answered count.
 */
export type AnswerCounts = {
  total: number;
  /** Besvarade: `withLevel + unknown + notApplicable`. */
  answered: number;
  withLevel: number;
  unknown: number;
  /** Ej tillämplig with a reason. */
  notApplicable: number;
  /** Ej tillämplig still waiting for its reason: not answered yet, and not counted as applicable. */
  reasonMissing: number;
  /** Not answered at all, or ej tillämplig without a reason. */
  unanswered: number;
};

export type AnswerKind = 'level' | 'unknown' | 'not-applicable' | 'reason-missing' | 'unanswered';

/** What one answer counts as; `isAnswered` is true for the first three. */
export function answerKind(answer: Answer | undefined): AnswerKind {
  const value = answer?.value;
  if (!value) return 'unanswered';
  if (value.kind === 'not-applicable') return isAnswered(answer) ? 'not-applicable' : 'reason-missing';
  return value.kind;
}

export function countAnswers(
  questions: readonly Pick<Question, 'id'>[],
  answers: ReadonlyMap<string, Answer>,
): AnswerCounts {
  const counts: AnswerCounts = {
    total: questions.length,
    answered: 0,
    withLevel: 0,
    unknown: 0,
    notApplicable: 0,
    reasonMissing: 0,
    unanswered: 0,
  };
  for (const q of questions) {
    const kind = answerKind(answers.get(q.id));
    if (kind === 'unanswered' || kind === 'reason-missing') counts.unanswered++;
    else counts.answered++;
    if (kind === 'level') counts.withLevel++;
    else if (kind === 'unknown') counts.unknown++;
    else if (kind === 'not-applicable') counts.notApplicable++;
    else if (kind === 'reason-missing') counts.reasonMissing++;
  }
  return counts;
}

export function countAllAnswers(
  questionnaire: Questionnaire,
  answers: ReadonlyMap<string, Answer>,
): AnswerCounts {
  return countAnswers(
    questionnaire.areas.flatMap((a) => a.questions),
    answers,
  );
}

/**
 * The figures rest on the questions with a level. Below this share of the applicable questions
 * (all but ej tillämplig) the assessment is "ofullständig": a notice says so on screen and on every
 * printed page, and the figures say how much they rest on. 80 % leaves room for a few vet ej in a
 * finished assessment while one area left out (about 8 % of the questions) still passes.
 */
export const COMPLETE_SHARE = 0.8;

export type Completeness = {
  /** Questions with a level: what the figures rest on. */
  basis: number;
  /** Questions that can have a level: all but ej tillämplig (with or without its reason). */
  applicable: number;
  /** basis / applicable, 0 when nothing is applicable. */
  share: number;
  incomplete: boolean;
};

export function completeness(counts: AnswerCounts): Completeness {
  const applicable = counts.total - counts.notApplicable - counts.reasonMissing;
  const share = applicable === 0 ? 0 : counts.withLevel / applicable;
  return {
    basis: counts.withLevel,
    applicable,
    share,
    incomplete: applicable === 0 || share < COMPLETE_SHARE,
  };
}

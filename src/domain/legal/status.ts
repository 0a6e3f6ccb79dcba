import type { Answer } from '../assessment/types';
import type { LegalStatus } from './types';

/** Level 3 (Infört) is where the report, too, counts a legal requirement as in place. */
export const IN_PLACE_LEVEL = 3;

export type LinkedAnswer = { questionId: string; level: number | null; notApplicable: boolean };

export function linkedAnswers(
  questionIds: readonly string[],
  answers: ReadonlyMap<string, Answer>,
): LinkedAnswer[] {
  return questionIds.map((questionId) => {
    const value = answers.get(questionId)?.value ?? null;
    return {
      questionId,
      level: value?.kind === 'level' ? value.level : null,
      notApplicable: value?.kind === 'not-applicable',
    };
  });
}

/**
 * A status from the answers that bear on it. Nothing answered with a level: inte bedömt. Every
 * question answered at level 3 or above: på plats. Every level given is 0: saknas. Anything else,
 * including some questions still open: delvis. "Vet ej" counts as not answered; "ej tillämplig"
 * leaves the question out.
 */
export function deriveStatus(linked: readonly LinkedAnswer[]): LegalStatus {
  const counted = linked.filter((l) => !l.notApplicable);
  const levels = counted.flatMap((l) => (l.level === null ? [] : [l.level]));
  if (levels.length === 0) return 'inte-bedomt';
  if (levels.length === counted.length && Math.min(...levels) >= IN_PLACE_LEVEL) return 'pa-plats';
  if (Math.max(...levels) === 0) return 'saknas';
  return 'delvis';
}

/** Linked questions that keep a duty or control from being in place: unanswered or below level 3. */
export function openQuestions(linked: readonly LinkedAnswer[]): LinkedAnswer[] {
  return linked.filter((l) => !l.notApplicable && (l.level === null || l.level < IN_PLACE_LEVEL));
}

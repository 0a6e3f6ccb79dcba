import type { Area } from '../questionnaire/schema';
import { isCslRequirement } from '../questionnaire/legal-basis';
import type { AreaScore, QuestionScore } from './scores';
import { LAW_FLOOR } from './targets';

/**
 * A legal requirement is on plats from level 3 (Infört), inte på plats below it, and inte bedömd
 * while it has no level (not answered, or vet ej). Not assessed is never counted as not in place.
 */
export type LegalState = 'in-place' | 'not-in-place' | 'not-assessed' | 'not-applicable';

export function legalState(score: Pick<QuestionScore, 'level' | 'notApplicable'>): LegalState {
  if (score.notApplicable) return 'not-applicable';
  if (score.level === null) return 'not-assessed';
  return score.level >= LAW_FLOOR ? 'in-place' : 'not-in-place';
}

type GapRow = QuestionScore & { area: Area };

export type LegalStatus = {
  inPlace: GapRow[];
  notInPlace: GapRow[];
  /** No level: unanswered or vet ej. */
  notAssessed: GapRow[];
  /** Of the not assessed, how many are vet ej. */
  unknown: number;
  notApplicable: GapRow[];
  /** The applicable legal requirements: inPlace + notInPlace + notAssessed. */
  total: number;
};

/**
 * The one count of legal requirements (which questions are one: `isCslRequirement`):
 * "inte på plats X · inte bedömt Y · på plats Z av N", in questionnaire order.
 */
export function legalStatus(areas: readonly AreaScore[]): LegalStatus {
  const status: LegalStatus = {
    inPlace: [],
    notInPlace: [],
    notAssessed: [],
    unknown: 0,
    notApplicable: [],
    total: 0,
  };
  for (const a of areas)
    for (const q of a.questions) {
      if (!isCslRequirement(q.question)) continue;
      const row = { ...q, area: a.area };
      const state = legalState(q);
      if (state === 'in-place') status.inPlace.push(row);
      else if (state === 'not-in-place') status.notInPlace.push(row);
      else if (state === 'not-assessed') {
        status.notAssessed.push(row);
        if (q.unknown) status.unknown++;
      } else status.notApplicable.push(row);
    }
  status.total = status.inPlace.length + status.notInPlace.length + status.notAssessed.length;
  return status;
}

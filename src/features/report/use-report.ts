import { useMemo } from 'react';
import type { Answer, Assessment } from '../../domain/assessment/types';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { overallProgress } from '../../domain/assessment/progress';
import { scoreAssessment } from '../../domain/scoring/scores';
import { compareWithEarlier, largestGaps, legalGaps, openPoints } from '../../domain/scoring/report';

/** Every figure of the report, computed once per change of the answers or targets. */
export function useReport(
  questionnaire: Questionnaire,
  assessment: Assessment,
  answers: ReadonlyMap<string, Answer>,
) {
  return useMemo(() => {
    const score = scoreAssessment(questionnaire, answers, assessment);
    return {
      score,
      progress: overallProgress(questionnaire, answers),
      gaps: largestGaps(score.areas, 10),
      legal: legalGaps(score.areas),
      open: openPoints(questionnaire, answers),
      comparison: compareWithEarlier(questionnaire, assessment, answers, score.areas),
    };
  }, [questionnaire, assessment, answers]);
}

export type Report = ReturnType<typeof useReport>;

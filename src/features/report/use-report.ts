import { useMemo } from 'react';
import type { Answer, Assessment } from '../../domain/assessment/types';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { overallProgress } from '../../domain/assessment/progress';
import { completeness, countAllAnswers } from '../../domain/assessment/answer-counts';
import { scoreAssessment } from '../../domain/scoring/scores';
import { legalStatus } from '../../domain/scoring/legal';
import { compareWithEarlier, largestGaps, openPoints } from '../../domain/scoring/report';

/** Every figure of the report, computed once per change of the answers or targets. */
export function useReport(
  questionnaire: Questionnaire,
  assessment: Assessment,
  answers: ReadonlyMap<string, Answer>,
) {
  return useMemo(() => {
    const score = scoreAssessment(questionnaire, answers, assessment);
    const counts = countAllAnswers(questionnaire, answers);
    const legal = legalStatus(score.areas);
    return {
      score,
      progress: overallProgress(questionnaire, answers),
      counts,
      coverage: completeness(counts),
      gaps: largestGaps(score.areas, 10),
      legal,
      open: openPoints(questionnaire, answers),
      comparison: compareWithEarlier(questionnaire, assessment, answers, score.areas),
    };
  }, [questionnaire, assessment, answers]);
}

export type Report = ReturnType<typeof useReport>;

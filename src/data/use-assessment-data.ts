import { useMemo } from 'react';
import { answersByQuestion } from '../domain/assessment/progress';
import { useQuestionnaireWhenLoaded } from '../content/use-questionnaire';
import { useAnswers, useAssessment } from '../storage/hooks';

/**
 * Everything a page about one assessment needs: the assessment, its answers by question id and
 * the questionnaire. `status` is 'loading' until Dexie answers and the questionnaire is in, and
 * 'missing' for an unknown id. It does not suspend: the reads start while the questionnaire loads.
 */
export function useAssessmentData(id: string) {
  const questionnaire = useQuestionnaireWhenLoaded();
  const assessment = useAssessment(id);
  const answerList = useAnswers(id);
  const answers = useMemo(() => answersByQuestion(answerList ?? []), [answerList]);
  if (assessment === null) return { status: 'missing' as const };
  if (assessment === undefined || answerList === undefined || questionnaire === undefined)
    return { status: 'loading' as const };
  return { status: 'ready' as const, assessment, answers, answerList, questionnaire };
}

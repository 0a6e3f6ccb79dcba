import { useMemo } from 'react';
import { answersByQuestion } from '../domain/assessment/progress';
import { useQuestionnaire } from '../content/use-questionnaire';
import { useAnswers, useAssessment } from '../storage/hooks';

/**
 * Everything a page about one assessment needs: the assessment, its answers by question id and
 * the questionnaire. `status` is 'loading' until Dexie answers and 'missing' for an unknown id.
 */
export function useAssessmentData(id: string) {
  const questionnaire = useQuestionnaire();
  const assessment = useAssessment(id);
  const answerList = useAnswers(id);
  const answers = useMemo(() => answersByQuestion(answerList ?? []), [answerList]);
  if (assessment === undefined || answerList === undefined) return { status: 'loading' as const };
  if (assessment === null) return { status: 'missing' as const };
  return { status: 'ready' as const, assessment, answers, answerList, questionnaire };
}

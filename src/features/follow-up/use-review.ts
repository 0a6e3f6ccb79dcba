import { useMemo } from 'react';
import { useAssessmentData } from '../../data/use-assessment-data';
import { answersByQuestion } from '../../domain/assessment/progress';
import { managementReview, newerAssessment } from '../../domain/follow-up/review';
import { isIsoDate } from '../../domain/plan/dates';
import { today } from '../../domain/ids';
import { CHECKLIST } from '../../domain/legal/checklist';
import { dutyRows } from '../../domain/legal/duties';
import { legalSummary } from '../../domain/legal/summary';
import { legalOf } from '../../storage/legal';
import { useAnswers, useAssessments, usePlanItems, useSetting } from '../../storage/hooks';

/** Where the date of the last review is kept: on this device only, like other view choices. */
export const sinceKey = (id: string) => `review-since:${id}`;

/**
 * The figures of the follow-up and of ledningens genomgång, from the stored plan, the answers and
 * the newest assessment made from this one. Undefined while anything is loading.
 */
export function useReview(id: string) {
  const data = useAssessmentData(id);
  const items = usePlanItems(id);
  const all = useAssessments();
  const stored = useSetting(sinceKey(id));
  const newer = useMemo(() => (all ? newerAssessment(id, all) : undefined), [all, id]);
  const newerAnswerList = useAnswers(newer?.id ?? '');
  const day = today();
  const ready = data.status === 'ready' ? data : null;
  const since =
    typeof stored === 'string' && isIsoDate(stored)
      ? stored
      : (ready?.assessment.planSettings.adoptedDate ?? ready?.assessment.date ?? day);
  const review = useMemo(() => {
    if (!ready || !items || all === undefined || newerAnswerList === undefined || stored === undefined)
      return undefined;
    return managementReview({
      questionnaire: ready.questionnaire,
      assessment: ready.assessment,
      answers: ready.answers,
      items,
      today: day,
      since,
      newer: newer ? { assessment: newer, answers: answersByQuestion(newerAnswerList) } : undefined,
    });
  }, [ready, items, all, newer, newerAnswerList, stored, day, since]);
  // The 2 kap. checklist (issue 15's legal view) as it stands in the latest assessment.
  const checklist = useMemo(() => {
    if (!ready || !items || newerAnswerList === undefined) return undefined;
    const latest = newer ?? ready.assessment;
    const answers = newer ? answersByQuestion(newerAnswerList) : ready.answers;
    return legalSummary(dutyRows(CHECKLIST, ready.questionnaire, answers, legalOf(latest), items));
  }, [ready, items, newer, newerAnswerList]);
  return { data, items, review, newer, checklist };
}

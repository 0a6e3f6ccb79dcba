import type { Answer } from '../domain/assessment/types';
import { patchAnswer, putAnswerNow } from '../storage/assessments';
import { tellSaveFailed } from './save-failure';

/** Saves part of an answer; a failed write (quota, a closed database) is told to the user, never swallowed. */
export async function saveAnswer(
  assessmentId: string,
  questionId: string,
  patch: Partial<Pick<Answer, 'value' | 'note' | 'flagged' | 'carriedOver'>>,
  leaving?: { known: Answer | undefined },
): Promise<void> {
  try {
    if (leaving) await putAnswerNow(leaving.known, assessmentId, questionId, patch);
    else await patchAnswer(assessmentId, questionId, patch);
  } catch (error) {
    tellSaveFailed(error);
  }
}

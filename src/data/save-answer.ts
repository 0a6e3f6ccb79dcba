import type { Answer } from '../domain/assessment/types';
import { patchAnswer, putAnswerNow } from '../storage/assessments';
import { translate } from '../i18n';
import { useLanguage } from '../i18n/language';
import { useMessages } from '../ui/message-store';

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
    const language = useLanguage.getState().language;
    const quota = error instanceof Error && error.name === 'QuotaExceededError';
    const reason = quota ? translate(language, 'app.quotaExceeded') : String(error);
    useMessages.getState().show(translate(language, 'app.saveFailed', { reason }));
  }
}

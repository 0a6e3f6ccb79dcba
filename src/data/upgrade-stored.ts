import { loadQuestionnaire } from '../content';
import { translate } from '../i18n';
import { useLanguage } from '../i18n/language';
import { upgradeStoredAssessments } from '../storage/exchange';
import { useMessages } from '../ui/message-store';
import { tellSaveFailed } from './save-failure';

/**
 * After an update of the app brings a newer question bank, moves the assessments in this browser to
 * it (renamed questions keep their answers). Answers to removed questions are told, never dropped
 * silently.
 */
export async function upgradeStoredToQuestionnaire(): Promise<void> {
  try {
    const reports = await upgradeStoredAssessments(await loadQuestionnaire());
    const language = useLanguage.getState().language;
    for (const r of reports.filter((x) => x.droppedQuestionIds.length > 0))
      useMessages.getState().show(
        translate(language, 'app.upgradeDropped', {
          name: r.organisation,
          count: r.droppedQuestionIds.length,
          ids: r.droppedQuestionIds.join(', '),
        }),
        'info',
      );
  } catch (error) {
    tellSaveFailed(error);
  }
}

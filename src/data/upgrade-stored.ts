import { loadQuestionnaire } from '../content';
import { upgradeStoredAssessments } from '../storage/exchange';
import { tellSaveFailed } from './save-failure';
import { announceUpdate } from './whats-new';

/**
 * After an update of the app brings a newer question bank, moves the assessments in this browser to
 * it (renamed questions keep their answers), then tells once what is new: the app's release notes
 * and, per assessment, which questions were added, changed or removed and what that means for its
 * answers. Answers to removed questions are told, never dropped silently.
 */
export async function upgradeStoredToQuestionnaire(): Promise<void> {
  try {
    const questionnaire = await loadQuestionnaire();
    const reports = await upgradeStoredAssessments(questionnaire);
    await announceUpdate(questionnaire, reports);
  } catch (error) {
    tellSaveFailed(error);
  }
}

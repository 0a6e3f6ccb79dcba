import type { Answer, Assessment } from '../assessment/types';
import type { PlanItem } from '../plan/types';
import type { Questionnaire } from '../questionnaire/schema';
import { createBundle } from './bundle';
import { mapToQuestionnaire } from './questionnaire-version';
import { compareVersions } from './semver';

export type StoredParts = { assessment: Assessment; answers: Answer[]; actions: PlanItem[] };

/**
 * Brings an assessment stored in this browser up to the app's questionnaire, exactly as an
 * imported file is mapped (`mapToQuestionnaire`), after the app was updated with a newer
 * question bank. Null when there is nothing to do: already current, another questionnaire, or a
 * newer version than the app knows (left untouched). `updatedAt` is kept: a new version of the
 * question bank is not a change by the user.
 */
export function upgradeStored(
  parts: StoredParts,
  questionnaire: Pick<Questionnaire, 'id' | 'version' | 'idMappings'>,
): { parts: StoredParts; droppedQuestionIds: string[] } | null {
  const { assessment } = parts;
  if (!needsUpgrade(assessment, questionnaire)) return null;
  const bundle = createBundle({ ...parts, exportedAt: assessment.updatedAt, generatorVersion: 'local' });
  const mapped = mapToQuestionnaire(bundle, questionnaire);
  if (!mapped.ok) return null;
  const { assessment: upgraded, answers, actions } = mapped.bundle;
  return { parts: { assessment: upgraded, answers, actions }, droppedQuestionIds: mapped.droppedQuestionIds };
}

/** Whether an assessment was answered against an older version of the app's questionnaire. */
export function needsUpgrade(
  assessment: Pick<Assessment, 'questionnaireId' | 'questionnaireVersion'>,
  questionnaire: Pick<Questionnaire, 'id' | 'version'>,
): boolean {
  return (
    assessment.questionnaireId === questionnaire.id &&
    compareVersions(assessment.questionnaireVersion, questionnaire.version) < 0
  );
}

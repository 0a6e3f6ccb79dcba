import type { Questionnaire } from '../questionnaire/schema';
import type { ShareBundle } from './bundle';

export type UnknownQuestions = {
  bundle: ShareBundle;
  /** Question ids the file answers (or gives earlier levels for) that the questionnaire lacks. */
  unknownQuestionIds: string[];
  /** Actions kept without their question, because the question does not exist. */
  detachedActionIds: string[];
};

/**
 * Leaves out what a file says about questions that are not in the app's questionnaire, after
 * `mapToQuestionnaire`: such answers would be stored and counted as answered, yet no page could
 * show them. Actions on such a question are kept, without the question. The caller shows the ids
 * to the user before anything is written.
 */
export function leaveOutUnknownQuestions(
  bundle: ShareBundle,
  questionnaire: Pick<Questionnaire, 'areas'>,
): UnknownQuestions {
  const known = new Set(questionnaire.areas.flatMap((a) => a.questions.map((q) => q.id)));
  const unknown = new Set<string>();
  const answers = bundle.answers.filter((a) => known.has(a.questionId) || !unknown.add(a.questionId));
  const { basedOn } = bundle.assessment;
  const levels = basedOn && Object.entries(basedOn.levels);
  const keptLevels = levels?.filter(([id]) => known.has(id) || !unknown.add(id));
  const detachedActionIds: string[] = [];
  const actions = bundle.actions.map((action) => {
    if (action.questionId === null || known.has(action.questionId)) return action;
    detachedActionIds.push(action.id);
    return { ...action, questionId: null };
  });
  if (unknown.size === 0 && detachedActionIds.length === 0)
    return { bundle, unknownQuestionIds: [], detachedActionIds: [] };
  return {
    bundle: {
      ...bundle,
      assessment: {
        ...bundle.assessment,
        basedOn: basedOn && { ...basedOn, levels: Object.fromEntries(keptLevels ?? []) },
      },
      answers,
      actions,
    },
    unknownQuestionIds: [...unknown],
    detachedActionIds,
  };
}

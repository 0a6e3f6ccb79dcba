import type { ShareBundle } from './bundle';
import { diffActions } from './merge-actions';
import { diffAnswers } from './merge-answers';
import { diffDetails } from './merge-details';
import { diffLegal } from './merge-legal';
import { diffPlanSettings } from './merge-plan-settings';
import { MergeError, type MergeProblem } from './merge-error';
import { diffTargets } from './merge-targets';
import { defaultTheirLabel } from './merge-text';
import type { MergePlan } from './merge-types';
import type { Questionnaire } from '../questionnaire/schema';
import { mapToQuestionnaire } from './questionnaire-version';

export type DiffOptions = {
  /** How joined notes name their copy; defaults to "{organisation}, exporterad {date}". */
  theirLabel?: string;
};

/** Null when the two bundles can be merged; otherwise why not. */
export function checkMergeable(mine: ShareBundle, theirs: ShareBundle): MergeProblem | null {
  if (mine.assessment.id !== theirs.assessment.id)
    return { kind: 'different-assessment', mine: mine.assessment.id, theirs: theirs.assessment.id };
  const m = `${mine.questionnaire.id}@${mine.questionnaire.version}`;
  const t = `${theirs.questionnaire.id}@${theirs.questionnaire.version}`;
  return m === t ? null : { kind: 'different-questionnaire', mine: m, theirs: t };
}

/**
 * Compares a colleague's copy of the same assessment with mine and lists what would be taken over
 * automatically and what the user must decide. Nothing is changed here. Throws `MergeError` when
 * `checkMergeable` fails. Identical content gives an empty plan.
 */
export function diffBundles(mine: ShareBundle, theirs: ShareBundle, options: DiffOptions = {}): MergePlan {
  const problem = checkMergeable(mine, theirs);
  if (problem) throw new MergeError(problem);
  const theirLabel = options.theirLabel ?? defaultTheirLabel(theirs);
  const parts = [
    diffDetails(mine.assessment, theirs.assessment),
    diffTargets(mine.assessment.targets, theirs.assessment.targets),
    diffAnswers(mine.answers, theirs.answers, theirLabel),
    diffActions(mine.actions, theirs.actions),
    diffLegal(mine.assessment.legal, theirs.assessment.legal),
    diffPlanSettings(mine.assessment.planSettings, theirs.assessment.planSettings),
  ];
  return {
    assessmentId: mine.assessment.id,
    theirLabel,
    automatic: parts.flatMap((p) => p.automatic),
    conflicts: parts.flatMap((p) => p.conflicts),
  };
}

/**
 * Compares a colleague's copy, already brought to the app's questionnaire on import, with my stored
 * copy. Mine may have been answered against an older version of the questionnaire (the app was
 * updated since), so it is brought up to the same version first, exactly as an imported file is;
 * otherwise every questionnaire update would block merging. Returns my copy as mapped, which is
 * what the merge must be applied to. Throws `MergeError` as `diffBundles` does.
 */
export function diffWithQuestionnaire(
  mine: ShareBundle,
  theirs: ShareBundle,
  questionnaire: Pick<Questionnaire, 'id' | 'version' | 'idMappings'>,
  options: DiffOptions = {},
): { mine: ShareBundle; plan: MergePlan } {
  const mapped = mapToQuestionnaire(mine, questionnaire);
  const current = mapped.ok ? mapped.bundle : mine;
  return { mine: current, plan: diffBundles(current, theirs, options) };
}

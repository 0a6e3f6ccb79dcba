import type { Answer } from '../assessment/types';
import type { Questionnaire } from '../questionnaire/schema';
import type { ShareBundle } from './bundle';
import { compareVersions } from './semver';

export type QuestionnaireMismatch =
  | { kind: 'unknown-questionnaire'; id: string }
  | { kind: 'newer-questionnaire'; fileVersion: string; appVersion: string };

export type QuestionnaireMapping =
  | {
      ok: true;
      bundle: ShareBundle;
      /** Old question ids whose answers (or earlier levels) could not be carried over; show them. */
      droppedQuestionIds: string[];
      /** How many answers now carry a different question id. */
      mapped: number;
      /** Actions kept whose question was removed: their questionId is now null. */
      detachedActionIds: string[];
    }
  | { ok: false; error: QuestionnaireMismatch };

type IdMap = Readonly<Record<string, string | null>>;
/** An answer and the question id it had in the file. */
type Tracked = { answer: Answer; from: string };

/**
 * Brings a file answered against an older version of the app's questionnaire up to that version, by
 * applying, oldest first, every `idMappings` entry from the file's version on: old id → new id, or
 * null for a removed question. Nothing disappears without being listed in the result.
 */
export function mapToQuestionnaire(
  bundle: ShareBundle,
  questionnaire: Pick<Questionnaire, 'id' | 'version' | 'idMappings'>,
): QuestionnaireMapping {
  const fileVersion = bundle.questionnaire.version;
  if (bundle.questionnaire.id !== questionnaire.id)
    return { ok: false, error: { kind: 'unknown-questionnaire', id: bundle.questionnaire.id } };
  const order = compareVersions(fileVersion, questionnaire.version);
  if (order > 0)
    return {
      ok: false,
      error: { kind: 'newer-questionnaire', fileVersion, appVersion: questionnaire.version },
    };
  if (order === 0) return { ok: true, bundle, droppedQuestionIds: [], mapped: 0, detachedActionIds: [] };

  const steps = questionnaire.idMappings
    .filter((m) => compareVersions(m.fromVersion, fileVersion) >= 0)
    .sort((a, b) => compareVersions(a.fromVersion, b.fromVersion))
    .map((m) => m.questions);
  const dropped = new Set<string>();

  let tracked = bundle.answers.map((answer) => ({ answer, from: answer.questionId }));
  let levels = bundle.assessment.basedOn?.levels ?? {};
  for (const step of steps) {
    tracked = mapAnswers(tracked, step, (t) => dropped.add(t.from));
    levels = mapLevels(levels, step, (id) => dropped.add(id));
  }
  const answers = tracked.map((t) => t.answer);

  const detachedActionIds: string[] = [];
  const actions = bundle.actions.map((action) => {
    if (action.questionId === null) return action;
    const questionId = steps.reduce<string | null>(
      (id, step) => (id === null ? null : mapId(id, step)),
      action.questionId,
    );
    if (questionId === null) detachedActionIds.push(action.id);
    return { ...action, questionId };
  });

  const { basedOn } = bundle.assessment;
  return {
    ok: true,
    bundle: {
      ...bundle,
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      assessment: {
        ...bundle.assessment,
        questionnaireVersion: questionnaire.version,
        basedOn: basedOn && { ...basedOn, levels },
      },
      answers,
      actions,
    },
    droppedQuestionIds: [...dropped],
    mapped: tracked.filter((t) => t.answer.questionId !== t.from).length,
    detachedActionIds,
  };
}

/** The id after one step: unchanged when the step does not name it, null when it was removed. */
function mapId(id: string, step: IdMap): string | null {
  return Object.hasOwn(step, id) ? (step[id] ?? null) : id;
}

/**
 * One step over the answers. Two answers can land on one id (questions merged, or a new id that was
 * already answered); the answer already there wins, otherwise the first, and the other is reported
 * as dropped rather than silently overwriting it in the database.
 */
function mapAnswers(tracked: readonly Tracked[], step: IdMap, onDrop: (t: Tracked) => void): Tracked[] {
  const targets = tracked.map((t) => mapId(t.answer.questionId, step));
  const taken = new Set(
    tracked.filter((t, i) => targets[i] === t.answer.questionId).map((t) => t.answer.questionId),
  );
  const result: Tracked[] = [];
  tracked.forEach((t, i) => {
    const questionId = targets[i] ?? null;
    if (questionId === null) return onDrop(t);
    if (questionId === t.answer.questionId) return result.push(t);
    if (taken.has(questionId)) return onDrop(t);
    taken.add(questionId);
    result.push({ answer: { ...t.answer, questionId }, from: t.from });
  });
  return result;
}

function mapLevels(
  levels: Readonly<Record<string, number | null>>,
  step: IdMap,
  onDrop: (id: string) => void,
): Record<string, number | null> {
  const result: Record<string, number | null> = {};
  const entries = Object.entries(levels);
  for (const [id, level] of entries) if (mapId(id, step) === id) result[id] = level;
  for (const [id, level] of entries) {
    const next = mapId(id, step);
    if (next === id) continue;
    if (next === null || Object.hasOwn(result, next)) onDrop(id);
    else result[next] = level;
  }
  return result;
}

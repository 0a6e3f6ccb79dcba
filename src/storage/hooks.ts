import { useLiveQuery } from 'dexie-react-hooks';
import { answerKind } from '../domain/assessment/answer-counts';
import { db } from './db';
import { mergeUndoInfo } from './exchange';

/** Live views of the database: every open tab re-renders when any tab writes. */
export function useAssessments() {
  return useLiveQuery(() => db().assessments.orderBy('updatedAt').reverse().toArray(), []);
}

export function useAssessment(id: string) {
  // null (not undefined) once loaded, so callers can tell "loading" from "missing".
  return useLiveQuery(async () => (await db().assessments.get(id)) ?? null, [id]);
}

export function useAnswers(assessmentId: string) {
  return useLiveQuery(
    () => db().answers.where('assessmentId').equals(assessmentId).toArray(),
    [assessmentId],
  );
}

export type StoredCounts = { answered: number; unknown: number; notApplicable: number };

/**
 * Answered questions per assessment, for the list on the start page, with vet ej and ej tillämplig
 * beside them; "answered" in the one sense of `answerKind`.
 */
export function useAnsweredCounts() {
  return useLiveQuery(async () => {
    const counts = new Map<string, StoredCounts>();
    await db().answers.each((a) => {
      const kind = answerKind(a);
      if (kind === 'unanswered' || kind === 'reason-missing') return;
      const c = counts.get(a.assessmentId) ?? { answered: 0, unknown: 0, notApplicable: 0 };
      c.answered++;
      if (kind === 'unknown') c.unknown++;
      if (kind === 'not-applicable') c.notApplicable++;
      counts.set(a.assessmentId, c);
    });
    return counts;
  }, []);
}

/** The plan items of one assessment in plan order (dismissed ones included; callers filter). */
export function usePlanItems(assessmentId: string) {
  return useLiveQuery(
    () => db().actions.where('assessmentId').equals(assessmentId).sortBy('order'),
    [assessmentId],
  );
}

/** One setting's value, live: undefined while loading, null when it was never set. */
export function useSetting(key: string): unknown {
  return useLiveQuery(async () => (await db().settings.get(key))?.value ?? null, [key]);
}

/** When the last merge into this assessment was made, while it can be undone on this device. */
export function useMergeUndo(assessmentId: string) {
  return useLiveQuery(() => mergeUndoInfo(assessmentId), [assessmentId]);
}

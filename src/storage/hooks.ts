import { useLiveQuery } from 'dexie-react-hooks';
import { isAnswered } from '../domain/assessment/progress';
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

/** Number of answered questions per assessment, for the list on the start page. */
export function useAnsweredCounts() {
  return useLiveQuery(async () => {
    const counts = new Map<string, number>();
    await db().answers.each((a) => {
      if (isAnswered(a)) counts.set(a.assessmentId, (counts.get(a.assessmentId) ?? 0) + 1);
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

import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { answerKind } from '../domain/assessment/answer-counts';
import { db } from './db';
import { mergeUndoInfo } from './exchange';
import { preloadLiveQuery, useSharedLiveQuery } from './shared-live-query';

/**
 * The reads a page about one assessment makes, by key, so that the router can start them
 * before the page's code has loaded (`preloadAssessmentReads`) and the page finds them done.
 */
const reads = {
  assessment: (id: string) =>
    [`assessment:${id}`, async () => (await db().assessments.get(id)) ?? null] as const,
  // A range of the primary key, not the assessmentId index: a live query over an index also
  // tracks every result's key to see later writes (for 1,000 answers, some 20 ms of comparing
  // compound keys on the way to a page); over the primary key it tracks only the range.
  answers: (id: string) =>
    [
      `answers:${id}`,
      () =>
        db()
          .answers.where('[assessmentId+questionId]')
          .between([id, Dexie.minKey], [id, Dexie.maxKey])
          .toArray(),
    ] as const,
  planItems: (id: string) =>
    [`plan-items:${id}`, () => db().actions.where('assessmentId').equals(id).sortBy('order')] as const,
  setting: (key: string) =>
    [`setting:${key}`, async () => (await db().settings.get(key))?.value ?? null] as const,
};

/** Live views of the database: every open tab re-renders when any tab writes. */
export function useAssessments() {
  return useLiveQuery(() => db().assessments.orderBy('updatedAt').reverse().toArray(), []);
}

export function useAssessment(id: string) {
  // null (not undefined) once loaded, so callers can tell "loading" from "missing".
  return useSharedLiveQuery(...reads.assessment(id));
}

export function useAnswers(assessmentId: string) {
  return useSharedLiveQuery(...reads.answers(assessmentId));
}

/**
 * Starts reading an assessment and its answers (and, for the plan, its saved plan and the
 * plan's view setting) as soon as its page is asked for, while the page's code still loads.
 */
export function preloadAssessmentReads(id: string, extra: { planItems?: boolean; settings?: string[] } = {}) {
  preloadLiveQuery(...reads.assessment(id));
  preloadLiveQuery(...reads.answers(id));
  if (extra.planItems) preloadLiveQuery(...reads.planItems(id));
  for (const key of extra.settings ?? []) preloadLiveQuery(...reads.setting(key));
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
  return useSharedLiveQuery(...reads.planItems(assessmentId));
}

/** One setting's value, live: undefined while loading, null when it was never set. */
export function useSetting(key: string): unknown {
  return useSharedLiveQuery(...reads.setting(key));
}

/** When the last merge into this assessment was made, while it can be undone on this device. */
export function useMergeUndo(assessmentId: string) {
  return useLiveQuery(() => mergeUndoInfo(assessmentId), [assessmentId]);
}

import type { AreaTarget, Answer, Assessment, NewAssessmentInput } from '../domain/assessment/types';
import { emptyAnswer } from '../domain/assessment/types';
import { carryForward } from '../domain/assessment/carry-forward';
import type { Questionnaire } from '../domain/questionnaire/schema';
import type { PlanItem } from '../domain/plan/types';
import { newId, nowIso, today } from '../domain/ids';
import { emptyPlanSettings } from '../domain/plan/settings';
import { emptyLegalRecord } from '../domain/legal/types';
import { db } from './db';

export async function listAssessments(): Promise<Assessment[]> {
  return db().assessments.orderBy('updatedAt').reverse().toArray();
}

export async function getAssessment(id: string): Promise<Assessment | undefined> {
  return db().assessments.get(id);
}

export async function createAssessment(input: NewAssessmentInput): Promise<string> {
  const now = nowIso();
  const assessment: Assessment = {
    ...input,
    id: newId(),
    targets: {},
    basedOn: null,
    lastAreaId: null,
    planSettings: emptyPlanSettings(),
    legal: emptyLegalRecord(),
    createdAt: now,
    updatedAt: now,
  };
  await db().assessments.add(assessment);
  return assessment.id;
}

export async function updateAssessment(
  id: string,
  patch: Partial<Omit<Assessment, 'id' | 'createdAt'>>,
): Promise<void> {
  const changed = await db().assessments.update(id, { ...patch, updatedAt: nowIso() });
  if (changed === 0) throw new Error(`Skattningen ${id} finns inte`);
}

/**
 * Changes one area's målnivå or reason, reading the stored targets in the same transaction: two
 * quick changes (the level, then the reason, or two areas, or two tabs) all stay, whatever each
 * page last saw. `fallback` is the area's target when none is stored yet (its default level).
 */
export async function setAreaTarget(
  id: string,
  areaId: string,
  patch: Partial<AreaTarget>,
  fallback: AreaTarget,
): Promise<void> {
  const changed = await db()
    .assessments.where('id')
    .equals(id)
    .modify((a) => {
      a.targets = { ...a.targets, [areaId]: { ...(a.targets[areaId] ?? fallback), ...patch } };
      a.updatedAt = nowIso();
    });
  if (changed === 0) throw new Error(`Skattningen ${id} finns inte`);
}

/**
 * Stores the proposed target of every area that has none yet (the user accepted the proposal),
 * keeping any target set meanwhile, in one transaction.
 */
export async function acceptTargets(id: string, proposed: Record<string, AreaTarget>): Promise<void> {
  const changed = await db()
    .assessments.where('id')
    .equals(id)
    .modify((a) => {
      a.targets = { ...proposed, ...a.targets };
      a.updatedAt = nowIso();
    });
  if (changed === 0) throw new Error(`Skattningen ${id} finns inte`);
}

export type AssessmentSnapshot = { assessment: Assessment; answers: Answer[]; actions: PlanItem[] };

/** Deletes an assessment with its answers and plan, and returns all of it so that undo can restore it. */
export async function deleteAssessment(id: string): Promise<AssessmentSnapshot | null> {
  const d = db();
  return d.transaction('rw', d.assessments, d.answers, d.actions, async () => {
    const assessment = await d.assessments.get(id);
    if (!assessment) return null;
    const answers = await d.answers.where('assessmentId').equals(id).toArray();
    const actions = await d.actions.where('assessmentId').equals(id).toArray();
    await d.answers.where('assessmentId').equals(id).delete();
    await d.actions.where('assessmentId').equals(id).delete();
    await d.assessments.delete(id);
    return { assessment, answers, actions };
  });
}

export async function restoreAssessment(snapshot: AssessmentSnapshot): Promise<void> {
  const d = db();
  await d.transaction('rw', d.assessments, d.answers, d.actions, async () => {
    await d.assessments.put(snapshot.assessment);
    await d.answers.bulkPut(snapshot.answers);
    await d.actions.bulkPut(snapshot.actions);
  });
}

export async function getAnswers(assessmentId: string): Promise<Answer[]> {
  return db().answers.where('assessmentId').equals(assessmentId).toArray();
}

/**
 * Changes some fields of one answer, creating it if needed, in one transaction so that two tabs
 * writing different fields of the same answer both keep their change.
 */
export async function patchAnswer(
  assessmentId: string,
  questionId: string,
  patch: Partial<Pick<Answer, 'value' | 'note' | 'flagged' | 'carriedOver'>>,
): Promise<void> {
  const d = db();
  await d.transaction('rw', d.answers, d.assessments, async () => {
    const now = nowIso();
    const existing =
      (await d.answers.get([assessmentId, questionId])) ?? emptyAnswer(assessmentId, questionId, now);
    await d.answers.put({ ...existing, ...patch, updatedAt: now });
    await d.assessments.update(assessmentId, { updatedAt: now });
  });
}

/**
 * For a page that is going away: one put of the whole answer, built from the last version the
 * page saw, issued at once. A read-then-write could be cut off between the read and the write
 * when the tab closes; this cannot.
 */
export function putAnswerNow(
  known: Answer | undefined,
  assessmentId: string,
  questionId: string,
  patch: Partial<Pick<Answer, 'value' | 'note' | 'flagged' | 'carriedOver'>>,
): Promise<unknown> {
  const now = nowIso();
  const record: Answer = {
    ...(known ?? emptyAnswer(assessmentId, questionId, now)),
    ...patch,
    updatedAt: now,
  };
  // The native request is issued before this function returns, whatever Dexie schedules later.
  try {
    const tx = db().backendDB().transaction('answers', 'readwrite');
    tx.objectStore('answers').put(record);
    // Commit now: a transaction still open when the tab dies is aborted, not committed.
    tx.commit();
  } catch {
    // Not open (yet): the Dexie write below still tries.
  }
  return db().answers.put(record);
}

/** "Ny skattning baserad på denna". */
export async function createFromEarlier(sourceId: string, questionnaire: Questionnaire): Promise<string> {
  const d = db();
  return d.transaction('rw', d.assessments, d.answers, async () => {
    const source = await d.assessments.get(sourceId);
    if (!source) throw new Error(`Skattningen ${sourceId} finns inte`);
    const answers = await d.answers.where('assessmentId').equals(sourceId).toArray();
    const next = carryForward(source, answers, questionnaire, {
      newId: newId(),
      now: nowIso(),
      date: today(),
    });
    await d.assessments.add(next.assessment);
    await d.answers.bulkAdd(next.answers);
    return next.assessment.id;
  });
}

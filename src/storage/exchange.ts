import type { Answer, Assessment } from '../domain/assessment/types';
import type { PlanItem } from '../domain/plan/types';
import { nowIso } from '../domain/ids';
import type { Questionnaire } from '../domain/questionnaire/schema';
import { needsUpgrade, upgradeStored } from '../domain/exchange/upgrade';
import { sameParts } from '../domain/exchange/same-parts';
import { db } from './db';

export type BundleParts = { assessment: Assessment; answers: Answer[]; actions: PlanItem[] };

/** Everything of one assessment, read in one transaction so the parts belong together. */
export async function loadBundleParts(id: string): Promise<BundleParts | null> {
  const d = db();
  return d.transaction('r', d.assessments, d.answers, d.actions, async () => {
    const assessment = await d.assessments.get(id);
    if (!assessment) return null;
    const answers = await d.answers.where('assessmentId').equals(id).toArray();
    const actions = await d.actions.where('assessmentId').equals(id).sortBy('order');
    return { assessment, answers, actions };
  });
}

/** Whether an imported file would collide with what is here: its assessment id, or any action id. */
export async function collisions(parts: BundleParts): Promise<{ assessment: boolean; actions: boolean }> {
  const d = db();
  const assessment = (await d.assessments.get(parts.assessment.id)) !== undefined;
  const taken = await d.actions.bulkGet(parts.actions.map((a) => a.id));
  return { assessment, actions: taken.some((a) => a !== undefined) };
}

/**
 * Adds an imported assessment as a new one. `add` (not `put`) fails on any existing key, and the
 * transaction then rolls back whole: an import never overwrites.
 */
export async function addImported(parts: BundleParts): Promise<void> {
  const d = db();
  await d.transaction('rw', d.assessments, d.answers, d.actions, async () => {
    await d.assessments.add({ ...parts.assessment, updatedAt: nowIso() });
    await d.answers.bulkAdd(parts.answers);
    await d.actions.bulkAdd(parts.actions);
  });
}

/** What "Ångra sammanslagningen" needs: the assessment before the merge, and what the merge wrote. */
export type MergeUndo = { before: BundleParts; after: BundleParts; mergedAt: string };

const undoKey = (assessmentId: string) => `mergeUndo:${assessmentId}`;

async function readParts(id: string): Promise<BundleParts | null> {
  const d = db();
  const assessment = await d.assessments.get(id);
  if (!assessment) return null;
  const answers = await d.answers.where('assessmentId').equals(id).toArray();
  const actions = await d.actions.where('assessmentId').equals(id).toArray();
  return { assessment, answers, actions };
}

async function replaceParts(id: string, parts: BundleParts): Promise<void> {
  const d = db();
  await d.answers.where('assessmentId').equals(id).delete();
  await d.actions.where('assessmentId').equals(id).delete();
  await d.assessments.put(parts.assessment);
  await d.answers.bulkAdd(parts.answers);
  await d.actions.bulkAdd(parts.actions);
}

/**
 * Writes a merged assessment in one transaction: all or nothing. `expected` is the stored copy the
 * merge was planned from; when anything in it changed since (an answer, a plan edit or the details,
 * in another tab), nothing is written and the result is 'stale'. The copy before the merge is kept
 * in the settings table (this device only), so that the merge can be undone.
 */
export async function replaceWithMerged(parts: BundleParts, expected: BundleParts): Promise<'ok' | 'stale'> {
  const d = db();
  const id = parts.assessment.id;
  return d.transaction('rw', d.assessments, d.answers, d.actions, d.settings, async () => {
    const current = await readParts(id);
    if (!current || !sameParts(current, expected)) return 'stale';
    const mergedAt = nowIso();
    const after = { ...parts, assessment: { ...parts.assessment, updatedAt: mergedAt } };
    await replaceParts(id, after);
    const undo: MergeUndo = { before: current, after, mergedAt };
    await d.settings.put({ key: undoKey(id), value: undo });
    return 'ok';
  });
}

/** When the last merge into this assessment was made, if it can still be undone here. */
export async function mergeUndoInfo(assessmentId: string): Promise<{ mergedAt: string } | null> {
  const undo = (await db().settings.get(undoKey(assessmentId)))?.value as MergeUndo | undefined;
  return undo ? { mergedAt: undo.mergedAt } : null;
}

/**
 * Puts the assessment back as it was before the last merge. When it has changed since the merge,
 * nothing is written and the result is 'changed', unless `discardLaterChanges` (the user has
 * confirmed that those changes go too).
 */
export async function undoMerge(
  assessmentId: string,
  discardLaterChanges = false,
): Promise<'ok' | 'changed' | 'nothing'> {
  const d = db();
  return d.transaction('rw', d.assessments, d.answers, d.actions, d.settings, async () => {
    const undo = (await d.settings.get(undoKey(assessmentId)))?.value as MergeUndo | undefined;
    if (!undo) return 'nothing';
    const current = await readParts(assessmentId);
    if (!discardLaterChanges && (!current || !sameParts(current, undo.after))) return 'changed';
    await replaceParts(assessmentId, undo.before);
    await d.settings.delete(undoKey(assessmentId));
    return 'ok';
  });
}

export type UpgradeReport = {
  assessmentId: string;
  organisation: string;
  /** The questionnaire version the assessment was answered against before the upgrade. */
  fromVersion: string;
  /** The question ids it had answers for, as they were under `fromVersion`. */
  answeredIds: string[];
  droppedQuestionIds: string[];
};

/**
 * Brings every assessment in this browser up to the app's questionnaire (see `upgradeStored`), in
 * one transaction so that a save in another tab can never be lost between read and write. Returns
 * what was upgraded, with the answers that had to be dropped because their question was removed.
 */
export async function upgradeStoredAssessments(
  questionnaire: Pick<Questionnaire, 'id' | 'version' | 'idMappings'>,
): Promise<UpgradeReport[]> {
  const d = db();
  // Almost always nothing to do: look first, so that a start does not hold a write lock.
  const stale = (await d.assessments.toArray()).filter((a) => needsUpgrade(a, questionnaire));
  if (stale.length === 0) return [];
  return d.transaction('rw', d.assessments, d.answers, d.actions, async () => {
    const reports: UpgradeReport[] = [];
    for (const { id } of stale) {
      const assessment = await d.assessments.get(id);
      if (!assessment) continue;
      const answers = await d.answers.where('assessmentId').equals(id).toArray();
      const actions = await d.actions.where('assessmentId').equals(id).toArray();
      const result = upgradeStored({ assessment, answers, actions }, questionnaire);
      if (!result) continue;
      await d.answers.where('assessmentId').equals(id).delete();
      await d.answers.bulkAdd(result.parts.answers);
      await d.actions.bulkPut(result.parts.actions);
      await d.assessments.put(result.parts.assessment);
      reports.push({
        assessmentId: id,
        organisation: assessment.organisation,
        fromVersion: assessment.questionnaireVersion,
        answeredIds: answers.map((a) => a.questionId),
        droppedQuestionIds: result.droppedQuestionIds,
      });
    }
    return reports;
  });
}

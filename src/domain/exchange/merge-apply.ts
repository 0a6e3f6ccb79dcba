import type { ShareBundle } from './bundle';
import { sameJson } from './canonical-json';
import { checkMergeable, diffBundles } from './merge';
import { mergeEdits, type MergeEdit } from './merge-edits';
import { MergeError } from './merge-error';
import { setLegalItem } from './merge-legal';
import type { MergePlan, MergeResolutions } from './merge-types';
import { validateBundle } from './validate';

/**
 * Mine with their changes applied: every automatic change, and every conflict as resolved. Returns a
 * new bundle (mine is not changed) for the caller to write in one transaction; `updatedAt` of the
 * assessment is left to the caller. Throws `MergeError` when a conflict is unresolved (or resolved
 * with a choice it does not offer), when the plan no longer matches the two bundles, or when the
 * result would break a limit.
 */
export function applyMerge(
  mine: ShareBundle,
  theirs: ShareBundle,
  plan: MergePlan,
  resolutions: MergeResolutions,
  newId: () => string,
): ShareBundle {
  const problem = checkMergeable(mine, theirs);
  if (problem) throw new MergeError(problem);
  // The user decided on what the plan showed; if mine changed since (another tab), those decisions
  // could overwrite work they never saw.
  if (!sameJson(diffBundles(mine, theirs, { theirLabel: plan.theirLabel }), plan))
    throw new MergeError({ kind: 'stale-plan' });
  const { edits, unresolved } = mergeEdits(plan, resolutions);
  if (unresolved.length > 0) throw new MergeError({ kind: 'unresolved', conflictIds: unresolved });

  const result = structuredClone(mine);
  const answerAt = new Map(result.answers.map((a, i) => [a.questionId, i]));
  const actionAt = new Map(result.actions.map((a, i) => [a.id, i]));
  for (const edit of edits) applyEdit(result, edit, { answerAt, actionAt, newId });

  const checked = validateBundle(result);
  if (!checked.ok) throw new MergeError({ kind: 'invalid-result', issues: checked.issues });
  return checked.bundle;
}

type Context = { answerAt: Map<string, number>; actionAt: Map<string, number>; newId: () => string };

function applyEdit(result: ShareBundle, edit: MergeEdit, ctx: Context): void {
  switch (edit.kind) {
    case 'detail':
      result.assessment = { ...result.assessment, [edit.field]: edit.after };
      return;
    case 'target':
      // A computed key in a literal defines an own property, whatever the key.
      result.assessment.targets = {
        ...result.assessment.targets,
        [edit.areaId]: structuredClone(edit.after),
      };
      return;
    case 'answer':
      replaceOrAppend(result.answers, ctx.answerAt, edit.questionId, structuredClone(edit.after));
      return;
    case 'legal':
      setLegalItem(result.assessment.legal, edit.after);
      return;
    case 'planSettings':
      result.assessment = { ...result.assessment, planSettings: structuredClone(edit.after) };
      return;
    case 'action': {
      const after = { ...structuredClone(edit.after), id: edit.needsNewId ? ctx.newId() : edit.after.id };
      replaceOrAppend(result.actions, ctx.actionAt, edit.before?.id ?? after.id, after);
    }
  }
}

function replaceOrAppend<T>(list: T[], index: Map<string, number>, key: string, item: T): void {
  const at = index.get(key);
  if (at === undefined) index.set(key, list.push(item) - 1);
  else list[at] = item;
}

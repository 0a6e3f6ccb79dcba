import type { Answer, AreaTarget } from '../assessment/types';
import type { PlanItem } from '../plan/types';
import type { PlanSettings } from '../plan/settings';
import { takeTheirAction } from './merge-actions';
import type { LegalItem } from './merge-legal';
import type { AutomaticChange, Conflict, DetailField, MergePlan, MergeResolutions } from './merge-types';

/** One concrete change to mine, from an automatic change or a resolved conflict. */
export type MergeEdit =
  | { kind: 'detail'; field: DetailField; before: string; after: string }
  | { kind: 'target'; areaId: string; before: AreaTarget | null; after: AreaTarget }
  | { kind: 'answer'; questionId: string; before: Answer | null; after: Answer }
  /** `before` null adds the action; `needsNewId` when it is theirs kept beside mine ('both'). */
  | { kind: 'action'; before: PlanItem | null; after: PlanItem; needsNewId: boolean }
  | { kind: 'legal'; before: LegalItem | null; after: LegalItem }
  | { kind: 'planSettings'; before: PlanSettings; after: PlanSettings };

export type MergeEdits = { edits: MergeEdit[]; unresolved: string[]; keptMine: number };

/** Shared by apply and summary, so that the summary shows exactly what apply will write. */
export function mergeEdits(plan: MergePlan, resolutions: MergeResolutions): MergeEdits {
  const edits = plan.automatic.map(fromAutomatic);
  const unresolved: string[] = [];
  let keptMine = 0;
  for (const conflict of plan.conflicts) {
    const choice = Object.hasOwn(resolutions, conflict.id) ? resolutions[conflict.id] : undefined;
    if (choice === undefined || !conflict.options.includes(choice)) unresolved.push(conflict.id);
    else if (choice === 'mine') keptMine++;
    else edits.push(fromConflict(conflict, choice));
  }
  return { edits, unresolved, keptMine };
}

function fromAutomatic(change: AutomaticChange): MergeEdit {
  switch (change.kind) {
    case 'detail':
      return { kind: 'detail', field: change.field, before: change.mine, after: change.result };
    case 'target':
      return { kind: 'target', areaId: change.areaId, before: change.mine, after: change.result };
    case 'answer':
      return { kind: 'answer', questionId: change.questionId, before: change.mine, after: change.result };
    case 'action':
      return { kind: 'action', before: change.mine, after: change.result, needsNewId: false };
    case 'legal':
      return { kind: 'legal', before: change.mine, after: change.result };
    case 'planSettings':
      return { kind: 'planSettings', before: change.mine, after: change.result };
  }
}

function fromConflict(c: Conflict, choice: 'theirs' | 'both'): MergeEdit {
  switch (c.kind) {
    case 'detail':
      return {
        kind: 'detail',
        field: c.field,
        before: c.mine,
        after: choice === 'both' && c.both !== null ? c.both : c.theirs,
      };
    case 'target':
      return { kind: 'target', areaId: c.areaId, before: c.mine, after: c.theirs };
    case 'answer': {
      const after =
        choice === 'both' && c.both !== null ? c.both : { ...c.theirs, assessmentId: c.mine.assessmentId };
      return { kind: 'answer', questionId: c.questionId, before: c.mine, after };
    }
    case 'action':
      return choice === 'both'
        ? {
            kind: 'action',
            before: null,
            after: { ...c.theirs, assessmentId: c.mine.assessmentId },
            needsNewId: true,
          }
        : { kind: 'action', before: c.mine, after: takeTheirAction(c.mine, c.theirs), needsNewId: false };
    case 'legal':
      return { kind: 'legal', before: c.mine, after: c.theirs };
  }
}

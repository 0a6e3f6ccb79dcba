import { sameJson } from './canonical-json';
import { mergeEdits } from './merge-edits';
import type { MergePlan, MergeResolutions } from './merge-types';

/** Counts for the "before anything is written" screen. One answer can count in both answers and notes. */
export type MergeSummary = {
  /** Organisation, scope, participants or date. */
  details: number;
  targets: number;
  /** Questions mine had no answer to. */
  answersAdded: number;
  /** Answers whose value, flag or review state changes. */
  answersChanged: number;
  /** Answers whose note is added or changes (also on added answers). */
  notes: number;
  actionsAdded: number;
  actionsChanged: number;
  /** Parts of the legal record (the kommun's place, checklist, training log, tillämpningsförklaring). */
  legal: number;
  /** Conflicts settled by keeping mine: their version of these is not taken. */
  keptMine: number;
  /** Conflicts still to settle; apply refuses while this is above 0. */
  unresolved: number;
};

export function summarizeMerge(plan: MergePlan, resolutions: MergeResolutions): MergeSummary {
  const { edits, unresolved, keptMine } = mergeEdits(plan, resolutions);
  const summary: MergeSummary = {
    details: 0,
    targets: 0,
    answersAdded: 0,
    answersChanged: 0,
    notes: 0,
    actionsAdded: 0,
    actionsChanged: 0,
    legal: 0,
    keptMine,
    unresolved: unresolved.length,
  };
  for (const edit of edits) {
    // The plan settings are details of the assessment, as its name and date are.
    if (edit.kind === 'detail' || edit.kind === 'planSettings') summary.details++;
    else if (edit.kind === 'target') summary.targets++;
    else if (edit.kind === 'legal') summary.legal++;
    else if (edit.kind === 'action') {
      if (edit.before === null) summary.actionsAdded++;
      else summary.actionsChanged++;
    } else {
      const { before, after } = edit;
      if (before === null) summary.answersAdded++;
      else if (
        !sameJson(before.value, after.value) ||
        before.flagged !== after.flagged ||
        before.carriedOver !== after.carriedOver
      )
        summary.answersChanged++;
      if ((before?.note ?? '') !== after.note) summary.notes++;
    }
  }
  return summary;
}

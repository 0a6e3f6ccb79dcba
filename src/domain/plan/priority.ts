import type { Effort } from '../questionnaire/schema';
import type { PlanItem, Priority, PriorityReason } from './types';

/**
 * Priority rules (docs/action-plan.md):
 * 1 "basics"  the question (for an area action: the area's lowest level) is at level 0–1.
 *             MSB's follow-up found most organisations lack the basics, so those come first.
 * 2 "law"     the cybersäkerhetslagen requires what the action builds.
 * 3 "gap"     everything else that closes the gap to the målnivå.
 */
export const BASICS_MAX_LEVEL = 1;

export function priorityFor(
  level: number,
  lawRequired: boolean,
): { priority: Priority; priorityReason: PriorityReason } {
  if (level <= BASICS_MAX_LEVEL) return { priority: 1, priorityReason: 'basics' };
  if (lawRequired) return { priority: 2, priorityReason: 'law' };
  return { priority: 3, priorityReason: 'gap' };
}

export const EFFORT_RANK: Record<Effort, number> = { liten: 0, medel: 1, stor: 2 };

/**
 * A generated item before it has its place in the plan, with what the sort needs but the item
 * does not keep: the gap behind it and its position in the questionnaire.
 */
export type PlanCandidate = {
  item: Omit<PlanItem, 'order'>;
  /** Målnivå minus the level of the question (area actions: the area's lowest level). */
  gap: number;
  /** Position in the questionnaire: areas, their questions and actions, then the area actions. */
  sequence: number;
};

/**
 * Plan order: priority, then larger gap first, then quicker wins (liten < medel < stor), then
 * lower steps first (a step builds on the one below), then the questionnaire's own order.
 */
export function compareCandidates(a: PlanCandidate, b: PlanCandidate): number {
  return (
    a.item.priority - b.item.priority ||
    b.gap - a.gap ||
    EFFORT_RANK[a.item.effort] - EFFORT_RANK[b.item.effort] ||
    (a.item.toLevel ?? 0) - (b.item.toLevel ?? 0) ||
    a.sequence - b.sequence
  );
}

/** Sorts the candidates by the plan order and numbers them 0..n-1. */
export function rankCandidates(candidates: readonly PlanCandidate[]): PlanItem[] {
  return [...candidates].sort(compareCandidates).map((c, order) => ({ ...c.item, order }));
}

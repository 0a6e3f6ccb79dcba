import type { Effort } from '../questionnaire/schema';
import type { PlanItem, Priority, PriorityReason } from './types';

/**
 * Priority rules (docs/action-plan.md):
 * 1 "basics"  the first step of a question at level 0–1 (MSB's follow-up found most
 *             organisations lack the basics, so those come first), at most one per area and
 *             at most PRIORITY_ONE_MAX in all (capPriorityOne).
 * 2 "basics"  the next list: of the other steps of such questions, and of the steps the
 *   "law"     cybersäkerhetslagen requires, those that wait for nothing outside priority 1, at
 *             most two per area and PRIORITY_TWO_MAX in all (capPriorityTwo).
 * 3 "gap"     everything else that closes the gap to the målnivå, and what the caps left out
 *             (it keeps its reason, so "priority 3 · krav i cybersäkerhetslagen" can be read).
 */
export const BASICS_MAX_LEVEL = 1;

/**
 * Priority 1 is the short list ledningen follows month by month: one start in each area, so
 * that no area waits for another, and never more than a ledningsgrupp can keep in view.
 */
export const PRIORITY_ONE_MAX = 15;

/**
 * Priority 2 is what comes next, the list the samordnare works from after priority 1: two more
 * starts in each area, thirty in all. With priority 1 that is about what a kommun of middling
 * size begins within the plan's first year at the default capacities (docs/action-plan.md).
 */
export const PRIORITY_TWO_MAX = 30;
export const PRIORITY_TWO_PER_AREA = 2;

export function priorityFor(
  level: number,
  lawRequired: boolean,
  firstStep = true,
): { priority: Priority; priorityReason: PriorityReason } {
  if (level <= BASICS_MAX_LEVEL) return { priority: firstStep ? 1 : 2, priorityReason: 'basics' };
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

/** Most pressing first: required by law before not, then the larger gap, the smaller effort, the questionnaire's order. */
function pressing(a: PlanCandidate, b: PlanCandidate): number {
  return (
    Number(b.item.lawRequired) - Number(a.item.lawRequired) ||
    b.gap - a.gap ||
    EFFORT_RANK[a.item.effort] - EFFORT_RANK[b.item.effort] ||
    a.sequence - b.sequence
  );
}

/**
 * Keeps `tier` for the most pressing candidates of that tier that `eligible` allows, at most
 * `perArea` in each area and `max` in all; the others move to `tier + 1` and keep their reason.
 *
 * The candidates are the generator's own working copies, made for one plan: the caps change a
 * moved item's priority in place and `rankCandidates` numbers the items in place. Copying every
 * item at each of the three steps was a third of a 2,000-item plan's generation.
 */
function capTier(
  candidates: PlanCandidate[],
  tier: 1 | 2,
  max: number,
  perArea: number,
  eligible: (c: PlanCandidate) => boolean,
): PlanCandidate[] {
  const kept = new Set<PlanCandidate>();
  const inArea = new Map<string | null, number>();
  for (const c of candidates.filter((c) => c.item.priority === tier && eligible(c)).sort(pressing)) {
    const n = inArea.get(c.item.areaId) ?? 0;
    if (kept.size >= max || n >= perArea) continue;
    kept.add(c);
    inArea.set(c.item.areaId, n + 1);
  }
  const next = (tier + 1) as Priority;
  for (const c of candidates) if (c.item.priority === tier && !kept.has(c)) c.item.priority = next;
  return candidates;
}

/**
 * Keeps priority 1 for the most pressing first step of each area, at most PRIORITY_ONE_MAX of
 * them; the other priority-1 candidates become priority 2 and keep their reason.
 */
export function capPriorityOne(candidates: PlanCandidate[]): PlanCandidate[] {
  return capTier(candidates, 1, PRIORITY_ONE_MAX, 1, () => true);
}

/**
 * Keeps priority 2 for the most pressing candidates that wait for nothing but priority-1 items,
 * at most PRIORITY_TWO_PER_AREA per area and PRIORITY_TWO_MAX in all; the rest become priority 3.
 * Call after capPriorityOne.
 */
export function capPriorityTwo(candidates: PlanCandidate[]): PlanCandidate[] {
  const first = new Set(candidates.filter((c) => c.item.priority === 1).map((c) => c.item.id));
  return capTier(candidates, 2, PRIORITY_TWO_MAX, PRIORITY_TWO_PER_AREA, (c) =>
    c.item.dependsOn.every((d) => first.has(d)),
  );
}

/**
 * Sorts the candidates by the plan order and numbers them 0..n-1. An item never comes before an
 * item it waits for: it moves down to just after the last of them (a step after the step below).
 */
export function rankCandidates(candidates: PlanCandidate[]): PlanItem[] {
  const sorted = [...candidates].sort(compareCandidates).map((c) => c.item);
  const present = new Set(sorted.map((i) => i.id));
  const emitted = new Set<string>();
  const waiting = new Map<string, Omit<PlanItem, 'order'>[]>();
  const out: Omit<PlanItem, 'order'>[] = [];
  const emit = (item: Omit<PlanItem, 'order'>) => {
    const missing = item.dependsOn.find((d) => present.has(d) && !emitted.has(d));
    if (missing !== undefined) {
      waiting.set(missing, [...(waiting.get(missing) ?? []), item]);
      return;
    }
    out.push(item);
    emitted.add(item.id);
    const released = waiting.get(item.id) ?? [];
    waiting.delete(item.id);
    for (const next of released) emit(next);
  };
  for (const item of sorted) emit(item);
  // In place, like the caps (see capTier): the items are this plan's own.
  return out.map((item, order) => Object.assign(item, { order }));
}

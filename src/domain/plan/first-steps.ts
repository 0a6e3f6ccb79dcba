import type { PlanItem } from './types';

/** How many first steps the ledningssammanfattning lists. */
export const FIRST_STEPS = 5;

/**
 * The summary's first steps: the first open items of the stored plan (not dismissed, not done), or,
 * before the plan has been opened and stored, the first of the plan the answers would give.
 */
export function firstSteps(stored: readonly PlanItem[] | undefined, generate: () => PlanItem[]): PlanItem[] {
  const source = stored && stored.length > 0 ? stored : generate();
  return source.filter((i) => !i.dismissedReason && i.status !== 'klar').slice(0, FIRST_STEPS);
}

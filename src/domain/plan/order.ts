import type { PlanItem } from './types';

/** Plan order: `order`, then id so that equal numbers (from a merge, say) still sort the same way everywhere. */
export function byOrder(a: Pick<PlanItem, 'order' | 'id'>, b: Pick<PlanItem, 'order' | 'id'>): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export const sortByOrder = <T extends Pick<PlanItem, 'order' | 'id'>>(items: readonly T[]): T[] =>
  [...items].sort(byOrder);

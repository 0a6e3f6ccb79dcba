import type { Assessment } from '../assessment/types';
import { addMonths } from './dates';
import { parseQuarterKey, quarterKeyOf, type QuarterKey } from './calendar';
import { PLAN_STATUSES, type PlanItem, type PlanStatus, type Priority } from './types';

/**
 * MSB's handlingsplan usually covers one year; needed work that does not fit is still written
 * down, with a date after the period ("senare").
 */
export const PERIOD_MONTHS = 12;

/** Both days belong to the period: an item due on `end` is within the year. */
export type PlanPeriod = { start: string; end: string };

export function planPeriod(assessment: Pick<Assessment, 'date'>): PlanPeriod {
  return { start: assessment.date, end: addMonths(assessment.date, PERIOD_MONTHS) };
}

export type Horizon = 'within3' | 'within12' | 'later';

/** When the item is due, seen from the start of the period. A due date before the start counts as within 3 months. */
export function horizonOf(item: Pick<PlanItem, 'due'>, period: PlanPeriod): Horizon {
  if (item.due === null) return 'later';
  if (item.due <= addMonths(period.start, 3)) return 'within3';
  return item.due <= period.end ? 'within12' : 'later';
}

/** The calendar quarter an item is due in ("Kv 1 2027"); items without a due date have "none". */
export function quarterOf(item: Pick<PlanItem, 'due'>): QuarterKey {
  return quarterKeyOf(item.due);
}

/** The quarters the items are due in, in calendar order, "none" (no due date) last. */
export function quarterKeysOf(items: readonly Pick<PlanItem, 'due'>[]): QuarterKey[] {
  const keys = [...new Set(items.map(quarterOf))];
  return keys.sort((a, b) =>
    a === 'none' ? 1 : b === 'none' ? -1 : quarterSortValue(a) - quarterSortValue(b),
  );
}

function quarterSortValue(key: QuarterKey): number {
  const q = parseQuarterKey(key);
  return q ? q.year * 4 + q.quarter : Number.MAX_SAFE_INTEGER;
}

/** `today` is YYYY-MM-DD. Done and dismissed items are never overdue. */
export function isOverdue(
  item: Pick<PlanItem, 'due' | 'status' | 'dismissedReason'>,
  today: string,
): boolean {
  return (
    item.due !== null &&
    item.due < today.slice(0, 10) &&
    item.status !== 'klar' &&
    item.dismissedReason === null
  );
}

export type PlanCounts = {
  /** Items in the plan, that is, not dismissed. */
  total: number;
  byPriority: Record<Priority, number>;
  byStatus: Record<PlanStatus, number>;
  dismissed: number;
};

export function countsBy(
  items: readonly Pick<PlanItem, 'priority' | 'status' | 'dismissedReason'>[],
): PlanCounts {
  const counts: PlanCounts = {
    total: 0,
    byPriority: { 1: 0, 2: 0, 3: 0 },
    byStatus: Object.fromEntries(PLAN_STATUSES.map((s) => [s, 0])) as Record<PlanStatus, number>,
    dismissed: 0,
  };
  for (const item of items) {
    if (item.dismissedReason !== null) {
      counts.dismissed += 1;
      continue;
    }
    counts.total += 1;
    counts.byPriority[item.priority] += 1;
    counts.byStatus[item.status] += 1;
  }
  return counts;
}

/**
 * "Första stegen": the open items due first, in date order (plan order among the same date);
 * items without a date come last.
 */
export function firstSteps<T extends Pick<PlanItem, 'due' | 'order' | 'status' | 'dismissedReason'>>(
  items: readonly T[],
  count = 5,
): T[] {
  return items
    .filter((i) => i.dismissedReason === null && i.status !== 'klar')
    .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.order - b.order)
    .slice(0, count);
}

import type { Assessment } from '../assessment/types';
import { addMonths } from './dates';
import { PLAN_STATUSES, type PlanItem, type PlanStatus, type Priority } from './types';

/**
 * MSB's handlingsplan usually covers one year; needed work that does not fit is still written
 * down, with a date after the period ("senare").
 */
export const PERIOD_MONTHS = 12;
/** Suggested months from the assessment date to "klart senast", by priority. */
export const DUE_MONTHS: Record<Priority, number> = { 1: 3, 2: 9, 3: 12 };
/**
 * Each further step on the same question is planned this many months after the one below it:
 * level 2 cannot be in place before level 1 is, and a kommun cannot start every step at once.
 */
export const STEP_MONTHS = 3;
/** Area actions to levels 4–5 build on level 3 everywhere, so they are planned after the period. */
export const LATER_MONTHS = 18;
/** Steps from this level up are beyond the one-year plan. */
export const LATER_FROM_LEVEL = 4;

/** Both days belong to the period: an item due on `end` is within the year. */
export type PlanPeriod = { start: string; end: string };

export function planPeriod(assessment: Pick<Assessment, 'date'>): PlanPeriod {
  return { start: assessment.date, end: addMonths(assessment.date, PERIOD_MONTHS) };
}

/**
 * Start and "klart senast" suggested for a newly generated item. `stepsBelow` is how many steps
 * of the same question come before this one in the plan (0 for the first step): such a step
 * starts when the step below is due and is due `STEP_MONTHS` later.
 */
export function suggestedDates(
  assessmentDate: string,
  priority: Priority,
  toLevel: number | null,
  stepsBelow = 0,
): { start: string; due: string } {
  if (toLevel !== null && toLevel >= LATER_FROM_LEVEL)
    return { start: assessmentDate, due: addMonths(assessmentDate, LATER_MONTHS) };
  const first = DUE_MONTHS[priority];
  const before = Math.max(0, stepsBelow);
  return {
    start: before === 0 ? assessmentDate : addMonths(assessmentDate, first + STEP_MONTHS * (before - 1)),
    due: addMonths(assessmentDate, first + STEP_MONTHS * before),
  };
}

export type Horizon = 'within3' | 'within12' | 'later';

/** When the item is due, seen from the start of the period. A due date before the start counts as within 3 months. */
export function horizonOf(item: Pick<PlanItem, 'due'>, period: PlanPeriod): Horizon {
  if (item.due === null) return 'later';
  if (item.due <= addMonths(period.start, 3)) return 'within3';
  return item.due <= period.end ? 'within12' : 'later';
}

export type Quarter = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'later';

/** Quarter n of the period ends n × 3 months after its start, that day included. */
export function quarterOf(item: Pick<PlanItem, 'due'>, period: PlanPeriod): Quarter {
  if (item.due === null || item.due > period.end) return 'later';
  const quarters = ['Q1', 'Q2', 'Q3'] as const;
  for (const [i, q] of quarters.entries()) {
    if (item.due <= addMonths(period.start, (i + 1) * 3)) return q;
  }
  return 'Q4';
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

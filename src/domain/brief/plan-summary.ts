import type { PlanItem } from '../plan/types';
import type { PlanPeriod } from '../plan/schedule';

/** Cost fields a plan item may carry (kronor and person-days, both optional). */
type Costed = { costKronor?: number | null; costDays?: number | null };

export type PlanTotals = {
  /** Items in the plan: not dismissed. */
  items: number;
  open: number;
  done: number;
  priority1: number;
  /** Sums over the items that have a figure; null when no item has one. */
  costKronor: number | null;
  costDays: number | null;
  /** Items with a figure of either kind, so the reader sees how much of the plan is costed. */
  costed: number;
  /** Open items without a named person responsible. */
  withoutOwnerName: number;
};

const sum = (values: readonly (number | null | undefined)[]) => {
  const present = values.filter((v): v is number => typeof v === 'number');
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
};

export function planTotals(
  all: readonly (Pick<PlanItem, 'status' | 'priority' | 'dismissedReason' | 'ownerName'> & Costed)[],
): PlanTotals {
  const items = all.filter((i) => i.dismissedReason === null);
  const open = items.filter((i) => i.status !== 'klar');
  return {
    items: items.length,
    open: open.length,
    done: items.length - open.length,
    priority1: open.filter((i) => i.priority === 1).length,
    costKronor: sum(items.map((i) => i.costKronor)),
    costDays: sum(items.map((i) => i.costDays)),
    costed: items.filter((i) => typeof i.costKronor === 'number' || typeof i.costDays === 'number').length,
    withoutOwnerName: open.filter((i) => i.ownerName.trim() === '').length,
  };
}

/** The plan's next steps: open items in the order they are due (undated last), then plan order. */
export function firstSteps<T extends Pick<PlanItem, 'due' | 'order' | 'id' | 'status' | 'dismissedReason'>>(
  items: readonly T[],
  limit = 5,
): T[] {
  return items
    .filter((i) => i.dismissedReason === null && i.status !== 'klar')
    .sort((a, b) =>
      (a.due ?? '9999') < (b.due ?? '9999')
        ? -1
        : (a.due ?? '9999') > (b.due ?? '9999')
          ? 1
          : a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, limit);
}

/**
 * The date proposed for the next follow-up: the last day of the calendar quarter after the one
 * `today` is in, so that ledningen sees progress after one full quarter of work.
 */
export function nextFollowUp(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const quarterEndMonth = Math.ceil(month / 3) * 3 + 3; // 1-based, may pass 12
  const y = year + Math.floor((quarterEndMonth - 1) / 12);
  const m = ((quarterEndMonth - 1) % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/**
 * Items due after the plan's period, and the last due date among them. Dates follow the owners'
 * capacity, so a long plan runs past the year it is adopted for; the decision says so in figures.
 */
export function beyondPeriod(
  items: readonly Pick<PlanItem, 'due' | 'dismissedReason'>[],
  period: PlanPeriod,
): { later: number; lastDue: string | null } {
  let later = 0;
  let lastDue: string | null = null;
  for (const i of items) {
    if (i.dismissedReason !== null || i.due === null || i.due <= period.end) continue;
    later++;
    if (lastDue === null || i.due > lastDue) lastDue = i.due;
  }
  return { later, lastDue };
}

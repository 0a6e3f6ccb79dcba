import type { PlanItem, PlanStatus, StatusChange } from '../plan/types';
import { quarterIndexOf, type QuarterIndex } from '../plan/calendar';
import { isIsoDate } from '../plan/dates';

type Tracked = Pick<
  PlanItem,
  'id' | 'status' | 'due' | 'history' | 'dismissedReason' | 'areaId' | 'order' | 'ownerRole'
>;

/**
 * When an item was done: the last time its history says it became "klar". Null when it is not done,
 * or when it is done but the history does not say when (a plan from before the history was kept):
 * the follow-up then counts it as done without a date rather than guessing one.
 */
export function doneAt(item: Pick<PlanItem, 'status' | 'history'>): string | null {
  if (item.status !== 'klar') return null;
  for (let i = item.history.length - 1; i >= 0; i--)
    if (item.history[i]!.status === 'klar') return item.history[i]!.at.slice(0, 10);
  return null;
}

export type QuarterProgress = {
  quarter: QuarterIndex;
  /** Items due in the quarter. */
  planned: number;
  /** Of those, the ones done by now (whenever). */
  plannedDone: number;
  /** Items marked done during the quarter, whatever their due date. */
  done: number;
};

/**
 * Planned against done per calendar quarter, from the first quarter with a due date or a completion
 * to the last one, with no gaps, so that an empty quarter shows as empty rather than disappearing.
 */
export function progressByQuarter(all: readonly Tracked[]): QuarterProgress[] {
  const items = all.filter((i) => i.dismissedReason === null);
  const rows = new Map<QuarterIndex, QuarterProgress>();
  const row = (q: QuarterIndex) => {
    let r = rows.get(q);
    if (!r) rows.set(q, (r = { quarter: q, planned: 0, plannedDone: 0, done: 0 }));
    return r;
  };
  for (const i of items) {
    if (i.due && isIsoDate(i.due)) {
      const r = row(quarterIndexOf(i.due));
      r.planned++;
      if (i.status === 'klar') r.plannedDone++;
    }
    const at = doneAt(i);
    if (at) row(quarterIndexOf(at)).done++;
  }
  if (rows.size === 0) return [];
  const keys = [...rows.keys()];
  const first = Math.min(...keys);
  const last = Math.max(...keys);
  const out: QuarterProgress[] = [];
  for (let q = first; q <= last; q++)
    out.push(rows.get(q) ?? { quarter: q, planned: 0, plannedDone: 0, done: 0 });
  return out;
}

/** Open items whose date has passed, the most overdue first. */
export function overdueItems<T extends Tracked>(items: readonly T[], today: string): T[] {
  return items
    .filter((i) => i.dismissedReason === null && i.status !== 'klar' && i.due !== null && i.due < today)
    .sort((a, b) => (a.due! < b.due! ? -1 : a.due! > b.due! ? 1 : a.order - b.order));
}

export type StatusCounts = Record<PlanStatus, number> & { total: number; doneWithoutDate: number };

export function statusCounts(all: readonly Tracked[]): StatusCounts {
  const counts: StatusCounts = {
    'ej-paborjad': 0,
    pagar: 0,
    klar: 0,
    vilande: 0,
    total: 0,
    doneWithoutDate: 0,
  };
  for (const i of all) {
    if (i.dismissedReason !== null) continue;
    counts[i.status]++;
    counts.total++;
    if (i.status === 'klar' && doneAt(i) === null) counts.doneWithoutDate++;
  }
  return counts;
}

export type Change<T> = { item: T; change: StatusChange; from: PlanStatus };

/**
 * Status changes on or after `since` (YYYY-MM-DD), newest first: what has happened since the last
 * review. `from` is the status before the change (an item starts as "ej påbörjad").
 */
export function changesSince<T extends Tracked>(items: readonly T[], since: string): Change<T>[] {
  const out: Change<T>[] = [];
  for (const item of items) {
    if (item.dismissedReason !== null) continue;
    item.history.forEach((change, n) => {
      if (change.at.slice(0, 10) >= since)
        out.push({ item, change, from: n === 0 ? 'ej-paborjad' : item.history[n - 1]!.status });
    });
  }
  return out.sort((a, b) =>
    a.change.at > b.change.at ? -1 : a.change.at < b.change.at ? 1 : a.item.order - b.item.order,
  );
}

/**
 * The quarters a review looks at: every quarter up to the one after today's, and the rest of the
 * plan summed as one "later" row, so a five-year plan does not fill the page with empty quarters.
 */
export function quarterWindow(
  rows: readonly QuarterProgress[],
  today: string,
  ahead = 1,
): { rows: QuarterProgress[]; later: Omit<QuarterProgress, 'quarter'> | null } {
  const last = quarterIndexOf(today) + ahead;
  const rest = rows.filter((r) => r.quarter > last);
  return {
    rows: rows.filter((r) => r.quarter <= last),
    later:
      rest.length === 0
        ? null
        : rest.reduce(
            (s, r) => ({
              planned: s.planned + r.planned,
              plannedDone: s.plannedDone + r.plannedDone,
              done: s.done + r.done,
            }),
            {
              planned: 0,
              plannedDone: 0,
              done: 0,
            },
          ),
  };
}

export type OverdueByOwner = { ownerRole: string; count: number; oldest: string };

/** The overdue items per owner role, the most first: what ledningen can act on, without a list of every item. */
export function overdueByOwner(overdue: readonly Pick<PlanItem, 'ownerRole' | 'due'>[]): OverdueByOwner[] {
  const by = new Map<string, OverdueByOwner>();
  for (const i of overdue) {
    const row = by.get(i.ownerRole) ?? { ownerRole: i.ownerRole, count: 0, oldest: i.due! };
    row.count++;
    if (i.due! < row.oldest) row.oldest = i.due!;
    by.set(i.ownerRole, row);
  }
  return [...by.values()].sort((a, b) => b.count - a.count || (a.oldest < b.oldest ? -1 : 1));
}

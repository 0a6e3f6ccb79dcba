import { quarterIndexOf, type QuarterIndex } from './calendar';
import { capacityOf, EFFORT_POINTS } from './capacity';
import type { PlanSettings } from './settings';
import type { PlanItem } from './types';

export type LoadCell = { quarter: QuarterIndex; points: number; capacity: number };
export type OwnerLoadRow = { role: string; cells: LoadCell[]; total: number };
export type OwnerLoad = { quarters: QuarterIndex[]; rows: OwnerLoadRow[] };

/** Work still to be done: an item that is done or put on hold takes no one's time. */
const OPEN = new Set<PlanItem['status']>(['ej-paborjad', 'pagar']);

/**
 * Each owner's load per calendar quarter, in effort points (capacity.ts), beside the capacity,
 * from the current quarter on. Open items with a due date count in the quarter they are due;
 * an overdue one counts now, since its work is still to do. The plan's first quarter has only
 * the months left of it from the assessment date, as when the plan was dated (place.ts).
 * Rows: the most loaded owner first.
 */
export function ownerLoad(
  items: readonly PlanItem[],
  settings: Pick<PlanSettings, 'capacity'>,
  planStart: string,
  today: string,
): OwnerLoad {
  const planFirst = quarterIndexOf(planStart);
  const first = Math.max(planFirst, quarterIndexOf(today));
  const points = new Map<string, Map<QuarterIndex, number>>();
  let last = first;
  for (const i of items) {
    if (i.dismissedReason !== null || i.due === null || !OPEN.has(i.status)) continue;
    const q = Math.max(first, quarterIndexOf(i.due));
    last = Math.max(last, q);
    const byQuarter = points.get(i.ownerRole) ?? new Map<QuarterIndex, number>();
    byQuarter.set(q, (byQuarter.get(q) ?? 0) + EFFORT_POINTS[i.effort]);
    points.set(i.ownerRole, byQuarter);
  }
  const quarters = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const monthsLeft = 3 - ((Number(planStart.slice(5, 7)) - 1) % 3);
  const rows = [...points].map(([role, byQuarter]) => {
    const full = capacityOf(role, settings);
    const cells = quarters.map((quarter) => ({
      quarter,
      points: byQuarter.get(quarter) ?? 0,
      capacity: quarter === planFirst ? (full * monthsLeft) / 3 : full,
    }));
    return { role, cells, total: cells.reduce((sum, c) => sum + c.points, 0) };
  });
  rows.sort((a, b) => b.total - a.total || a.role.localeCompare(b.role));
  return { quarters, rows };
}

export const isOver = (cell: LoadCell): boolean => cell.points > cell.capacity;

/** Every owner and quarter above capacity, in quarter order. */
export function overloaded(load: OwnerLoad): { role: string; cell: LoadCell }[] {
  return load.rows
    .flatMap((row) => row.cells.filter(isOver).map((cell) => ({ role: row.role, cell })))
    .sort((a, b) => a.cell.quarter - b.cell.quarter);
}

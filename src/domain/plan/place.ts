import type { Effort } from '../questionnaire/schema';
import { monthEnd, quarterIndexOf, quarterMonths, quarterStart, type QuarterIndex } from './calendar';
import { EFFORT_POINTS } from './capacity';

/** What the scheduler needs to know of an item, in plan order (most important first). */
export type ToPlace = {
  id: string;
  ownerRole: string;
  effort: Effort;
  /** Items that must be in an earlier quarter. */
  dependsOn: readonly string[];
  /** Items that must be in an earlier quarter, without being shown as a dependency (see generate.ts). */
  after?: readonly string[];
};

export type Placed = { start: string; due: string };

export type PlaceOptions = {
  /** The assessment's date: nothing starts before it. */
  from: string;
  capacity: (role: string) => number;
  /**
   * Items the user dated themselves (edited or hand-made): they keep their own dates, but take
   * their owner's points in the quarter they are due, count towards that quarter's share of the
   * plan, and an item that waits for one comes after it.
   */
  fixed?: readonly (Pick<ToPlace, 'id' | 'ownerRole' | 'effort'> & { due: string })[];
};

/**
 * A month may hold at most a fifth of the plan (at least one item): a plan whose deadlines pile
 * up in one month is not carried out, whatever the capacities say.
 */
export const MONTH_SHARE = 1 / 5;

/** Far beyond any plan; it only stops a role with no capacity at all from looping forever. */
const MAX_QUARTERS = 400;

/**
 * Places items in plan order into the earliest quarter where their owner has room, after every
 * item they wait for, and spreads each quarter's items over its months. An item larger than its
 * owner's whole capacity gets a quarter of its own. Pure and linear in items × quarters tried.
 */
export function placeItems(items: readonly ToPlace[], options: PlaceOptions): Map<string, Placed> {
  const first = quarterIndexOf(options.from);
  const firstMonth = Number(options.from.slice(5, 7));
  const monthsOf = (q: QuarterIndex) =>
    quarterMonths(q).filter(([, month]) => q !== first || month >= firstMonth);
  // Asked for every quarter an item tries: arithmetic, not a list of months.
  const monthsLeftInFirst = 3 - ((firstMonth - 1) % 3);
  const monthCount = (q: QuarterIndex) => (q === first ? monthsLeftInFirst : 3);
  const fixed = options.fixed ?? [];
  const perMonth = Math.max(1, Math.floor((items.length + fixed.length) * MONTH_SHARE));

  // Points taken per role and items per quarter, in arrays indexed from the first quarter: the
  // search below asks for them on every quarter it tries, and an array is far quicker than a Map.
  const load = new Map<string, number[]>();
  const count: number[] = [];
  const quarterOfItem = new Map<string, QuarterIndex>();
  const byQuarter = new Map<QuarterIndex, string[]>();

  const loadOf = (role: string) => {
    let roleLoad = load.get(role);
    if (!roleLoad) load.set(role, (roleLoad = []));
    return roleLoad;
  };
  const usedIn = (roleLoad: readonly number[], q: QuarterIndex) => roleLoad[q - first] ?? 0;
  const take = (roleLoad: number[], q: QuarterIndex, points: number) => {
    roleLoad[q - first] = usedIn(roleLoad, q) + points;
    count[q - first] = (count[q - first] ?? 0) + 1;
  };
  for (const f of fixed) {
    // A date before the plan starts is work still to do now: it takes room in the first quarter.
    const q = Math.max(first, quarterIndexOf(f.due));
    take(loadOf(f.ownerRole), q, EFFORT_POINTS[f.effort]);
    quarterOfItem.set(f.id, q);
  }
  // The first quarter may be partly gone: its capacity shrinks with the months left of it.
  const room = (cap: number, used: number, q: QuarterIndex) => (cap * monthCount(q)) / 3 - used;
  const full = (q: QuarterIndex) => (count[q - first] ?? 0) >= perMonth * monthCount(q);

  // Loads only grow, so a quarter that has no room left stays so: each role's search, and the
  // search for a quarter below its share of the plan, start where the last one stopped. A
  // quarter is skipped only where no item could go (not even "alone": the owner has work in it),
  // so the result is the same as trying every quarter from the first; the time is not quadratic.
  const openFrom = new Map<string, QuarterIndex>();
  const firstOpen = (role: string, roleLoad: number[], cap: number) => {
    let q = openFrom.get(role) ?? first;
    while (usedIn(roleLoad, q) > 0 && room(cap, usedIn(roleLoad, q), q) < 1) q++;
    openFrom.set(role, q);
    return q;
  };
  let unfilled = first;

  for (const item of items) {
    const points = EFFORT_POINTS[item.effort];
    const roleLoad = loadOf(item.ownerRole);
    const cap = options.capacity(item.ownerRole);
    while (full(unfilled)) unfilled++;
    let q = Math.max(firstOpen(item.ownerRole, roleLoad, cap), unfilled);
    for (const before of item.dependsOn) {
      const placed = quarterOfItem.get(before);
      if (placed !== undefined) q = Math.max(q, placed + 1);
    }
    for (const before of item.after ?? []) {
      const placed = quarterOfItem.get(before);
      if (placed !== undefined) q = Math.max(q, placed + 1);
    }
    for (let tries = 0; tries < MAX_QUARTERS; tries++, q++) {
      const used = usedIn(roleLoad, q);
      const fits = room(cap, used, q) >= points;
      const alone = points > cap && used === 0;
      if (!full(q) && (fits || alone)) break;
    }
    quarterOfItem.set(item.id, q);
    take(roleLoad, q, points);
    const ids = byQuarter.get(q);
    if (ids) ids.push(item.id);
    else byQuarter.set(q, [item.id]);
  }

  // Within a quarter, the most important items are due first; each month gets an equal share.
  const result = new Map<string, Placed>();
  for (const [q, ids] of byQuarter) {
    const months = monthsOf(q);
    const start = q === first ? options.from : quarterStart(q);
    ids.forEach((id, i) => {
      const [year, month] = months[Math.floor((i * months.length) / ids.length)] as [number, number];
      result.set(id, { start, due: monthEnd(year, month) });
    });
  }
  return result;
}

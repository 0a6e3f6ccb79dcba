import { groupBy } from '../group-by';
import { byOrder } from './order';
import { quarterOf, type PlanPeriod } from './schedule';
import type { QuarterKey } from './calendar';
import { PLAN_STATUSES, type PlanItem } from './types';

/**
 * The rules of the plan's table view: how rows sort, how they group, and what a group is called.
 * Names (titles, roles, areas) depend on the UI language, so callers pass them in; the rules only
 * decide the order.
 */

export const SORT_KEYS = ['priority', 'title', 'owner', 'due', 'status', 'area'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
/** null: plan order (priority, gap, effort, the user's moves), as the plan was made. */
export type Sort = { key: SortKey; direction: SortDirection } | null;

/** The texts a row shows, in the UI language; sorting and grouping by name read them. */
export type RowNames = { title: string; owner: string; area: string | null };

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });
const statusRank = new Map(PLAN_STATUSES.map((s, i) => [s, i]));

/**
 * The next sort when the user picks a column: ascending first, then descending, then back to
 * plan order, so that the order the plan was made in is always one click away.
 */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current?.key !== key) return { key, direction: 'ascending' };
  return current.direction === 'ascending' ? { key, direction: 'descending' } : null;
}

/**
 * Rows in the chosen order; ties keep plan order. Items without a due date (or area) come last
 * whichever way the column is sorted: a missing value is not "earliest" or "latest".
 * Each item's key is computed once (n names, n log n comparisons of strings or numbers).
 */
export function sortItems<T extends PlanItem>(
  items: readonly T[],
  sort: Sort,
  names: (item: T) => RowNames,
): T[] {
  if (sort === null) return [...items].sort(byOrder);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = items.map((item) => ({ item, key: sortKey(item, sort.key, names) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key !== b.key) return a.key === null ? 1 : -1;
      return byOrder(a.item, b.item);
    }
    const c =
      typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key
        : collator.compare(String(a.key), String(b.key));
    return c * sign || byOrder(a.item, b.item);
  });
  return keyed.map((k) => k.item);
}

function sortKey<T extends PlanItem>(
  item: T,
  key: SortKey,
  names: (item: T) => RowNames,
): string | number | null {
  switch (key) {
    case 'priority':
      return item.priority;
    case 'due':
      return item.due;
    case 'status':
      return statusRank.get(item.status) ?? PLAN_STATUSES.length;
    case 'title':
      return names(item).title;
    case 'owner':
      return names(item).owner;
    case 'area':
      return names(item).area;
  }
}

export const GROUPINGS = ['none', 'quarter', 'owner', 'area', 'status'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** One section of the table. `key` is stable across renders (it names the section's collapse state). */
export type PlanGroup<T> = { key: string; items: T[] };

export type GroupContext<T> = {
  period: PlanPeriod;
  /** Area ids in questionnaire order; items added by hand (no area) come after every area. */
  areaOrder: readonly string[];
  names: (item: T) => RowNames;
};

/** The calendar quarter an item is grouped under. The one place the table asks which quarter a date is in. */
export function quarterGroup(item: Pick<PlanItem, 'due'>): QuarterKey {
  return quarterOf(item);
}

/** Owner groups are the role together with the named person: the one who does the work. */
export function ownerKey(item: Pick<PlanItem, 'ownerRole' | 'ownerName'>): string {
  return item.ownerName ? `${item.ownerRole}\u0000${item.ownerName}` : item.ownerRole;
}

export const MANUAL_AREA = '';

/**
 * Items split into sections, each keeping the order it was given. Sections come in a fixed order:
 * quarters by time (earliest first, "after the period" last), statuses as the plan lists them,
 * areas as the questionnaire has them, owners by name. Empty sections are left out. One pass.
 */
export function groupItems<T extends PlanItem>(
  items: readonly T[],
  grouping: Grouping,
  ctx: GroupContext<T>,
): PlanGroup<T>[] {
  if (grouping === 'none') return [{ key: 'all', items: [...items] }];
  const keyOf = (item: T): string => {
    switch (grouping) {
      case 'quarter':
        return quarterGroup(item);
      case 'owner':
        return ownerKey(item);
      case 'area':
        return item.areaId ?? MANUAL_AREA;
      case 'status':
        return item.status;
    }
  };
  const groups = groupBy(items, keyOf);
  const rank = groupRank(grouping, ctx);
  return [...groups.entries()]
    .map(([key, list]) => ({ key, items: list, rank: rank(key, list) }))
    .sort((a, b) =>
      typeof a.rank === 'number' && typeof b.rank === 'number'
        ? a.rank - b.rank
        : collator.compare(String(a.rank), String(b.rank)) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    )
    .map(({ key, items }) => ({ key, items }));
}

function groupRank<T extends PlanItem>(
  grouping: Exclude<Grouping, 'none'>,
  ctx: GroupContext<T>,
): (key: string, items: readonly T[]) => number | string {
  switch (grouping) {
    case 'status':
      return (key) => statusRank.get(key as PlanItem['status']) ?? PLAN_STATUSES.length;
    case 'area': {
      const index = new Map(ctx.areaOrder.map((id, i) => [id, i]));
      return (key) => index.get(key) ?? ctx.areaOrder.length + (key === MANUAL_AREA ? 1 : 0);
    }
    case 'owner':
      return (_key, items) => ctx.names(items[0]!).owner;
    case 'quarter':
      // By the earliest due date in each section: right for quarters of the period and for calendar
      // quarters alike, since quarters are consecutive stretches of time. No date at all: last.
      return (_key, items) => {
        let earliest: string | null = null;
        for (const item of items)
          if (item.due !== null && (earliest === null || item.due < earliest)) earliest = item.due;
        return earliest === null ? Number.MAX_SAFE_INTEGER : Number(earliest.replaceAll('-', ''));
      };
  }
}

/** The items the table lists: with "hide done" on, those not done. */
export const withoutDone = <T extends Pick<PlanItem, 'status'>>(
  items: readonly T[],
  hide: boolean,
): readonly T[] => (hide ? items.filter((i) => i.status !== 'klar') : items);

/** Items done, among those given: the number the "hide done" switch shows. */
export const doneCount = (items: readonly Pick<PlanItem, 'status'>[]) =>
  items.reduce((n, i) => n + (i.status === 'klar' ? 1 : 0), 0);

export const PLAN_VIEWS = ['table', 'cards'] as const;
export type PlanView = (typeof PLAN_VIEWS)[number];
/** A plan with more actions than this opens as a table: past it, cards make a page too long to work from. */
export const CARDS_UP_TO = 20;

/** The view the user chose last (a stored setting, checked here), else the one that suits the plan's length. */
export function planView(chosen: unknown, itemCount: number): PlanView {
  if (PLAN_VIEWS.includes(chosen as PlanView)) return chosen as PlanView;
  return itemCount > CARDS_UP_TO ? 'table' : 'cards';
}

export type TableSection<T> = { group: PlanGroup<T>; id: string; folded: boolean; rows: T[] };

/**
 * The sections the table draws and the rows in each. A folded section draws its heading and no
 * rows. With a row budget (the table's first pass, so that a long plan opens at once) it draws
 * rows until the budget is spent and stops there: a plan of 2,000 items over eighty quarters
 * would otherwise draw eighty section headings round its first twenty rows. The deferred pass
 * draws everything.
 */
export function tableSections<T>(
  groups: readonly PlanGroup<T>[],
  opts: { budget: number; idOf: (group: PlanGroup<T>) => string; isFolded: (id: string) => boolean },
): TableSection<T>[] {
  const sections: TableSection<T>[] = [];
  let budget = opts.budget;
  for (const group of groups) {
    if (budget <= 0 && sections.length > 0) break;
    const id = opts.idOf(group);
    const folded = opts.isFolded(id);
    const rows = folded ? [] : group.items.slice(0, Math.max(0, budget));
    budget -= rows.length;
    sections.push({ group, id, folded, rows });
  }
  return sections;
}

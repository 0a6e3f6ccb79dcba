import type { PlanItem } from '../../domain/plan/types';
import type { ItemTexts } from '../../domain/plan/texts';
import type { PlanFilters } from './filter-store';

/**
 * Which items the filters let through; search looks in title, description, deliverable and names,
 * both as stored and as shown (`shown`: the texts in the UI language).
 */
export function filterItems(
  items: readonly PlanItem[],
  f: PlanFilters,
  shown?: (item: PlanItem) => ItemTexts,
): PlanItem[] {
  const needle = f.search.trim().toLocaleLowerCase('sv');
  return items.filter(
    (i) =>
      (f.showDismissed || i.dismissedReason === null) &&
      (f.status === 'all' || i.status === f.status) &&
      (f.priority === 'all' || i.priority === f.priority) &&
      (f.area === 'all' || i.areaId === f.area) &&
      (needle === '' ||
        [i.title, i.description, i.deliverable, i.ownerName, i.note, ...texts(i, shown)].some((s) =>
          s.toLocaleLowerCase('sv').includes(needle),
        )),
  );
}

function texts(item: PlanItem, shown: ((item: PlanItem) => ItemTexts) | undefined): string[] {
  if (!shown) return [];
  const t = shown(item);
  return [t.title, t.description, t.deliverable];
}

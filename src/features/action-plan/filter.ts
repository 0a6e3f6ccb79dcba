import type { PlanItem } from '../../domain/plan/types';
import type { PlanFilters } from './filter-store';

/** Which items the filters let through; search looks in title, description, deliverable and names. */
export function filterItems(items: readonly PlanItem[], f: PlanFilters): PlanItem[] {
  const needle = f.search.trim().toLocaleLowerCase('sv');
  return items.filter(
    (i) =>
      (f.showDismissed || i.dismissedReason === null) &&
      (f.status === 'all' || i.status === f.status) &&
      (f.priority === 'all' || i.priority === f.priority) &&
      (f.area === 'all' || i.areaId === f.area) &&
      (needle === '' ||
        [i.title, i.description, i.deliverable, i.ownerName, i.note].some((s) =>
          s.toLocaleLowerCase('sv').includes(needle),
        )),
  );
}

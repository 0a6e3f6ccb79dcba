import { create } from 'zustand';
import type { PlanStatus, Priority } from '../../domain/plan/types';
import type { Grouping, Sort } from '../../domain/plan/table';

export type PlanFilters = {
  grouping: 'horizon' | 'quarter';
  status: PlanStatus | 'all';
  priority: Priority | 'all';
  area: string;
  search: string;
  showDismissed: boolean;
  /** The table view's own grouping, sort and "hide done": the cards keep theirs. */
  tableGrouping: Grouping;
  sort: Sort;
  hideDone: boolean;
};

type Store = PlanFilters & { set: (patch: Partial<PlanFilters>) => void };

/** UI state only: how the plan is filtered and grouped, kept while the user moves between pages. */
export const usePlanFilters = create<Store>((set) => ({
  grouping: 'horizon',
  status: 'all',
  priority: 'all',
  area: 'all',
  search: '',
  showDismissed: false,
  tableGrouping: 'quarter',
  sort: null,
  hideDone: false,
  set: (patch) => set(patch),
}));

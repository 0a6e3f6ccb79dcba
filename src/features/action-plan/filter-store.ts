import { create } from 'zustand';
import type { PlanStatus, Priority } from '../../domain/plan/types';

export type PlanFilters = {
  grouping: 'horizon' | 'quarter';
  status: PlanStatus | 'all';
  priority: Priority | 'all';
  area: string;
  search: string;
  showDismissed: boolean;
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
  set: (patch) => set(patch),
}));

import type { DutyRow } from './duties';
import { countStatuses, type StatusCounts } from './duties';
import type { SoaRow } from './soa';

/** The short form for the report and the ledningssammanfattning. */
export function legalSummary(rows: readonly DutyRow[]): { total: number; counts: StatusCounts } {
  return { total: rows.length, counts: countStatuses(rows) };
}

export function soaSummary(rows: readonly SoaRow[]): {
  total: number;
  applicable: number;
  decided: number;
  counts: StatusCounts;
} {
  const applicable = rows.filter((r) => r.entry.applicable);
  return {
    total: rows.length,
    applicable: applicable.length,
    decided: rows.filter((r) => !r.isDefault).length,
    counts: countStatuses(applicable),
  };
}

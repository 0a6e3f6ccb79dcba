import type { Completeness } from '../assessment/answer-counts';
import type { PlanPeriod } from '../plan/schedule';
import type { PlanTotals } from './plan-summary';

/**
 * What ledningen is asked to decide, as rules and facts; the words are in the catalogues
 * (`brief.decision.<kind>`).
 * - `complete`: the assessment is incomplete, so finishing it comes before anything it would decide.
 * - `adopt`: adopt the action plan for its period (with its cost totals where items carry them); `later`
 *   items are due after the period, the last on `lastDue`.
 * - `resources`: set aside time and money for the priority 1 items still to do (done ones are not counted).
 * - `owners`: name a person for the open items that have only a role.
 * - `follow-up`: the date of the next follow-up (see `nextFollowUp`).
 */
export type Decision =
  | { kind: 'complete'; remaining: number }
  | {
      kind: 'adopt';
      items: number;
      period: PlanPeriod;
      later: number;
      lastDue: string | null;
      costKronor: number | null;
      costDays: number | null;
      costed: number;
    }
  | { kind: 'resources'; priority1: number }
  | { kind: 'owners'; missing: number }
  | { kind: 'follow-up'; date: string };

export function decisionsFor(
  coverage: Completeness,
  totals: PlanTotals,
  period: PlanPeriod,
  followUp: string,
  beyond: { later: number; lastDue: string | null } = { later: 0, lastDue: null },
): Decision[] {
  const out: Decision[] = [];
  if (coverage.incomplete) out.push({ kind: 'complete', remaining: coverage.applicable - coverage.basis });
  if (totals.items > 0)
    out.push({
      kind: 'adopt',
      items: totals.items,
      period,
      later: beyond.later,
      lastDue: beyond.lastDue,
      costKronor: totals.costKronor,
      costDays: totals.costDays,
      costed: totals.costed,
    });
  if (totals.priority1 > 0) out.push({ kind: 'resources', priority1: totals.priority1 });
  if (totals.withoutOwnerName > 0) out.push({ kind: 'owners', missing: totals.withoutOwnerName });
  out.push({ kind: 'follow-up', date: followUp });
  return out;
}

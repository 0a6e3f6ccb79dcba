import type { Effort } from '../questionnaire/schema';
import type { PlanSettings } from './settings';

/**
 * How much of a role's quarter an action takes, in points (docs/action-plan.md, "Kapacitet"):
 * liten ≈ up to a week of work, medel ≈ two to four weeks spread over the quarter, stor ≈ a
 * project that fills most of one person's quarter beside the daily work.
 */
export const EFFORT_POINTS: Record<Effort, number> = { liten: 1, medel: 2, stor: 4 };

/**
 * Points per quarter a role can give the plan in a kommun of middling size, beside its daily
 * work. The samordnare and IT work on the plan every week; the bodies that decide meet a few
 * times a quarter; roles held by many people (systemägare, förvaltare) can carry more in total.
 * Every default is at least one "stor" action, so an action always fits in an empty quarter.
 * A point is about a person-week: the samordnare's 12 is one person's whole quarter on the plan.
 * The IT-chef owns the IT unit's work, which the unit's technicians carry out: 16 is about one
 * and a third person's quarter, spread over a unit of ten to twenty people beside operations.
 */
export const DEFAULT_CAPACITY: Readonly<Record<string, number>> = {
  informationssakerhetssamordnare: 12,
  'it-chef': 16,
  sakerhetschef: 6,
  systemforvaltare: 8,
  systemagare: 8,
  informationsagare: 6,
  forvaltningschef: 6,
  kommundirektor: 4,
  ledningsgrupp: 4,
  kommunstyrelsen: 4,
  kommunfullmaktige: 4,
};

/** A role the defaults do not name, such as one the kommun added. */
export const OTHER_ROLE_CAPACITY = 4;

export function capacityOf(role: string, settings: Pick<PlanSettings, 'capacity'>): number {
  return settings.capacity[role] ?? DEFAULT_CAPACITY[role] ?? OTHER_ROLE_CAPACITY;
}

/**
 * A plan at the default capacities ends within the period of the kommun's ekonomiska plan, three
 * years with the budget year first (kommunallagen 11 kap. 8 §), so every action can be put into
 * the budget. capacity-plan.test.ts checks it over the real bank answered at every level 0–2.
 */
export const PLAN_SPAN_MONTHS = 36;

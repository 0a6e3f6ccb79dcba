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
 */
export const DEFAULT_CAPACITY: Readonly<Record<string, number>> = {
  informationssakerhetssamordnare: 12,
  'it-chef': 10,
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

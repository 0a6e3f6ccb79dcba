/**
 * What the kommun says about its own plan: how much each role can take on per quarter, the roles
 * and people it adds itself, and the adoption block of the printed plan (MSB: the plan is a
 * decided document).
 */
export type PlanRole = { id: string; name: string };

export type PlanSettings = {
  /** Effort points per quarter by owner role id; a role without an entry has the default capacity. */
  capacity: Record<string, number>;
  /** Roles and named people the kommun added; their ids start with `egen-`. */
  roles: PlanRole[];
  /** "Fastställd av", e.g. Kommunstyrelsen. */
  adoptedBy: string;
  adoptedDate: string | null;
  diarienummer: string;
};

export const PLAN_SETTINGS_LIMITS = {
  roles: 100,
  roleName: 80,
  adoptedBy: 200,
  diarienummer: 60,
  /** Points per quarter: a whole team working only on this plan stays far below. */
  capacity: 200,
} as const;

export const CUSTOM_ROLE_PREFIX = 'egen-';

export function emptyPlanSettings(): PlanSettings {
  return { capacity: {}, roles: [], adoptedBy: '', adoptedDate: null, diarienummer: '' };
}

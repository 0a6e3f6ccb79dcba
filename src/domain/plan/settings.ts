import type { Localized, Role } from '../questionnaire/schema';

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

/** Form errors are codes the UI translates, as in edit.ts. */
export type PlanSettingsError = 'required' | 'tooLong' | 'date' | 'duplicate' | 'tooMany' | 'amount';

/** Points per quarter as typed: a whole number from 0; empty means "the default". */
export function parseCapacity(typed: string): number | null | 'amount' {
  const plain = typed.replace(/[\s\u00a0]/g, '');
  if (plain === '') return null;
  if (!/^\d+$/.test(plain)) return 'amount';
  const n = Number(plain);
  return n <= PLAN_SETTINGS_LIMITS.capacity ? n : 'amount';
}

/** Sets a role's capacity; null takes it back to the default. */
export function withCapacity(settings: PlanSettings, role: string, points: number | null): PlanSettings {
  const capacity = { ...settings.capacity };
  if (points === null) delete capacity[role];
  else capacity[role] = points;
  return { ...settings, capacity };
}

/**
 * Adds a role or a named person the kommun uses as an owner. The name must be new among the
 * questionnaire's roles and the kommun's own (case and spacing aside).
 */
export function addOwnRole(
  settings: PlanSettings,
  typed: string,
  takenNames: readonly string[],
  id: string,
): PlanSettings | PlanSettingsError {
  const name = typed.trim().replace(/\s+/g, ' ');
  if (name === '') return 'required';
  if (name.length > PLAN_SETTINGS_LIMITS.roleName) return 'tooLong';
  if (settings.roles.length >= PLAN_SETTINGS_LIMITS.roles) return 'tooMany';
  const key = name.toLocaleLowerCase('sv');
  if ([...takenNames, ...settings.roles.map((r) => r.name)].some((n) => n.toLocaleLowerCase('sv') === key))
    return 'duplicate';
  return { ...settings, roles: [...settings.roles, { id: `${CUSTOM_ROLE_PREFIX}${id}`, name }] };
}

/**
 * Removes one of the kommun's own roles, with its capacity. Refused ('inUse') while any item
 * of the plan, dismissed ones too, still has it as owner: the item would lose its owner's name.
 */
export function removeOwnRole(
  settings: PlanSettings,
  id: string,
  owners: readonly string[],
): PlanSettings | 'inUse' {
  if (owners.includes(id)) return 'inUse';
  const { [id]: _gone, ...capacity } = settings.capacity;
  return { ...settings, capacity, roles: settings.roles.filter((r) => r.id !== id) };
}

/** The owners an item can have: the questionnaire's roles, then the kommun's own, in one list. */
export function planRoles(
  questionnaireRoles: readonly Role[],
  settings: { readonly roles: readonly PlanRole[] },
): Role[] {
  return [
    ...questionnaireRoles,
    ...settings.roles.map((r) => ({ id: r.id, name: { sv: r.name, en: r.name } })),
  ];
}

/**
 * Every owner's name by id, for whatever names owners: the questionnaire's roles in the words
 * `word` picks (the UI language, or Swedish for the exported files), the kommun's own as typed.
 */
export function roleNames(
  questionnaireRoles: readonly Role[],
  settings: { readonly roles: readonly PlanRole[] },
  word: (name: Localized) => string,
): Map<string, string> {
  return new Map(planRoles(questionnaireRoles, settings).map((r) => [r.id, word(r.name)]));
}

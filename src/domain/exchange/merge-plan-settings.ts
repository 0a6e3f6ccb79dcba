import type { PlanSettings } from '../plan/settings';
import { PLAN_SETTINGS_LIMITS } from '../plan/settings';
import type { StatusChange } from '../plan/types';
import { sameJson } from './canonical-json';
import { SHARE_LIMITS } from './limits';
import type { MergePart } from './merge-types';

/**
 * The plan settings of two copies, united without asking (they never conflict):
 * - own roles and people: every role of either copy (by id, mine first), since their items may
 *   name it; at most PLAN_SETTINGS_LIMITS.roles;
 * - capacity: mine where I set one, theirs for an owner I left at the default;
 * - adoption: the later decision as one block (fastställd av, datum, diarienummer belong
 *   together); with no date on either side, each empty field of mine takes theirs.
 */
export function unitePlanSettings(mine: PlanSettings, theirs: PlanSettings): PlanSettings {
  const known = new Set(mine.roles.map((r) => r.id));
  const roles = [...mine.roles, ...theirs.roles.filter((r) => !known.has(r.id))].slice(
    0,
    PLAN_SETTINGS_LIMITS.roles,
  );
  const capacity = { ...mine.capacity };
  for (const [role, points] of Object.entries(theirs.capacity))
    if (!Object.hasOwn(capacity, role)) capacity[role] = points;
  const theirsLater =
    theirs.adoptedDate !== null && (mine.adoptedDate === null || theirs.adoptedDate > mine.adoptedDate);
  const adoption = theirsLater
    ? { adoptedBy: theirs.adoptedBy, adoptedDate: theirs.adoptedDate, diarienummer: theirs.diarienummer }
    : {
        adoptedBy: mine.adoptedBy || (mine.adoptedDate === null ? theirs.adoptedBy : ''),
        adoptedDate: mine.adoptedDate,
        diarienummer: mine.diarienummer || (mine.adoptedDate === null ? theirs.diarienummer : ''),
      };
  return { capacity, roles, ...adoption };
}

export function diffPlanSettings(mine: PlanSettings, theirs: PlanSettings): MergePart {
  const result = unitePlanSettings(mine, theirs);
  return {
    automatic: sameJson(result, mine) ? [] : [{ kind: 'planSettings', mine, result }],
    conflicts: [],
  };
}

/**
 * Both copies' status histories as one, oldest first: every change either copy recorded, once.
 * Past the file limit, the oldest entries go.
 */
export function uniteHistory(mine: readonly StatusChange[], theirs: readonly StatusChange[]): StatusChange[] {
  const seen = new Set<string>();
  const all: StatusChange[] = [];
  for (const h of [...mine, ...theirs]) {
    const key = `${h.at}|${h.status}`;
    if (seen.has(key)) continue;
    seen.add(key);
    all.push(h);
  }
  const sorted = all.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return sorted.slice(Math.max(0, sorted.length - SHARE_LIMITS.history));
}

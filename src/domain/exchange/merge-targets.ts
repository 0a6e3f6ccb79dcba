import type { AreaTarget } from '../assessment/types';
import type { MergePart } from './merge-types';

type Targets = Readonly<Record<string, AreaTarget>>;

/**
 * Målnivåer per area. A target only theirs has is added; a missing target on their side never removes
 * mine (absent means "default", which cannot be told from "never set"). Same level with an empty
 * reason on one side takes the other reason; anything else that differs is a conflict.
 */
export function diffTargets(mine: Targets, theirs: Targets): MergePart {
  const part: MergePart = { automatic: [], conflicts: [] };
  for (const [areaId, t] of Object.entries(theirs)) {
    const m = Object.hasOwn(mine, areaId) ? mine[areaId] : undefined;
    if (m === undefined) {
      part.automatic.push({ kind: 'target', areaId, mine: null, result: t });
      continue;
    }
    if (m.level === t.level && (m.reason === t.reason || t.reason === '')) continue;
    if (m.level === t.level && m.reason === '') {
      part.automatic.push({ kind: 'target', areaId, mine: m, result: { level: m.level, reason: t.reason } });
      continue;
    }
    part.conflicts.push({
      id: `target:${areaId}`,
      kind: 'target',
      areaId,
      mine: m,
      theirs: t,
      options: ['mine', 'theirs'],
    });
  }
  return part;
}

import type { PlanSettings } from '../domain/plan/settings';
import { nowIso } from '../domain/ids';
import { db } from './db';

/**
 * Changes the plan settings of one assessment, reading them in the same transaction: a capacity
 * and an own role saved from two tabs both stay. `change` returns the new settings, or a
 * refusal (such as 'inUse') that is passed back and changes nothing.
 */
export async function updatePlanSettings<E extends string>(
  id: string,
  change: (settings: PlanSettings) => PlanSettings | E,
): Promise<E | null> {
  let refused: E | null = null;
  const changed = await db()
    .assessments.where('id')
    .equals(id)
    .modify((a) => {
      const next = change(structuredClone(a.planSettings));
      if (typeof next === 'string') {
        refused = next;
        return;
      }
      a.planSettings = next;
      a.updatedAt = nowIso();
    });
  if (changed === 0 && refused === null) throw new Error(`Skattningen ${id} finns inte`);
  return refused;
}

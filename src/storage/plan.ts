import type { PlanItem } from '../domain/plan/types';
import type { Reassignment } from '../domain/plan/reassign';
import { db } from './db';

/** Replaces the whole plan of one assessment in one transaction: after regeneration or a reorder. */
export async function savePlanItems(assessmentId: string, items: readonly PlanItem[]): Promise<void> {
  const d = db();
  await d.transaction('rw', d.actions, async () => {
    const keep = new Set(items.map((i) => i.id));
    const stale = (await d.actions.where('assessmentId').equals(assessmentId).primaryKeys()).filter(
      (k) => !keep.has(k),
    );
    await d.actions.bulkDelete(stale);
    await d.actions.bulkPut(items.map((i) => ({ ...i, assessmentId })));
  });
}

export async function putPlanItem(item: PlanItem): Promise<void> {
  await db().actions.put(item);
}

export async function getPlanItems(assessmentId: string): Promise<PlanItem[]> {
  return db().actions.where('assessmentId').equals(assessmentId).sortBy('order');
}

/**
 * Gives many items a new owner in one transaction: each is read and changed there, so an edit made
 * meanwhile in another tab is not overwritten, and either every item changes or none does.
 * Returns how many items changed.
 */
export async function reassignPlanItems(
  ids: readonly string[],
  change: Reassignment,
  now: string,
): Promise<number> {
  // Loaded here, before the transaction (which must not wait on anything but the database), and
  // not with the plan page: it brings zod (docs/performance.md, issue 11).
  const { reassignItems } = await import('../domain/plan/reassign');
  const d = db();
  return d.transaction('rw', d.actions, async () => {
    const items = (await d.actions.bulkGet([...ids])).filter((i): i is PlanItem => i !== undefined);
    const changed = reassignItems(items, change, now);
    await d.actions.bulkPut(changed);
    return changed.length;
  });
}

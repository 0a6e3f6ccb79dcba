import { sortByOrder } from './order';
import type { PlanItem } from './types';

export type ReconcileResult = {
  /** Every item, in plan order, with `order` renumbered 0..n-1. */
  items: PlanItem[];
  /** Ids of the items this regeneration added (marked `isNew`). */
  added: string[];
  /** Ids of the generated items whose gap is closed (marked `obsolete`); the user decides about them. */
  obsolete: string[];
};

function changed(a: PlanItem, b: PlanItem): boolean {
  return (Object.keys(a) as (keyof PlanItem)[]).some((k) =>
    k === 'dependsOn' ? a.dependsOn.join('\n') !== b.dependsOn.join('\n') : a[k] !== b[k],
  );
}

/**
 * Brings a saved plan up to date with a freshly generated one (after answers changed).
 *
 * - Hand-made items (templateId null) are kept as they are.
 * - An edited item keeps every field; only `obsolete` follows the answers.
 * - An unedited item takes the new priority, reason, step and suggested dates, and keeps its
 *   status and everything the user wrote (it has none yet, or it would be edited).
 * - New items come in with `isNew`; the previous round's `isNew` marks are cleared.
 * - Items no longer generated stay, marked `obsolete`: only the user deletes.
 * - `dismissedReason` is never touched, so a dismissed item stays dismissed.
 *
 * Order: the generated order decides where unedited and new items go. An edited, hand-made or
 * obsolete item has no generated place (or the user chose its place), so it stays right after
 * the item it followed before. `order` is then renumbered; it is the one field that may change
 * on an edited or hand-made item, and only to keep the list dense.
 */
export function reconcilePlan(
  existing: readonly PlanItem[],
  generated: readonly PlanItem[],
  now: string,
): ReconcileResult {
  const fresh = new Map(generated.map((g) => [g.id, g]));
  const known = new Set(existing.map((e) => e.id));
  const added: string[] = [];
  const obsolete: string[] = [];

  // Keyed by object, not id, so that even a plan with a doubled id loses nothing.
  const updated = new Map<PlanItem, PlanItem>();
  const original = new Map<PlanItem, PlanItem>();
  // Items placed by the generated order, and items that stay after their old predecessor.
  const flowing: PlanItem[] = [];
  const anchored = new Set<PlanItem>();

  for (const e of existing) {
    const g = e.templateId === null ? undefined : fresh.get(e.id);
    let item: PlanItem;
    if (e.templateId === null) {
      item = e;
    } else if (!g) {
      item = { ...e, obsolete: true, isNew: false };
      obsolete.push(e.id);
    } else if (e.edited) {
      item = { ...e, obsolete: false, isNew: false };
    } else {
      // Only what the rules derive from the answers; the suggested dates follow the priority.
      const { priority, priorityReason, toLevel, order, start, due, dependsOn } = g;
      item = {
        ...e,
        obsolete: false,
        isNew: false,
        priority,
        priorityReason,
        toLevel,
        order,
        start,
        due,
        dependsOn,
      };
    }
    updated.set(e, item);
    original.set(item, e);
    if (g && !e.edited) flowing.push(item);
    else anchored.add(e);
  }
  for (const g of generated) {
    if (known.has(g.id)) continue;
    flowing.push({ ...g, isNew: true, obsolete: false });
    added.push(g.id);
  }

  // Each anchored item goes right after its nearest earlier neighbour (in the old order) that
  // is placed by the generated order; anchored items with no such neighbour lead the plan.
  const after = new Map<PlanItem | null, PlanItem[]>();
  let anchor: PlanItem | null = null;
  for (const e of sortByOrder(existing)) {
    const item = updated.get(e) ?? e;
    if (!anchored.has(e)) anchor = item;
    else after.set(anchor, [...(after.get(anchor) ?? []), item]);
  }
  const sequence = [...(after.get(null) ?? [])];
  for (const f of sortByOrder(flowing)) sequence.push(f, ...(after.get(f) ?? []));

  const items = sequence.map((item, order) => {
    const renumbered = item.order === order ? item : { ...item, order };
    const before = original.get(item);
    // A touched record gets a new timestamp so that copies of the plan can tell which is newer.
    return before && changed(before, renumbered) ? { ...renumbered, updatedAt: now } : renumbered;
  });
  return { items, added, obsolete };
}

/**
 * What regenerating would change, for the "answers have changed" notice: null when it would add
 * nothing and mark nothing newly obsolete, else the result with the count of newly obsolete items.
 */
export function pendingRegeneration(
  existing: readonly PlanItem[],
  generated: readonly PlanItem[],
  now: string,
): (ReconcileResult & { newlyObsolete: number }) | null {
  const result = reconcilePlan(existing, generated, now);
  const wasObsolete = new Set(existing.filter((i) => i.obsolete).map((i) => i.id));
  const newlyObsolete = result.obsolete.filter((id) => !wasObsolete.has(id)).length;
  return result.added.length > 0 || newlyObsolete > 0 ? { ...result, newlyObsolete } : null;
}

/**
 * How many items regeneration would give new dates: unedited generated items whose suggested
 * start or due date has moved (after the kommun changed a capacity, or dated items by hand).
 */
export function datesToRefresh(existing: readonly PlanItem[], generated: readonly PlanItem[]): number {
  const fresh = new Map(generated.map((g) => [g.id, g]));
  return existing.filter((e) => {
    const g = e.templateId === null || e.edited ? undefined : fresh.get(e.id);
    return g !== undefined && (g.start !== e.start || g.due !== e.due);
  }).length;
}

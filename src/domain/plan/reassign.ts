import { z } from '../zod';
import { applyEdit, editValuesOf, PLAN_LIMITS } from './edit';
import type { PlanItem } from './types';

/**
 * A new owner for many items at once. A field left out is kept as each item has it; an empty
 * `ownerName` takes the named person away.
 */
export type Reassignment = { ownerRole?: string; ownerName?: string };

const reassignmentSchema = z
  .object({
    ownerRole: z.string().trim().min(1, 'required').max(PLAN_LIMITS.ownerRole, 'tooLong').optional(),
    ownerName: z.string().trim().max(PLAN_LIMITS.ownerName, 'tooLong').optional(),
  })
  .refine((r) => r.ownerRole !== undefined || r.ownerName !== undefined, 'required');

/** Error code ('required', 'tooLong') of a reassignment the UI should not send, or null. */
export function reassignmentError(change: Reassignment): 'required' | 'tooLong' | null {
  const result = reassignmentSchema.safeParse(change);
  if (result.success) return null;
  return result.error.issues.some((i) => i.message === 'tooLong') ? 'tooLong' : 'required';
}

/**
 * The items that change when `change` is applied to them, each changed as a user edit would
 * change it (marked edited, so regeneration keeps the new owner). Items that already have that
 * owner are left out. Throws on a reassignment `reassignmentError` refuses.
 */
export function reassignItems(items: readonly PlanItem[], change: Reassignment, now: string): PlanItem[] {
  const valid = reassignmentSchema.parse(change);
  const changed: PlanItem[] = [];
  for (const item of items) {
    const next = applyEdit(
      item,
      {
        ...editValuesOf(item),
        ownerRole: valid.ownerRole ?? item.ownerRole,
        ownerName: valid.ownerName ?? item.ownerName,
      },
      now,
    );
    if (next !== item) changed.push(next);
  }
  return changed;
}

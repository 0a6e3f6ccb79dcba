import { LIMITS } from '../assessment/types';
import { sortByOrder } from './order';
import { NEW_ITEM_STATE, type PlanItem } from './types';

/**
 * Form errors are short codes the UI translates: 'required', 'tooLong', 'date',
 * 'dueBeforeStart', 'amount' (not a number of kronor or days), and 'invalid' for a value no form
 * control can produce.
 */
export type PlanEditError =
  'required' | 'tooLong' | 'date' | 'dueBeforeStart' | 'amount' | 'tooMany' | 'invalid';

export const PLAN_LIMITS = {
  title: 200,
  description: 2000,
  deliverable: 400,
  ownerRole: 80,
  ownerName: 120,
  followUp: 1000,
  note: LIMITS.note,
  decidedIn: 200,
  dismissedReason: LIMITS.reason,
  costKronor: 1_000_000_000,
  costDays: 100_000,
  /** What one item can wait for: far more than any step needs. */
  dependsOn: 50,
} as const;

/**
 * The fields the user edits in the item form, in the order of the form. The form's zod schema
 * (edit-schema.ts) has exactly these fields; it is kept out of this module so that the plan page
 * can show and change items without loading zod and the form (docs/performance.md, issue 11).
 */
export const PLAN_EDIT_FIELDS = [
  'title',
  'description',
  'deliverable',
  'ownerRole',
  'ownerName',
  'start',
  'due',
  'effort',
  'costKronor',
  'costDays',
  'dependsOn',
  'status',
  'priority',
  'followUp',
  'note',
  'decidedIn',
  'decidedDate',
] as const satisfies readonly (keyof PlanItem)[];

/** Validated values of the item form (`planItemEditSchema` in edit-schema.ts gives exactly this). */
export type PlanItemEdit = Pick<PlanItem, (typeof PLAN_EDIT_FIELDS)[number]>;

/** The form's starting values for an item. */
export function editValuesOf(item: PlanItem): PlanItemEdit {
  return Object.fromEntries(PLAN_EDIT_FIELDS.map((k) => [k, item[k]])) as PlanItemEdit;
}

/**
 * Applies validated form values. Saving without a change leaves the item as it was, so that
 * opening and closing the form does not shield the item from regeneration.
 */
export function applyEdit(item: PlanItem, values: PlanItemEdit, now: string): PlanItem {
  const same = (k: keyof PlanItemEdit) =>
    k === 'dependsOn' ? item.dependsOn.join('\n') === values.dependsOn.join('\n') : item[k] === values[k];
  if (PLAN_EDIT_FIELDS.every(same)) return item;
  // A priority the user set is theirs; the reason says so instead of a rule that no longer applies.
  const priorityReason = values.priority === item.priority ? item.priorityReason : 'manual';
  const history =
    values.status === item.status ? item.history : [...item.history, { at: now, status: values.status }];
  return { ...item, ...values, priorityReason, history, edited: true, updatedAt: now };
}

/** An item the user adds by hand. Regeneration never changes it. */
export function newManualItem(
  assessmentId: string,
  values: PlanItemEdit,
  order: number,
  now: string,
  id: string,
): PlanItem {
  return {
    ...NEW_ITEM_STATE,
    ...values,
    id,
    assessmentId,
    templateId: null,
    areaId: null,
    questionId: null,
    toLevel: null,
    references: { iso: [], csf: [], cis: [], nis2: [] },
    lawRequired: false,
    history: [],
    priorityReason: 'manual',
    order,
    createdAt: now,
    updatedAt: now,
  };
}

export function restoreItem(item: PlanItem, now: string): PlanItem {
  return item.dismissedReason === null ? item : { ...item, dismissedReason: null, updatedAt: now };
}

/**
 * Swaps the item with its neighbour in the plan and renumbers `order` 0..n-1. Dismissed items
 * are not shown in the plan, so they are skipped over. The moved item counts as edited: the user
 * chose its place, and regeneration keeps it there (see reconcile.ts).
 */
export function moveItem(
  items: readonly PlanItem[],
  id: string,
  direction: 'up' | 'down',
  now: string,
): PlanItem[] {
  const sorted = sortByOrder(items);
  const from = sorted.findIndex((i) => i.id === id);
  const step = direction === 'up' ? -1 : 1;
  let to = from + step;
  while (to >= 0 && to < sorted.length && sorted[to]?.dismissedReason !== null) to += step;
  const moved = sorted[from];
  const other = sorted[to];
  if (from >= 0 && moved && other) {
    sorted[from] = other;
    sorted[to] = { ...moved, edited: true, updatedAt: now };
  }
  return sorted.map((item, order) => (item.order === order ? item : { ...item, order, updatedAt: now }));
}

/**
 * The items `id` may wait for: the plan's other items that are not dismissed and do not already
 * wait for `id`, directly or through others (that would be a circle nobody can start).
 */
export function dependencyChoices(items: readonly PlanItem[], id: string | null): PlanItem[] {
  const waitingFor = new Map<string, string[]>();
  for (const i of items) for (const d of i.dependsOn) waitingFor.set(d, [...(waitingFor.get(d) ?? []), i.id]);
  const after = new Set<string>();
  const stack = id === null ? [] : [id];
  while (stack.length > 0) {
    for (const next of waitingFor.get(stack.pop()!) ?? []) {
      if (after.has(next)) continue;
      after.add(next);
      stack.push(next);
    }
  }
  return sortByOrder(items).filter((i) => i.id !== id && i.dismissedReason === null && !after.has(i.id));
}

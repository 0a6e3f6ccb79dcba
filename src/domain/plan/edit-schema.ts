import { z } from '../zod';
import { EFFORTS } from '../questionnaire/constants';
import { isIsoDate } from './dates';
import { PLAN_LIMITS, type PlanItemEdit } from './edit';
import { PLAN_STATUSES, type PlanItem } from './types';

/**
 * The item form's validation, and dismissing an item (which validates its reason). Only the form
 * and the dismiss action load this module, and zod with it.
 */

const text = (max: number) =>
  z
    .string({ error: (i) => (i.input === undefined ? 'required' : 'invalid') })
    .trim()
    .max(max, 'tooLong');
const requiredText = (max: number) => text(max).min(1, 'required');

/** An empty date field means "no date", so '' becomes null. */
const dateOrNull = z
  .string({ error: 'date' })
  .trim()
  .nullable()
  .transform((v) => (v === '' ? null : v))
  .refine((v) => v === null || isIsoDate(v), 'date');

/**
 * Kronor or person-days as typed: empty means "not known". Swedish writing is accepted
 * ("12 500", "2,5"); the result is a number, or null.
 */
const amountOrNull = (max: number, whole: boolean) =>
  z
    .union([z.number(), z.string()], { error: 'amount' })
    .nullable()
    .transform((v) => {
      if (v === null || typeof v === 'number') return v;
      const plain = v.replace(/[\s\u00a0]/g, '').replace(',', '.');
      return plain === '' ? null : /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : NaN;
    })
    .refine((v) => v === null || (v >= 0 && v <= max && (!whole || Number.isInteger(v))), 'amount');

export const planItemEditSchema = z
  .object({
    title: requiredText(PLAN_LIMITS.title),
    description: text(PLAN_LIMITS.description),
    deliverable: text(PLAN_LIMITS.deliverable),
    ownerRole: text(PLAN_LIMITS.ownerRole),
    ownerName: text(PLAN_LIMITS.ownerName),
    start: dateOrNull,
    due: dateOrNull,
    effort: z.enum(EFFORTS, 'invalid'),
    costKronor: amountOrNull(PLAN_LIMITS.costKronor, true),
    costDays: amountOrNull(PLAN_LIMITS.costDays, false),
    dependsOn: z
      .array(z.string('invalid').max(200, 'invalid'), 'invalid')
      .max(PLAN_LIMITS.dependsOn, 'tooMany')
      .transform((ids) => [...new Set(ids)]),
    status: z.enum(PLAN_STATUSES, 'invalid'),
    priority: z.literal([1, 2, 3], 'invalid'),
    followUp: text(PLAN_LIMITS.followUp),
    note: text(PLAN_LIMITS.note),
    decidedIn: text(PLAN_LIMITS.decidedIn),
    decidedDate: dateOrNull,
  })
  .refine(
    (v) => v.start === null || v.due === null || !isIsoDate(v.start) || !isIsoDate(v.due) || v.due >= v.start,
    { path: ['due'], message: 'dueBeforeStart' },
  );

export type PlanItemEditInput = z.input<typeof planItemEditSchema>;

// The schema gives exactly the values edit.ts works with: a field added to one and not the other
// fails the type check here (and edit-schema.test.ts compares the field lists).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesFields: Same<z.output<typeof planItemEditSchema>, PlanItemEdit> = true;
void schemaMatchesFields;

export const dismissReasonSchema = requiredText(PLAN_LIMITS.dismissedReason);

/** Takes the item out of the plan but keeps it, with the reason, in the file. Throws on an invalid reason. */
export function dismissItem(item: PlanItem, reason: string, now: string): PlanItem {
  return { ...item, dismissedReason: dismissReasonSchema.parse(reason), updatedAt: now };
}

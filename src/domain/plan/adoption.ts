import { z } from '../zod';
import { isIsoDate } from './dates';
import { PLAN_SETTINGS_LIMITS } from './settings';

// Apart from settings.ts, which the start page loads (storage/assessments.ts): zod waits for the plan.

const trimmed = (max: number) => z.string().trim().max(max, 'tooLong');

/** The adoption block: who adopted the plan, when, and under which diarienummer. */
export const adoptionSchema = z.object({
  adoptedBy: trimmed(PLAN_SETTINGS_LIMITS.adoptedBy),
  adoptedDate: z
    .string()
    .trim()
    .nullable()
    .transform((v) => (v === '' ? null : v))
    .refine((v) => v === null || isIsoDate(v), 'date'),
  diarienummer: trimmed(PLAN_SETTINGS_LIMITS.diarienummer),
});
export type Adoption = z.output<typeof adoptionSchema>;

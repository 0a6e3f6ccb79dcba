import { z } from '../zod';
import { LIMITS } from './types';

/** Error messages are codes; the UI turns them into sentences in the chosen language. */
export const detailsSchema = z.object({
  organisation: z.string().trim().min(1, 'required').max(LIMITS.organisation, 'tooLong'),
  scope: z.string().trim().max(LIMITS.scope, 'tooLong'),
  participants: z.string().trim().max(LIMITS.participants, 'tooLong'),
  date: z.iso.date('date'),
});

export type DetailsInput = z.infer<typeof detailsSchema>;

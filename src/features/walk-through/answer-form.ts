import { z } from '../../domain/zod';
import { LIMITS, type Answer, type AnswerValue } from '../../domain/assessment/types';

/** The fields of one question card. `choice` is "0"–"5", "unknown", "na" or "" (not answered). */
export const answerFormSchema = z
  .object({
    choice: z.enum(['', '0', '1', '2', '3', '4', '5', 'unknown', 'na']),
    naReason: z.string().max(LIMITS.reason, 'tooLong'),
    note: z.string().max(LIMITS.note, 'tooLong'),
    flagged: z.boolean(),
  })
  .refine((v) => v.choice !== 'na' || v.naReason.trim() !== '', { path: ['naReason'], message: 'naReason' });

export type AnswerForm = z.infer<typeof answerFormSchema>;

export function toForm(answer: Answer | undefined): AnswerForm {
  const value = answer?.value;
  return {
    choice: !value
      ? ''
      : value.kind === 'level'
        ? (String(value.level) as AnswerForm['choice'])
        : value.kind === 'unknown'
          ? 'unknown'
          : 'na',
    naReason: value?.kind === 'not-applicable' ? value.reason : '',
    note: answer?.note ?? '',
    flagged: answer?.flagged ?? false,
  };
}

export function toValue(choice: AnswerForm['choice'], naReason: string): AnswerValue | null {
  if (choice === '') return null;
  if (choice === 'unknown') return { kind: 'unknown' };
  if (choice === 'na') return { kind: 'not-applicable', reason: naReason.slice(0, LIMITS.reason) };
  return { kind: 'level', level: Number(choice) };
}

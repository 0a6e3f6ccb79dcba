import { LIMITS, type Answer, type AnswerValue } from '../../domain/assessment/types';

/** The fields of one question card. `choice` is "0"–"5", "unknown", "na" or "" (not answered). */
export type AnswerForm = {
  choice: '' | '0' | '1' | '2' | '3' | '4' | '5' | 'unknown' | 'na';
  naReason: string;
  note: string;
  flagged: boolean;
};

/**
 * "Ej tillämplig" without a reason does not count as answered. Derived from the current values
 * rather than kept as form state, so that a save coming back from the database (which resets
 * the form to what was stored) can never hide the message.
 */
export function reasonMissing(choice: AnswerForm['choice'], naReason: string): boolean {
  return choice === 'na' && naReason.trim() === '';
}

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

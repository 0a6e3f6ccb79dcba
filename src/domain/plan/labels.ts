import type { Effort, QuestionReferences } from '../questionnaire/schema';
import { formatNis2 } from '../questionnaire/legal-basis';
import type { PlanStatus, PriorityReason } from './types';

/**
 * Swedish words for the exported files. Files are shared with people outside the app, so they
 * use the words of docs/terms (ej påbörjad, insats liten …) rather than the stored ids.
 */
export const STATUS_SV: Record<PlanStatus, string> = {
  'ej-paborjad': 'ej påbörjad',
  pagar: 'pågår',
  klar: 'klar',
  vilande: 'vilande',
};

export const EFFORT_SV: Record<Effort, string> = { liten: 'liten', medel: 'medel', stor: 'stor' };

export const PRIORITY_REASON_SV: Record<PriorityReason, string> = {
  basics: 'Grunderna saknas (nivå 0–1)',
  law: 'Krav i cybersäkerhetslagen',
  gap: 'Skillnad mot målnivån',
  manual: 'Satt för hand',
};

export const yesNo = (value: boolean) => (value ? 'ja' : 'nej');

const SOURCES: readonly [Exclude<keyof QuestionReferences, 'nis2'>, string][] = [
  ['iso', 'ISO/IEC 27001:2022'],
  ['csf', 'NIST CSF 2.0'],
  ['cis', 'CIS Controls v8'],
];

/** "ISO/IEC 27001:2022 5.2, A.5.1; NIS2 art. 21.2 a" — empty sources are left out. */
export function formatReferences(references: QuestionReferences): string {
  const nis2 = references.nis2.length ? [`NIS2 ${formatNis2(references.nis2)}`] : [];
  return [
    ...SOURCES.flatMap(([key, name]) =>
      references[key].length ? [`${name} ${references[key].join(', ')}`] : [],
    ),
    ...nis2,
  ].join('; ');
}

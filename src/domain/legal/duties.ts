import type { Answer } from '../assessment/types';
import type { PlanItem } from '../plan/types';
import { dutyQuestionIds, type Checklist, type Duty } from './checklist';
import type { Questionnaire } from '../questionnaire/schema';
import { deriveStatus, linkedAnswers, openQuestions, type LinkedAnswer } from './status';
import { trainingStatus } from './training';
import type { DutyRecord, LegalRecord, LegalStatus } from './types';

export type Missing =
  | { kind: 'question'; questionId: string; level: number | null }
  | { kind: 'registration' }
  | { kind: 'training'; name: string }
  | { kind: 'no-training-log' };

export type DutyRow = {
  duty: Duty;
  linked: LinkedAnswer[];
  derived: LegalStatus;
  /** The status shown: the one set by hand when there is one, else the derived one. */
  status: LegalStatus;
  manual: DutyRecord | null;
  plan: PlanItem[];
  missing: Missing[];
};

/** Plan items still in the plan that work on one of the questions. */
export function planItemsFor(items: readonly PlanItem[], questionIds: readonly string[]): PlanItem[] {
  const ids = new Set(questionIds);
  return items.filter((i) => i.dismissedReason === null && i.questionId !== null && ids.has(i.questionId));
}

export function dutyRow(
  duty: Duty,
  questionnaire: Pick<Questionnaire, 'areas'>,
  answers: ReadonlyMap<string, Answer>,
  legal: LegalRecord,
  items: readonly PlanItem[],
): DutyRow {
  const questionIds = dutyQuestionIds(duty, questionnaire);
  const linked = linkedAnswers(questionIds, answers);
  let derived = deriveStatus(linked);
  const missing: Missing[] = openQuestions(linked).map((l) => ({
    kind: 'question',
    questionId: l.questionId,
    level: l.level,
  }));
  if (duty.derive === 'registration') {
    // Since question bank 1.1.0 no question asks about the registration (ver-06 was a yes/no duty):
    // the date entered in the legal view decides, unless a question still bears on it.
    if (legal.place.registeredDate === null) missing.unshift({ kind: 'registration' });
    else if (linked.length === 0) derived = 'pa-plats';
  }
  if (duty.derive === 'training') {
    const training = trainingStatus(legal.trainings);
    // The log, once someone is in it, says more than the answer to a question about it.
    if (training.status !== null) derived = training.status;
    if (training.people === 0) missing.unshift({ kind: 'no-training-log' });
    missing.unshift(...training.missing.map((name) => ({ kind: 'training' as const, name })));
  }
  const record = Object.hasOwn(legal.duties, duty.id) ? legal.duties[duty.id]! : null;
  const status = record?.status ?? derived;
  return {
    duty,
    linked,
    derived,
    status,
    manual: record,
    plan: planItemsFor(items, questionIds),
    missing: status === 'pa-plats' ? [] : missing,
  };
}

export function dutyRows(
  checklist: Checklist,
  questionnaire: Pick<Questionnaire, 'areas'>,
  answers: ReadonlyMap<string, Answer>,
  legal: LegalRecord,
  items: readonly PlanItem[],
): DutyRow[] {
  return checklist.duties.map((d) => dutyRow(d, questionnaire, answers, legal, items));
}

export type StatusCounts = Record<LegalStatus, number>;

export function countStatuses(rows: readonly { status: LegalStatus }[]): StatusCounts {
  const counts: StatusCounts = { 'pa-plats': 0, delvis: 0, saknas: 0, 'inte-bedomt': 0 };
  for (const r of rows) counts[r.status]++;
  return counts;
}

import type { PlanSettings } from '../plan/settings';
import type { LegalRecord } from '../legal/types';

/** What a user can answer for one question. `null` means nobody has answered yet. */
export type AnswerValue =
  { kind: 'level'; level: number } | { kind: 'unknown' } | { kind: 'not-applicable'; reason: string };

export type Answer = {
  assessmentId: string;
  questionId: string;
  value: AnswerValue | null;
  note: string;
  /** "Markera för granskning". */
  flagged: boolean;
  /** Copied from an earlier assessment and not yet confirmed ("behöver granskas"). */
  carriedOver: boolean;
  updatedAt: string;
};

export type AreaTarget = { level: number; reason: string };

export type Assessment = {
  id: string;
  questionnaireId: string;
  questionnaireVersion: string;
  /** Kommunens namn. */
  organisation: string;
  /** Hela kommunen, en förvaltning, ett bolag … free text. */
  scope: string;
  participants: string;
  /** The day of the assessment, YYYY-MM-DD. */
  date: string;
  /** Målnivå per area id; an area without an entry uses the default target. */
  targets: Record<string, AreaTarget>;
  /** The assessment this one was based on, and its levels at the time of copying, for comparison. */
  basedOn: { id: string; organisation: string; date: string; levels: Record<string, number | null> } | null;
  /** Where the user was, to resume there. */
  lastAreaId: string | null;
  /** Capacities, the kommun's own roles and the adoption block of the action plan. */
  planSettings: PlanSettings;
  /** The kommun's place under cybersäkerhetslagen, the legal checklist, the training log and the SoA. */
  legal: LegalRecord;
  createdAt: string;
  updatedAt: string;
};

export type NewAssessmentInput = Pick<
  Assessment,
  'organisation' | 'scope' | 'participants' | 'date' | 'questionnaireId' | 'questionnaireVersion'
>;

export const LIMITS = {
  organisation: 120,
  scope: 200,
  participants: 1000,
  note: 4000,
  reason: 1000,
} as const;

export function emptyAnswer(assessmentId: string, questionId: string, now: string): Answer {
  return {
    assessmentId,
    questionId,
    value: null,
    note: '',
    flagged: false,
    carriedOver: false,
    updatedAt: now,
  };
}

/** The level an answer counts with in scores, or null when it does not count. */
export function levelOf(answer: Answer | undefined): number | null {
  return answer?.value?.kind === 'level' ? answer.value.level : null;
}

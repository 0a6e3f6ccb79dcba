import type { Questionnaire, Area } from '../questionnaire/schema';
import type { Answer, Assessment } from '../assessment/types';
import { completeness, countAllAnswers, type Completeness } from '../assessment/answer-counts';
import { scoreAssessment } from '../scoring/scores';
import { legalStatus, type LegalStatus } from '../scoring/legal';
import type { PlanItem } from '../plan/types';
import { nextFollowUp } from '../brief/plan-summary';
import {
  changesSince,
  overdueItems,
  progressByQuarter,
  statusCounts,
  type Change,
  type QuarterProgress,
  type StatusCounts,
} from './progress';

export type AreaProgress = {
  area: Area;
  target: number;
  /** The area's level in this assessment. */
  start: number | null;
  /** The level in the newer assessment based on this one; null without one, or when it has no level. */
  now: number | null;
  /** Plan items for the area (not dismissed) and how many of them are done. */
  items: number;
  done: number;
};

type Later = {
  assessment: Pick<Assessment, 'id' | 'date' | 'targets'>;
  answers: ReadonlyMap<string, Answer>;
};

/**
 * The newest assessment made from this one ("Ny skattning från en tidigare"), the one that shows
 * whether the plan moved the levels; undefined when there is none.
 */
export function newerAssessment<T extends Pick<Assessment, 'id' | 'date' | 'createdAt' | 'basedOn'>>(
  assessmentId: string,
  all: readonly T[],
): T | undefined {
  return all
    .filter((a) => a.basedOn?.id === assessmentId && a.id !== assessmentId)
    .sort((a, b) => (a.date + a.createdAt < b.date + b.createdAt ? 1 : -1))[0];
}

/**
 * Rules for what ledningen is asked to decide at the review; the words are in the catalogues
 * (`review.decision.<kind>`).
 * - `overdue`: open items whose date has passed need a new date, more resources or to be dropped.
 * - `paused`: items put on hold need a decision to resume or strike them.
 * - `legal`: requirements of cybersäkerhetslagen not in place (or not assessed) stay on the agenda.
 * - `reassess`: without a newer assessment nobody can tell whether the levels moved; one is due a
 *   year after this one.
 * - `next`: the date of the next follow-up.
 */
export type ReviewDecision =
  | { kind: 'overdue'; count: number }
  | { kind: 'paused'; count: number }
  | { kind: 'legal'; notInPlace: number; notAssessed: number }
  | { kind: 'reassess'; by: string }
  | { kind: 'next'; date: string };

export type ManagementReview<T extends PlanItem = PlanItem> = {
  today: string;
  since: string;
  counts: StatusCounts;
  quarters: QuarterProgress[];
  overdue: T[];
  changes: Change<T>[];
  areas: AreaProgress[];
  /** From the newer assessment when there is one: the law as it stands now. */
  legal: LegalStatus;
  coverage: Completeness;
  /** The date the legal figures and `now` levels come from. */
  latestDate: string;
  hasNewer: boolean;
  decisions: ReviewDecision[];
};

const yearAfter = (date: string) => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;

/**
 * What "Ledningens genomgång" (MSB's fourth step, följa upp och förbättra) gathers: the plan's
 * progress, what changed since the last review, the legal points still open, progress toward each
 * area's target, and the decisions needed. The follow-up page shows the same figures.
 */
export function managementReview<T extends PlanItem>(input: {
  questionnaire: Questionnaire;
  assessment: Pick<Assessment, 'id' | 'date' | 'targets'>;
  answers: ReadonlyMap<string, Answer>;
  items: readonly T[];
  today: string;
  since: string;
  newer?: Later;
}): ManagementReview<T> {
  const { questionnaire, assessment, answers, items, today, since, newer } = input;
  const start = scoreAssessment(questionnaire, answers, assessment);
  const latest = newer ? scoreAssessment(questionnaire, newer.answers, newer.assessment) : start;
  const live = items.filter((i) => i.dismissedReason === null);
  const areas: AreaProgress[] = start.areas.map((a, n) => {
    const own = live.filter((i) => i.areaId === a.area.id);
    return {
      area: a.area,
      target: a.target,
      start: a.average,
      now: newer ? (latest.areas[n]?.average ?? null) : null,
      items: own.length,
      done: own.filter((i) => i.status === 'klar').length,
    };
  });
  const counts = statusCounts(items);
  const overdue = overdueItems(items, today);
  const legal = legalStatus(latest.areas);
  const decisions: ReviewDecision[] = [];
  if (overdue.length > 0) decisions.push({ kind: 'overdue', count: overdue.length });
  if (counts.vilande > 0) decisions.push({ kind: 'paused', count: counts.vilande });
  if (legal.notInPlace.length + legal.notAssessed.length > 0)
    decisions.push({
      kind: 'legal',
      notInPlace: legal.notInPlace.length,
      notAssessed: legal.notAssessed.length,
    });
  if (!newer) decisions.push({ kind: 'reassess', by: yearAfter(assessment.date) });
  decisions.push({ kind: 'next', date: nextFollowUp(today) });
  return {
    today,
    since,
    counts,
    quarters: progressByQuarter(items),
    overdue,
    changes: changesSince(items, since),
    areas,
    legal,
    coverage: completeness(countAllAnswers(questionnaire, newer ? newer.answers : answers)),
    latestDate: newer ? newer.assessment.date : assessment.date,
    hasNewer: newer !== undefined,
    decisions,
  };
}

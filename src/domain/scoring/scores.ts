import type { Area, Question, Questionnaire } from '../questionnaire/schema';
import { levelOf, type Answer, type Assessment } from '../assessment/types';
import { targetFor } from './targets';

export type QuestionScore = {
  question: Question;
  level: number | null;
  notApplicable: boolean;
  unknown: boolean;
  target: number;
  /** Levels missing to reach the target; 0 when met; null when the question has no level. */
  gap: number | null;
};

export type AreaScore = {
  area: Area;
  target: number;
  /** Mean level of the questions answered with a level; null when none is. */
  average: number | null;
  /** Highest N such that every question answered with a level is at N or above (C2M2-style). */
  cumulative: number | null;
  /** Questions answered with a level, of the applicable ones. */
  coverage: { answered: number; applicable: number };
  /** target − average, never below 0; null without an average. */
  gap: number | null;
  questions: QuestionScore[];
};

export type OverallScore = {
  /** Mean of the area averages, so a large area does not outweigh a small one. */
  average: number | null;
  /** Lowest cumulative level among the areas that have one. */
  cumulative: number | null;
  coverage: { answered: number; applicable: number };
  areasBelowTarget: number;
};

const round1 = (n: number) => Math.round(n * 10) / 10;

export function scoreQuestion(question: Question, answer: Answer | undefined, target: number): QuestionScore {
  const level = levelOf(answer);
  return {
    question,
    level,
    notApplicable: answer?.value?.kind === 'not-applicable',
    unknown: answer?.value?.kind === 'unknown',
    target,
    gap: level === null ? null : Math.max(0, target - level),
  };
}

export function scoreArea(
  area: Area,
  answers: ReadonlyMap<string, Answer>,
  assessment: Pick<Assessment, 'targets'>,
): AreaScore {
  const target = targetFor(area, assessment).level;
  const questions = area.questions.map((q) => scoreQuestion(q, answers.get(q.id), target));
  const levels = questions.flatMap((q) => (q.level === null ? [] : [q.level]));
  const applicable = questions.filter((q) => !q.notApplicable).length;
  const average = levels.length ? round1(levels.reduce((a, b) => a + b, 0) / levels.length) : null;
  return {
    area,
    target,
    average,
    cumulative: levels.length ? Math.min(...levels) : null,
    coverage: { answered: levels.length, applicable },
    gap: average === null ? null : round1(Math.max(0, target - average)),
    questions,
  };
}

export function scoreAssessment(
  questionnaire: Questionnaire,
  answers: ReadonlyMap<string, Answer>,
  assessment: Pick<Assessment, 'targets'>,
): { areas: AreaScore[]; overall: OverallScore } {
  const areas = questionnaire.areas.map((area) => scoreArea(area, answers, assessment));
  const averages = areas.flatMap((a) => (a.average === null ? [] : [a.average]));
  const cumulatives = areas.flatMap((a) => (a.cumulative === null ? [] : [a.cumulative]));
  return {
    areas,
    overall: {
      average: averages.length ? round1(averages.reduce((a, b) => a + b, 0) / averages.length) : null,
      cumulative: cumulatives.length ? Math.min(...cumulatives) : null,
      coverage: areas.reduce(
        (sum, a) => ({
          answered: sum.answered + a.coverage.answered,
          applicable: sum.applicable + a.coverage.applicable,
        }),
        { answered: 0, applicable: 0 },
      ),
      areasBelowTarget: areas.filter((a) => a.gap !== null && a.gap > 0).length,
    },
  };
}

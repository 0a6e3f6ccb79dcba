import type { Questionnaire } from '../questionnaire/schema';
import type { Answer, Assessment } from '../assessment/types';
import { completeness, countAllAnswers } from '../assessment/answer-counts';
import { scoreAssessment } from '../scoring/scores';
import { legalStatus } from '../scoring/legal';
import type { PlanItem } from '../plan/types';
import { planPeriod } from '../plan/schedule';
import { areaStatus, briefLevel } from './area-status';
import { verdictFor } from './verdict';
import { largestRisks } from './risks';
import { decisionsFor } from './decisions';
import { beyondPeriod, firstSteps, nextFollowUp, planTotals } from './plan-summary';

/**
 * Everything the ledningssammanfattning says, decided here so that the page, the printout and the
 * Word file say the same: the verdict, each area's status, the largest risks, the decisions asked
 * for and the plan's first steps.
 */
export function decisionBrief<T extends PlanItem>(input: {
  questionnaire: Questionnaire;
  assessment: Pick<Assessment, 'targets' | 'date'>;
  answers: ReadonlyMap<string, Answer>;
  items: readonly T[];
  today: string;
}) {
  const { questionnaire, assessment, answers, items, today } = input;
  const score = scoreAssessment(questionnaire, answers, assessment);
  const counts = countAllAnswers(questionnaire, answers);
  const coverage = completeness(counts);
  const legal = legalStatus(score.areas);
  const totals = planTotals(items);
  const period = planPeriod(assessment);
  return {
    score,
    counts,
    coverage,
    legal,
    verdict: verdictFor(score.areas, legal, coverage),
    areas: score.areas.map((a) => {
      const status = areaStatus(a);
      return { score: a, status, level: briefLevel(a, status) };
    }),
    risks: largestRisks(score.areas, legal),
    totals,
    period,
    decisions: decisionsFor(coverage, totals, period, nextFollowUp(today), beyondPeriod(items, period)),
    firstSteps: firstSteps(items),
  };
}

export type DecisionBrief<T extends PlanItem = PlanItem> = ReturnType<typeof decisionBrief<T>>;

import type { Questionnaire } from '../questionnaire/schema';
import type { Answer, Assessment } from '../assessment/types';
import { scoreAssessment } from '../scoring/scores';
import { AREA_ACTION_MIN_LEVEL, QUESTION_ACTION_MAX_LEVEL } from './generate';
import { planPeriod } from './schedule';
import type { PlanItem } from './types';

/**
 * How far an area comes in the plan's year:
 * - `met`: the area is at its målnivå already;
 * - `target`: the year's items take it to the målnivå;
 * - `partial`: they take it part of the way (`to` is below the target);
 * - `later`: no whole step is done within the year;
 * - `unassessed`: no question of the area is answered with a level, so there is nothing to aim from.
 */
export type YearGoalKind = 'met' | 'target' | 'partial' | 'later' | 'unassessed';

export type YearGoal = {
  areaId: string;
  /** The area's level now: the lowest level among its questions answered with a level. */
  from: number | null;
  /** The area's level once the items done or due within the year are done. */
  to: number | null;
  target: number;
  kind: YearGoalKind;
  /**
   * The area's questions that could have a level but have none yet (unanswered or vet ej): the
   * goal rests only on the others, so an area with any of them is never said to reach its målnivå.
   */
  missing: number;
};

/** Areas whose målnivå is reached, or reached within the year, on every question that can have a level. */
export const goalsReached = (goals: readonly YearGoal[]) =>
  goals.filter((g) => (g.kind === 'target' || g.kind === 'met') && g.missing === 0).length;

/**
 * MSB's handlingsplan names the yearly goal each activity serves. An area's goal for the year
 * is not simply its målnivå: it is the level its questions reach when the plan's items that are
 * done, or due by the period's end, are done. A question climbs one step at a time, and a step
 * counts only when every item of it left in the plan (not dismissed) is within the year; the
 * area's level is its lowest question's (as in scoring's cumulative level), and the area's own
 * actions take it to 4 and 5 once every question is at 3.
 */
export function yearGoals(
  questionnaire: Pick<Questionnaire, 'areas'>,
  answers: ReadonlyMap<string, Answer>,
  assessment: Pick<Assessment, 'date' | 'targets'>,
  items: readonly PlanItem[],
): YearGoal[] {
  const { end } = planPeriod(assessment);
  const steps = new Map<string, PlanItem[]>();
  const stepKey = (owner: string, level: number) => `${owner}|${level}`;
  for (const i of items) {
    if (i.dismissedReason !== null || i.toLevel === null || i.templateId === null) continue;
    const owner = i.questionId ?? (i.areaId === null ? null : `area:${i.areaId}`);
    if (owner === null) continue;
    const key = stepKey(owner, i.toLevel);
    const list = steps.get(key);
    if (list) list.push(i);
    else steps.set(key, [i]);
  }
  const withinYear = (i: PlanItem) => i.status === 'klar' || (i.due !== null && i.due <= end);
  const stepDone = (owner: string, level: number) => {
    const list = steps.get(stepKey(owner, level));
    return list !== undefined && list.every(withinYear);
  };

  const { areas } = scoreAssessment(questionnaire as Questionnaire, answers, assessment);
  return areas.map(({ area, target, cumulative, questions }): YearGoal => {
    const missing = questions.filter((q) => q.level === null && !q.notApplicable).length;
    if (cumulative === null)
      return { areaId: area.id, from: null, to: null, target, kind: 'unassessed', missing };
    if (cumulative >= target)
      return { areaId: area.id, from: cumulative, to: cumulative, target, kind: 'met', missing };
    let to = Infinity;
    for (const q of questions) {
      if (q.level === null) continue;
      let level = q.level;
      while (level < Math.min(target, QUESTION_ACTION_MAX_LEVEL) && stepDone(q.question.id, level + 1))
        level++;
      to = Math.min(to, level);
    }
    while (to + 1 >= AREA_ACTION_MIN_LEVEL && to < target && stepDone(`area:${area.id}`, to + 1)) to++;
    const kind = to >= target ? 'target' : to > cumulative ? 'partial' : 'later';
    return { areaId: area.id, from: cumulative, to, target, kind, missing };
  });
}

/** The goal in Swedish words, for the exported files (which are Swedish whatever the app's language). */
export function yearGoalSv(goal: YearGoal, area: string): string {
  const text = yearGoalSvKind(goal, area);
  if (goal.kind === 'unassessed' || goal.missing === 0) return text;
  return `${text} (${goal.missing === 1 ? '1 fråga' : `${goal.missing} frågor`} utan nivå)`;
}

function yearGoalSvKind(goal: YearGoal, area: string): string {
  switch (goal.kind) {
    case 'unassessed':
      return `${area}: inget mål, ingen fråga är besvarad med en nivå`;
    case 'met':
      return `${area}: målnivå ${goal.target} är nådd`;
    case 'target':
      return `${area}: från nivå ${goal.from} till målnivå ${goal.target}`;
    case 'partial':
      return `${area}: från nivå ${goal.from} till nivå ${goal.to} (målnivå ${goal.target} senare)`;
    case 'later':
      return `${area}: kvar på nivå ${goal.from}, inget helt steg blir klart under året (målnivå ${goal.target} senare)`;
  }
}

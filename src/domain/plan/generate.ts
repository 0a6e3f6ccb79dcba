import type { ActionTemplate, Questionnaire } from '../questionnaire/schema';
import { isCslAreaAction, isCslRequirement } from '../questionnaire/legal-basis';
import type { Answer, Assessment } from '../assessment/types';
import { scoreAssessment, type AreaScore } from '../scoring/scores';
import { priorityFor, rankCandidates, type PlanCandidate } from './priority';
import { suggestedDates } from './schedule';
import { NEW_ITEM_STATE, type PlanItem } from './types';

/** Question actions cover the steps up to level 3; the area's actions cover 4 and 5. */
export const QUESTION_ACTION_MAX_LEVEL = 3;
export const AREA_ACTION_MIN_LEVEL = 4;

/** Deterministic, so that regeneration can find the item it made last time. */
export const planItemId = (assessmentId: string, templateId: string) => `${assessmentId}:${templateId}`;

type Context = { assessment: Pick<Assessment, 'id' | 'date'>; now: string };

function itemFrom(
  action: ActionTemplate,
  ctx: Context,
  where: { areaId: string; questionId: string | null; level: number; lawRequired: boolean },
): Omit<PlanItem, 'order'> {
  const { priority, priorityReason } = priorityFor(where.level, where.lawRequired);
  // A question's steps follow each other: the first step above its level has none below it.
  const stepsBelow = where.questionId === null ? 0 : action.toLevel - where.level - 1;
  const { start, due } = suggestedDates(ctx.assessment.date, priority, action.toLevel, stepsBelow);
  return {
    id: planItemId(ctx.assessment.id, action.id),
    assessmentId: ctx.assessment.id,
    templateId: action.id,
    areaId: where.areaId,
    questionId: where.questionId,
    toLevel: action.toLevel,
    title: action.title.sv,
    description: action.description.sv,
    deliverable: action.deliverable.sv,
    references: structuredClone(action.references),
    lawRequired: where.lawRequired,
    priority,
    priorityReason,
    ownerRole: action.owner,
    ...NEW_ITEM_STATE,
    start,
    due,
    effort: action.effort,
    dependsOn: [],
    history: [],
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}

/** One area's candidates, in questionnaire order; `next` hands out the running sequence number. */
function areaCandidates(score: AreaScore, ctx: Context, next: () => number): PlanCandidate[] {
  const { area, target } = score;
  const out: PlanCandidate[] = [];
  for (const q of score.questions) {
    // "vet ej", "ej tillämplig" and unanswered questions have no level and give no actions.
    const level = q.level;
    for (const action of q.question.actions) {
      const sequence = next();
      if (level === null || level >= target) continue;
      const step = action.toLevel;
      if (step <= level || step > Math.min(target, QUESTION_ACTION_MAX_LEVEL)) continue;
      const where = {
        areaId: area.id,
        questionId: q.question.id,
        level,
        lawRequired: isCslRequirement(q.question),
      };
      out.push({ item: itemFrom(action, ctx, where), gap: target - level, sequence });
    }
  }
  // The upper steps are about the area as a whole, so each area action appears once, however
  // many questions lag behind; the weakest question decides its priority and gap.
  const levels = score.questions.flatMap((q) => (q.level === null ? [] : [q.level]));
  if (levels.length === 0) return out;
  const lowest = Math.min(...levels);
  for (const action of area.areaActions) {
    const sequence = next();
    const step = action.toLevel;
    if (step < AREA_ACTION_MIN_LEVEL || step > target || lowest >= step) continue;
    const lawRequired = isCslAreaAction(area, action);
    const where = { areaId: area.id, questionId: null, level: lowest, lawRequired };
    out.push({ item: itemFrom(action, ctx, where), gap: target - lowest, sequence });
  }
  return out;
}

/**
 * The handlingsplan for an assessment: every step between each question's level and its
 * area's målnivå, as items sorted by priority (see priority.ts) and numbered 0..n-1.
 */
export function generatePlan(
  questionnaire: Questionnaire,
  answers: ReadonlyMap<string, Answer>,
  assessment: Pick<Assessment, 'id' | 'date' | 'targets'>,
  now: string,
): PlanItem[] {
  const ctx: Context = { assessment, now };
  let sequence = 0;
  const next = () => sequence++;
  const { areas } = scoreAssessment(questionnaire, answers, assessment);
  return rankCandidates(areas.flatMap((score) => areaCandidates(score, ctx, next)));
}

import type { ActionTemplate, Questionnaire, References } from '../questionnaire/schema';
import { isCslAreaAction, isCslRequirement } from '../questionnaire/legal-basis';
import type { Answer, Assessment } from '../assessment/types';
import { scoreAssessment, type AreaScore } from '../scoring/scores';
import { capPriorityOne, capPriorityTwo, priorityFor, rankCandidates, type PlanCandidate } from './priority';
import { capacityOf } from './capacity';
import { placeItems, type ToPlace } from './place';
import { emptyPlanSettings, type PlanSettings } from './settings';
import { NEW_ITEM_STATE, type PlanItem } from './types';

/** Question actions cover the steps up to level 3; the area's actions cover 4 and 5. */
export const QUESTION_ACTION_MAX_LEVEL = 3;
export const AREA_ACTION_MIN_LEVEL = 4;

/** Deterministic, so that regeneration can find the item it made last time. */
export const planItemId = (assessmentId: string, templateId: string) => `${assessmentId}:${templateId}`;

type Context = { assessment: Pick<Assessment, 'id' | 'date'>; now: string };

type Where = {
  areaId: string;
  questionId: string | null;
  level: number;
  lawRequired: boolean;
  /** The items of the step below on the same question (or, for area actions, the area step below). */
  dependsOn: string[];
};

/**
 * The item's own copy of its references (lists of ids), so that editing one never reaches the
 * questionnaire. A plain copy: structuredClone per item was a tenth of a 2,000-item generation.
 */
const copyReferences = (r: References): References => ({
  iso: [...r.iso],
  csf: [...r.csf],
  cis: [...r.cis],
  nis2: [...r.nis2],
});

function itemFrom(action: ActionTemplate, ctx: Context, where: Where): Omit<PlanItem, 'order'> {
  const firstStep = where.questionId !== null && action.toLevel === where.level + 1;
  const { priority, priorityReason } = priorityFor(where.level, where.lawRequired, firstStep);
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
    references: copyReferences(action.references),
    lawRequired: where.lawRequired,
    priority,
    priorityReason,
    ownerRole: action.owner,
    ...NEW_ITEM_STATE,
    // Placed by capacity once the whole plan is known (placeItems).
    start: null,
    due: null,
    effort: action.effort,
    dependsOn: where.dependsOn,
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
    // Ids of the plan's items for each step of this question, so a step waits for the one below.
    const steps = new Map<number, string[]>();
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
        dependsOn: [...(steps.get(step - 1) ?? [])],
      };
      const item = itemFrom(action, ctx, where);
      steps.set(step, [...(steps.get(step) ?? []), item.id]);
      out.push({ item, gap: target - level, sequence });
    }
  }
  // The upper steps are about the area as a whole, so each area action appears once, however
  // many questions lag behind; the weakest question decides its priority and gap.
  const levels = score.questions.flatMap((q) => (q.level === null ? [] : [q.level]));
  if (levels.length === 0) return out;
  const lowest = Math.min(...levels);
  const areaSteps = new Map<number, string[]>();
  for (const action of area.areaActions) {
    const sequence = next();
    const step = action.toLevel;
    if (step < AREA_ACTION_MIN_LEVEL || step > target || lowest >= step) continue;
    const lawRequired = isCslAreaAction(area, action);
    const dependsOn = [...(areaSteps.get(step - 1) ?? [])];
    const where = { areaId: area.id, questionId: null, level: lowest, lawRequired, dependsOn };
    const item = itemFrom(action, ctx, where);
    areaSteps.set(step, [...(areaSteps.get(step) ?? []), item.id]);
    out.push({ item, gap: target - lowest, sequence });
  }
  return out;
}

/**
 * Dates every item by capacity (place.ts), in plan order. The upper steps of an area build on
 * level 3 in all its questions, so an area action also comes after every question step of its area.
 */
function schedule(
  items: PlanItem[],
  from: string,
  settings: Pick<PlanSettings, 'capacity'>,
  kept: readonly PlanItem[],
): PlanItem[] {
  const questionSteps = new Map<string, string[]>();
  for (const i of items) {
    if (i.questionId === null || i.areaId === null) continue;
    const ids = questionSteps.get(i.areaId);
    if (ids) ids.push(i.id);
    else questionSteps.set(i.areaId, [i.id]);
  }
  const toPlace = (i: PlanItem): ToPlace => ({
    id: i.id,
    ownerRole: i.ownerRole,
    effort: i.effort,
    dependsOn: i.dependsOn,
    after: i.questionId === null && i.areaId !== null ? questionSteps.get(i.areaId) : undefined,
  });
  // The user's own dates stand; their items only take room (regeneration keeps them, reconcile.ts).
  const fixed = kept.filter(
    (i): i is PlanItem & { due: string } =>
      (i.edited || i.templateId === null) && i.dismissedReason === null && !i.obsolete && i.due !== null,
  );
  const fixedIds = new Set(fixed.map((i) => i.id));
  const free = items.filter((i) => !fixedIds.has(i.id));
  // Question steps first, so that an area action finds all of its area's steps already placed.
  const ordered = [
    ...free.filter((i) => i.questionId !== null),
    ...free.filter((i) => i.questionId === null),
  ];
  const dates = placeItems(ordered.map(toPlace), {
    from,
    capacity: (role) => capacityOf(role, settings),
    fixed,
  });
  // The items are rankCandidates' fresh copies, made for this plan alone: dated in place, not copied again.
  for (const i of items) Object.assign(i, dates.get(i.id));
  return items;
}

/**
 * The handlingsplan for an assessment: every step between each question's level and its
 * area's målnivå, as items sorted by priority (see priority.ts), numbered 0..n-1, and dated by
 * the capacity of their owners (place.ts). `kept` is the saved plan, when there is one: the
 * items the user dated themselves take their owners' room first.
 */
export function generatePlan(
  questionnaire: Questionnaire,
  answers: ReadonlyMap<string, Answer>,
  assessment: Pick<Assessment, 'id' | 'date' | 'targets'> & { planSettings?: PlanSettings },
  now: string,
  kept: readonly PlanItem[] = [],
): PlanItem[] {
  const ctx: Context = { assessment, now };
  let sequence = 0;
  const next = () => sequence++;
  const { areas } = scoreAssessment(questionnaire, answers, assessment);
  const candidates = capPriorityTwo(
    capPriorityOne(areas.flatMap((score) => areaCandidates(score, ctx, next))),
  );
  return schedule(
    rankCandidates(candidates),
    assessment.date,
    assessment.planSettings ?? emptyPlanSettings(),
    kept,
  );
}

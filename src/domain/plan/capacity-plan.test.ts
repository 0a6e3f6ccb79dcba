import { describe, expect, it } from 'vitest';
import { generatePlan } from './generate';
import { answer, assessment, level, realQuestionnaire } from '../../test/sample';
import { answersByQuestion } from '../assessment/progress';
import { quarterIndexOf } from './calendar';
import { capacityOf, EFFORT_POINTS, PLAN_SPAN_MONTHS } from './capacity';
import { addMonths } from './dates';
import { emptyPlanSettings } from './settings';
import { PRIORITY_ONE_MAX, PRIORITY_TWO_MAX, PRIORITY_TWO_PER_AREA } from './priority';
import type { PlanItem } from './types';

const NOW = '2026-12-01T09:00:00.000Z';
const real = realQuestionnaire();
const questions = real.areas.flatMap((a) => a.questions);
const settings = emptyPlanSettings();

function planAt(pick: (index: number) => number, date = '2026-12-01'): PlanItem[] {
  const answers = answersByQuestion(questions.map((q, i) => answer(q.id, level(pick(i)))));
  return generatePlan(real, answers, assessment({ date, planSettings: settings }), NOW);
}

function tally<T>(values: T[]): Map<T, number> {
  const out = new Map<T, number>();
  for (const v of values) out.set(v, (out.get(v) ?? 0) + 1);
  return out;
}

/** The rules every generated plan keeps, whatever the answers (docs/action-plan.md). */
function expectCarriedOut(items: PlanItem[], date: string) {
  const byId = new Map(items.map((i) => [i.id, i]));
  // No role above its capacity in any quarter (the first quarter counts only its months left).
  const load = new Map<string, number>();
  for (const i of items) {
    const key = `${i.ownerRole}|${quarterIndexOf(i.due!)}`;
    load.set(key, (load.get(key) ?? 0) + EFFORT_POINTS[i.effort]);
  }
  const first = quarterIndexOf(date);
  const monthsLeftInFirst = 3 - ((Number(date.slice(5, 7)) - 1) % 3);
  for (const [key, points] of load) {
    const [role, quarter] = key.split('|') as [string, string];
    const share = Number(quarter) === first ? monthsLeftInFirst / 3 : 1;
    expect(points, key).toBeLessThanOrEqual(capacityOf(role, settings) * share);
  }
  // No calendar month holds more than a fifth of the items.
  const months = tally(items.map((i) => i.due!.slice(0, 7)));
  expect(Math.max(...months.values())).toBeLessThanOrEqual(Math.max(1, Math.floor(items.length / 5)));
  // Priority 1 is a short list: at most one per area and PRIORITY_ONE_MAX in all.
  const p1 = items.filter((i) => i.priority === 1);
  expect(p1.length).toBeLessThanOrEqual(PRIORITY_ONE_MAX);
  expect(new Set(p1.map((i) => i.areaId)).size).toBe(p1.length);
  // Priority 2 is the next short list: at most two per area, PRIORITY_TWO_MAX in all, and each
  // waits for nothing outside priority 1.
  const p2 = items.filter((i) => i.priority === 2);
  expect(p2.length).toBeLessThanOrEqual(PRIORITY_TWO_MAX);
  expect(Math.max(0, ...tally(p2.map((i) => i.areaId)).values())).toBeLessThanOrEqual(PRIORITY_TWO_PER_AREA);
  const p1Ids = new Set(p1.map((i) => i.id));
  for (const i of p2)
    expect(
      i.dependsOn.every((d) => p1Ids.has(d)),
      i.id,
    ).toBe(true);
  // Every item starts on or after the assessment, is due after it starts, and after what it waits for.
  for (const i of items) {
    expect(i.start! >= date && i.due! >= i.start!, i.id).toBe(true);
    for (const d of i.dependsOn) expect(byId.get(d)!.due! < i.start!, `${i.id} after ${d}`).toBe(true);
  }
}

describe('a plan that can be carried out, over the real question bank', () => {
  it.each([0, 1, 2])('keeps every rule with every answer at level %i', (n) => {
    const items = planAt(() => n);
    expect(items.length).toBeGreaterThan(0);
    expectCarriedOut(items, '2026-12-01');
  });

  it("ends within the three years of the kommun's ekonomiska plan at every level, sooner the higher it starts", () => {
    const lastDue = (items: PlanItem[]) =>
      items
        .map((i) => i.due!)
        .sort()
        .at(-1)!;
    const ends = [0, 1, 2].map((n) => lastDue(planAt(() => n)));
    for (const end of ends) expect(end <= addMonths('2026-12-01', PLAN_SPAN_MONTHS), end).toBe(true);
    expect([...ends].sort().reverse()).toEqual(ends);
    const mixed = planAt((i) => [0, 1, 1, 2, 0, 3, 1, 2, 4][i % 9]!, '2027-02-14');
    expect(lastDue(mixed) <= addMonths('2027-02-14', PLAN_SPAN_MONTHS)).toBe(true);
  });

  it('keeps every rule with mixed, mostly low answers, from a date mid-quarter', () => {
    const items = planAt((i) => [0, 1, 1, 2, 0, 3, 1, 2, 4][i % 9]!, '2027-02-14');
    expectCarriedOut(items, '2027-02-14');
  });

  it('starts a kommun at level 0 with one priority-1 step per area, due in the first half year', () => {
    const items = planAt(() => 0);
    const p1 = items.filter((i) => i.priority === 1);
    expect(p1).toHaveLength(Math.min(real.areas.length, PRIORITY_ONE_MAX));
    expect(p1.every((i) => i.toLevel === 1)).toBe(true);
    expect(p1.every((i) => i.due! <= '2027-06-30')).toBe(true);
  });

  it('gives a kommun at level 0 a full but short priority 2, and the rest priority 3', () => {
    const items = planAt(() => 0);
    const count = (p: number) => items.filter((i) => i.priority === p).length;
    expect(count(2)).toBe(PRIORITY_TWO_MAX);
    expect(count(3)).toBe(items.length - count(1) - PRIORITY_TWO_MAX);
    // The later steps of a priority-1 question may be priority 2; everything else is a first step.
    const p1 = new Set(items.filter((i) => i.priority === 1).map((i) => i.id));
    const p2 = items.filter((i) => i.priority === 2);
    expect(p2.every((i) => i.dependsOn.length === 0 || i.dependsOn.every((d) => p1.has(d)))).toBe(true);
  });

  it('links each step of a question to the step below it', () => {
    const items = planAt(() => 0);
    const step2 = items.find((i) => i.questionId !== null && i.toLevel === 2)!;
    const below = items.filter((i) => i.questionId === step2.questionId && i.toLevel === 1);
    expect(step2.dependsOn).toEqual(below.map((i) => i.id));
    expect(
      items.filter((i) => i.toLevel === 1 && i.questionId !== null).every((i) => i.dependsOn.length === 0),
    ).toBe(true);
  });

  it('gives a role more room, and its work comes sooner, when the kommun raises its capacity', () => {
    const answers = answersByQuestion(questions.map((q) => answer(q.id, level(0))));
    const base = generatePlan(real, answers, assessment({ date: '2026-12-01', planSettings: settings }), NOW);
    const more = generatePlan(
      real,
      answers,
      assessment({
        date: '2026-12-01',
        planSettings: { ...settings, capacity: { informationssakerhetssamordnare: 40 } },
      }),
      NOW,
    );
    // Only the role's own work: an item that waits for another role's step is dated by that role's queue.
    const lastDue = (items: PlanItem[]) => {
      const owner = new Map(items.map((i) => [i.id, i.ownerRole]));
      return items
        .filter((i) => i.ownerRole === 'informationssakerhetssamordnare')
        .filter((i) => i.dependsOn.every((d) => owner.get(d) === 'informationssakerhetssamordnare'))
        .map((i) => i.due!)
        .sort()
        .at(-1)!;
    };
    expect(lastDue(more) < lastDue(base)).toBe(true);
  });

  it('counts the load of items the user dated by hand when it dates the others', () => {
    const answers = answersByQuestion(questions.map((q) => answer(q.id, level(0))));
    const a = assessment({ date: '2026-12-01', planSettings: settings });
    const base = generatePlan(real, answers, a, NOW);
    const role = 'informationssakerhetssamordnare';
    const q1 = quarterIndexOf('2027-01-01');
    const loadIn = (items: PlanItem[]) =>
      items
        .filter((i) => i.ownerRole === role && quarterIndexOf(i.due!) === q1)
        .reduce((sum, i) => sum + EFFORT_POINTS[i.effort], 0);
    // The user pulls two of the samordnare's later items into Kv 1 2027.
    const pulled = base
      .filter((i) => i.ownerRole === role && i.due! > '2027-06-30')
      .slice(0, 2)
      .map((i) => ({ ...i, edited: true, start: '2027-01-01', due: '2027-03-31' }));
    const mine = new Map(pulled.map((p) => [p.id, p]));
    const withMine = (items: PlanItem[]) => items.map((i) => mine.get(i.id) ?? i);
    // Without counting them the quarter is over capacity; counted, it is not.
    expect(loadIn(withMine(base))).toBeGreaterThan(capacityOf(role, settings));
    const again = generatePlan(real, answers, a, NOW, withMine(base));
    expect(loadIn(withMine(again))).toBeLessThanOrEqual(capacityOf(role, settings));
  });
});

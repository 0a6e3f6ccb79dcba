import { describe, expect, it } from 'vitest';
import { goalsReached, yearGoals, yearGoalSv, type YearGoal } from './year-goals';
import { generatePlan } from './generate';
import { planPeriod } from './schedule';
import { answer, assessment, level, realQuestionnaire, sampleQuestionnaire } from '../../test/sample';
import { answersByQuestion } from '../assessment/progress';
import type { AnswerValue } from '../assessment/types';
import type { PlanItem } from './types';

const NOW = '2026-12-01T09:00:00.000Z';
const sample = sampleQuestionnaire();
const a = assessment({ date: '2026-12-01', targets: { styrning: { level: 4, reason: '' } } });
const END = planPeriod(a).end;
const LATER = '2029-12-31';

function setup(values: Record<string, AnswerValue | null>) {
  const answers = answersByQuestion(Object.entries(values).map(([id, v]) => answer(id, v)));
  return { answers, items: generatePlan(sample, answers, a, NOW) };
}

const goalOf = (goals: YearGoal[], areaId: string) => goals.find((g) => g.areaId === areaId)!;
/** Every item for which `pick` holds is due after the year. */
const postpone = (items: PlanItem[], pick: (i: PlanItem) => boolean) =>
  items.map((i) => (pick(i) ? { ...i, due: LATER } : i));

describe('yearGoals', () => {
  const values = {
    'sty-01': level(1),
    'sty-02': level(2),
    'sty-03': level(3),
    'sky-01': level(0),
    'sky-02': level(2),
    'sky-03': { kind: 'unknown' } as const,
  };

  it('takes each area to its målnivå when every item is due within the year', () => {
    const { answers, items } = setup(values);
    const inYear = items.map((i) => ({ ...i, due: END }));
    const goals = yearGoals(sample, answers, a, inYear);
    expect(goalOf(goals, 'styrning')).toEqual({
      areaId: 'styrning',
      from: 1,
      to: 4,
      target: 4,
      kind: 'target',
      missing: 0,
    });
    expect(goalOf(goals, 'skydd')).toMatchObject({ from: 0, to: 3, kind: 'target' });
  });

  it('stops at the level the items due within the year reach, not the target', () => {
    const { answers, items } = setup(values);
    const inYear = items.map((i) => ({ ...i, due: END }));
    // The area's level-4 action falls after the year: the area reaches 3.
    const noArea = postpone(inYear, (i) => i.areaId === 'styrning' && i.questionId === null);
    expect(goalOf(yearGoals(sample, answers, a, noArea), 'styrning')).toMatchObject({
      to: 3,
      kind: 'partial',
    });
    // The lowest question's step to 3 falls after the year: the area reaches 2.
    const noStep3 = postpone(inYear, (i) => i.questionId === 'sty-01' && i.toLevel === 3);
    expect(goalOf(yearGoals(sample, answers, a, noStep3), 'styrning')).toMatchObject({
      to: 2,
      kind: 'partial',
    });
    // A step counts only with every one of its items: its step to 2 after the year holds the area at 1.
    const noStep2 = postpone(inYear, (i) => i.questionId === 'sty-01' && i.toLevel === 2);
    expect(goalOf(yearGoals(sample, answers, a, noStep2), 'styrning')).toMatchObject({
      from: 1,
      to: 1,
      kind: 'later',
    });
  });

  it('counts a step only when every one of its items is within the year', () => {
    const { answers, items } = setup(values);
    const inYear = items.map((i) => ({ ...i, due: END }));
    const step2 = inYear.find((i) => i.questionId === 'sty-01' && i.toLevel === 2)!;
    const second = { ...step2, id: 'a1:extra', due: LATER };
    expect(goalOf(yearGoals(sample, answers, a, [...inYear, second]), 'styrning')).toMatchObject({
      to: 1,
      kind: 'later',
    });
  });

  it('counts a done item whatever its date, and leaves dismissed items out', () => {
    const { answers, items } = setup(values);
    const late = items.map((i) => ({ ...i, due: LATER }));
    expect(goalOf(yearGoals(sample, answers, a, late), 'skydd').kind).toBe('later');
    const done = late.map((i) =>
      i.questionId === 'sky-01' && i.toLevel === 1 ? { ...i, status: 'klar' as const } : i,
    );
    // sky-01 is the only question below 2 in the area: its first step done lifts the area to 1.
    expect(goalOf(yearGoals(sample, answers, a, done), 'skydd')).toMatchObject({ to: 1, kind: 'partial' });
    const dismissed = done.map((i) =>
      i.questionId === 'sky-01' && i.toLevel === 1 ? { ...i, dismissedReason: 'x' } : i,
    );
    expect(goalOf(yearGoals(sample, answers, a, dismissed), 'skydd').to).toBe(0);
  });

  it('says met for an area at its target and unassessed without a level', () => {
    const { answers, items } = setup({ 'sty-01': level(4), 'sty-02': level(4), 'sty-03': level(5) });
    const goals = yearGoals(sample, answers, a, items);
    expect(goalOf(goals, 'styrning')).toMatchObject({ from: 4, kind: 'met' });
    expect(goalOf(goals, 'skydd')).toMatchObject({ from: null, kind: 'unassessed' });
  });

  it('writes each kind in Swedish words', () => {
    const g = { areaId: 'x', from: 1, to: 2, target: 3, missing: 0 };
    expect(yearGoalSv({ ...g, kind: 'target' }, 'Behörigheter')).toBe(
      'Behörigheter: från nivå 1 till målnivå 3',
    );
    expect(yearGoalSv({ ...g, kind: 'partial' }, 'B')).toBe('B: från nivå 1 till nivå 2 (målnivå 3 senare)');
    expect(yearGoalSv({ ...g, kind: 'met' }, 'B')).toBe('B: målnivå 3 är nådd');
    expect(yearGoalSv({ ...g, kind: 'target', missing: 2 }, 'B')).toBe(
      'B: från nivå 1 till målnivå 3 (2 frågor utan nivå)',
    );
    expect(yearGoalSv({ ...g, kind: 'met', missing: 1 }, 'B')).toBe(
      'B: målnivå 3 är nådd (1 fråga utan nivå)',
    );
  });

  it('counts the questions an area goal does not rest on, and never says such an area reaches its målnivå', () => {
    // styrning: one question at its target, one unanswered, one vet ej; skydd: nothing answered.
    const { answers, items } = setup({ 'sty-01': level(4), 'sty-03': { kind: 'unknown' } });
    const goals = yearGoals(sample, answers, a, items);
    const styrning = goalOf(goals, 'styrning');
    expect(styrning).toMatchObject({ missing: 2 });
    expect(['met', 'target']).toContain(styrning.kind);
    expect(goalOf(goals, 'skydd')).toMatchObject({ kind: 'unassessed' });
    expect(goalsReached(goals)).toBe(0);
    // Answered throughout, the same area counts.
    const full = setup({ 'sty-01': level(4), 'sty-02': level(4), 'sty-03': level(5) });
    expect(goalsReached(yearGoals(sample, full.answers, a, full.items))).toBe(1);
  });

  it('gives every area of the real bank a goal between its level now and its target', () => {
    const real = realQuestionnaire();
    const answers = answersByQuestion(
      real.areas.flatMap((ar) => ar.questions.map((q) => answer(q.id, level(0)))),
    );
    const b = assessment({ date: '2026-12-01' });
    const goals = yearGoals(real, answers, b, generatePlan(real, answers, b, NOW));
    expect(goals).toHaveLength(real.areas.length);
    for (const g of goals) expect(g.from === 0 && g.to! >= 0 && g.to! <= g.target, g.areaId).toBe(true);
  });
});

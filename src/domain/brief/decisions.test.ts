import { describe, expect, it } from 'vitest';
import { answersByQuestion } from '../assessment/progress';
import { generatePlan } from '../plan/generate';
import { answer, assessment, level, realQuestionnaire } from '../../test/sample';
import { decisionBrief } from './brief';
import { beyondPeriod, firstSteps, nextFollowUp, planTotals } from './plan-summary';
import { decisionsFor } from './decisions';
import type { PlanItem } from '../plan/types';

// What ledningen is asked to decide, and the plan’s first steps; the brief’s other rules are in brief.test.ts.
const real = realQuestionnaire();
const questions = real.areas.flatMap((a) => a.questions);

describe('decisions and first steps', () => {
  const item = (over: Partial<PlanItem> & { costKronor?: number | null; costDays?: number | null }) =>
    ({
      id: over.id ?? 'x',
      order: 0,
      due: null,
      status: 'ej-paborjad',
      dismissedReason: null,
      priority: 2,
      ownerName: '',
      ...over,
    }) as PlanItem & { costKronor?: number | null; costDays?: number | null };

  it('sums the plan’s costs only where items carry them, and leaves out dismissed items', () => {
    const totals = planTotals([
      item({ id: 'a', costKronor: 10000, costDays: 2, priority: 1 }),
      item({ id: 'b', costDays: 3, ownerName: 'Eva' }),
      item({ id: 'c', costKronor: 99999, dismissedReason: 'Inte aktuellt' }),
      item({ id: 'd', status: 'klar', priority: 1 }),
    ]);
    expect(totals).toEqual({
      items: 3,
      open: 2,
      done: 1,
      priority1: 1,
      costKronor: 10000,
      costDays: 5,
      costed: 2,
      withoutOwnerName: 1,
    });
    expect(planTotals([item({})]).costKronor).toBeNull();
  });

  it('asks to complete an incomplete assessment first, and always for a follow-up date', () => {
    const totals = planTotals([item({ priority: 1 })]);
    const period = { start: '2026-12-01', end: '2027-12-01' };
    const incomplete = { basis: 14, applicable: 84, share: 14 / 84, incomplete: true };
    expect(decisionsFor(incomplete, totals, period, '2027-03-31').map((d) => d.kind)).toEqual([
      'complete',
      'adopt',
      'resources',
      'owners',
      'follow-up',
    ]);
    expect(decisionsFor(incomplete, totals, period, '2027-03-31')[0]).toEqual({
      kind: 'complete',
      remaining: 70,
    });
    const done = { ...incomplete, basis: 84, share: 1, incomplete: false };
    expect(decisionsFor(done, planTotals([]), period, '2027-03-31')).toEqual([
      { kind: 'follow-up', date: '2027-03-31' },
    ]);
  });

  it('proposes the end of the next calendar quarter for the follow-up', () => {
    expect(nextFollowUp('2026-12-01')).toBe('2027-03-31');
    expect(nextFollowUp('2026-01-15')).toBe('2026-06-30');
    expect(nextFollowUp('2026-09-30')).toBe('2026-12-31');
  });

  it('lists the first steps by due date, undated last, without done or dismissed items', () => {
    const steps = firstSteps([
      item({ id: 'late', due: '2027-06-01', order: 0 }),
      item({ id: 'none', due: null, order: 1 }),
      item({ id: 'soon', due: '2027-01-01', order: 2 }),
      item({ id: 'done', due: '2026-12-01', status: 'klar', order: 3 }),
      item({ id: 'gone', due: '2026-12-01', dismissedReason: 'nej', order: 4 }),
    ]);
    expect(steps.map((s) => s.id)).toEqual(['soon', 'late', 'none']);
  });

  it('brings it together for a fully answered real assessment', () => {
    const answers = answersByQuestion(questions.map((x, i) => answer(x.id, level(i % 3))));
    const a = assessment({ date: '2026-12-01' });
    const items = generatePlan(real, answers, a, '2026-12-01T00:00:00.000Z');
    const b = decisionBrief({ questionnaire: real, assessment: a, answers, items, today: '2026-12-01' });
    expect(b.coverage.incomplete).toBe(false);
    expect(b.areas).toHaveLength(real.areas.length);
    expect(b.risks.length).toBeGreaterThanOrEqual(3);
    expect(b.decisions.map((d) => d.kind)).toEqual(['adopt', 'resources', 'owners', 'follow-up']);
    expect(b.firstSteps).toHaveLength(5);
    const dues = b.firstSteps.map((s) => s.due!);
    expect([...dues].sort()).toEqual(dues);
  });

  it('says how many items are due after the plan period, and when the last is', () => {
    const period = { start: '2026-12-01', end: '2027-12-01' };
    const items = [
      item({ id: 'in', due: '2027-12-01' }),
      item({ id: 'after', due: '2028-03-31' }),
      item({ id: 'last', due: '2029-06-30' }),
      item({ id: 'gone', due: '2030-01-31', dismissedReason: 'Inte aktuellt' }),
      item({ id: 'undated', due: null }),
    ];
    expect(beyondPeriod(items, period)).toEqual({ later: 2, lastDue: '2029-06-30' });
    const done = { basis: 84, applicable: 84, share: 1, incomplete: false };
    const adopt = decisionsFor(done, planTotals(items), period, '2027-03-31', beyondPeriod(items, period))[0];
    expect(adopt).toMatchObject({ kind: 'adopt', items: 4, later: 2, lastDue: '2029-06-30' });
  });

  it('at level 0 on the real bank, the adoption names the items due after the year', () => {
    const answers = answersByQuestion(questions.map((x) => answer(x.id, level(0))));
    const a = assessment({ date: '2026-12-01' });
    const items = generatePlan(real, answers, a, '2026-12-01T00:00:00.000Z');
    const b = decisionBrief({ questionnaire: real, assessment: a, answers, items, today: '2026-12-01' });
    const adopt = b.decisions.find((d) => d.kind === 'adopt')!;
    const after = items.filter((i) => i.due !== null && i.due > b.period.end);
    expect(after.length).toBeGreaterThan(0);
    expect(adopt).toMatchObject({
      later: after.length,
      lastDue: after
        .map((i) => i.due)
        .sort()
        .at(-1),
    });
  });
});

import { describe, expect, it } from 'vitest';
import { countsBy, horizonOf, isOverdue, planPeriod, quarterOf, suggestedDates } from './schedule';
import { planItem } from './fixtures/items';

const period = planPeriod({ date: '2026-03-01' });

describe('planPeriod and suggested dates', () => {
  it('covers one year from the assessment date', () => {
    expect(period).toEqual({ start: '2026-03-01', end: '2027-03-01' });
  });

  it('suggests due dates by priority, and after the period for levels 4–5', () => {
    expect(suggestedDates('2026-03-01', 1, 1)).toEqual({ start: '2026-03-01', due: '2026-06-01' });
    expect(suggestedDates('2026-03-01', 2, 3)).toEqual({ start: '2026-03-01', due: '2026-12-01' });
    expect(suggestedDates('2026-03-01', 3, 3)).toEqual({ start: '2026-03-01', due: '2027-03-01' });
    expect(suggestedDates('2026-03-01', 1, 4)).toEqual({ start: '2026-03-01', due: '2027-09-01' });
    expect(suggestedDates('2026-03-01', 3, 5).due).toBe('2027-09-01');
    expect(suggestedDates('2026-03-01', 2, null).due).toBe('2026-12-01');
  });

  it('puts each further step of a question STEP_MONTHS after the one below', () => {
    expect(suggestedDates('2026-03-01', 1, 2, 1)).toEqual({ start: '2026-06-01', due: '2026-09-01' });
    expect(suggestedDates('2026-03-01', 1, 3, 2)).toEqual({ start: '2026-09-01', due: '2026-12-01' });
    expect(suggestedDates('2026-03-01', 2, 3, 1)).toEqual({ start: '2026-12-01', due: '2027-03-01' });
    // Beyond the period the step is still written down, as "senare".
    expect(horizonOf({ due: suggestedDates('2026-03-01', 3, 3, 1).due }, period)).toBe('later');
    // Levels 4–5 keep their own date whatever lies below.
    expect(suggestedDates('2026-03-01', 1, 4, 3).due).toBe('2027-09-01');
  });

  it('places every suggested date in the horizon its rule promises', () => {
    const due = (p: 1 | 2 | 3, level: number) => suggestedDates(period.start, p, level).due;
    expect(horizonOf({ due: due(1, 2) }, period)).toBe('within3');
    expect(horizonOf({ due: due(2, 2) }, period)).toBe('within12');
    expect(horizonOf({ due: due(3, 2) }, period)).toBe('within12');
    expect(horizonOf({ due: due(3, 4) }, period)).toBe('later');
  });
});

describe('horizonOf and quarterOf', () => {
  it('counts from the start of the period, boundaries included', () => {
    const cases: [string | null, string, string][] = [
      ['2026-01-15', 'within3', 'Q1'],
      ['2026-03-01', 'within3', 'Q1'],
      ['2026-06-01', 'within3', 'Q1'],
      ['2026-06-02', 'within12', 'Q2'],
      ['2026-09-01', 'within12', 'Q2'],
      ['2026-09-02', 'within12', 'Q3'],
      ['2026-12-01', 'within12', 'Q3'],
      ['2026-12-02', 'within12', 'Q4'],
      ['2027-03-01', 'within12', 'Q4'],
      ['2027-03-02', 'later', 'later'],
      [null, 'later', 'later'],
    ];
    for (const [due, horizon, quarter] of cases) {
      expect(horizonOf({ due }, period), String(due)).toBe(horizon);
      expect(quarterOf({ due }, period), String(due)).toBe(quarter);
    }
  });
});

describe('isOverdue', () => {
  it('is overdue only after the due day, when not done and not dismissed', () => {
    const item = planItem({ due: '2026-06-01' });
    expect(isOverdue(item, '2026-06-01')).toBe(false);
    expect(isOverdue(item, '2026-06-02')).toBe(true);
    expect(isOverdue(item, '2026-06-02T10:00:00.000Z')).toBe(true);
    expect(isOverdue({ ...item, status: 'pagar' }, '2026-07-01')).toBe(true);
    expect(isOverdue({ ...item, status: 'vilande' }, '2026-07-01')).toBe(true);
    expect(isOverdue({ ...item, status: 'klar' }, '2026-07-01')).toBe(false);
    expect(isOverdue({ ...item, dismissedReason: 'Görs av regionen' }, '2026-07-01')).toBe(false);
    expect(isOverdue({ ...item, due: null }, '2026-07-01')).toBe(false);
  });
});

describe('countsBy', () => {
  it('counts by priority and status, leaving dismissed items out', () => {
    const counts = countsBy([
      planItem({ priority: 1, status: 'ej-paborjad' }),
      planItem({ priority: 1, status: 'klar' }),
      planItem({ priority: 2, status: 'pagar' }),
      planItem({ priority: 3, status: 'vilande', dismissedReason: 'Inte aktuellt' }),
    ]);
    expect(counts).toEqual({
      total: 3,
      byPriority: { 1: 2, 2: 1, 3: 0 },
      byStatus: { 'ej-paborjad': 1, pagar: 1, klar: 1, vilande: 0 },
      dismissed: 1,
    });
    expect(countsBy([]).total).toBe(0);
  });
});

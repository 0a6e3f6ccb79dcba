import { describe, expect, it } from 'vitest';
import { countsBy, firstSteps, horizonOf, isOverdue, planPeriod, quarterOf } from './schedule';
import { planItem } from './fixtures/items';

const period = planPeriod({ date: '2026-03-01' });

describe('planPeriod', () => {
  it('covers one year from the assessment date', () => {
    expect(period).toEqual({ start: '2026-03-01', end: '2027-03-01' });
  });
});

describe('horizonOf and quarterOf', () => {
  it('counts the horizon from the start of the period and names calendar quarters', () => {
    const cases: [string | null, string, string][] = [
      ['2026-01-15', 'within3', '2026-1'],
      ['2026-03-31', 'within3', '2026-1'],
      ['2026-04-01', 'within3', '2026-2'],
      ['2026-06-01', 'within3', '2026-2'],
      ['2026-06-02', 'within12', '2026-2'],
      ['2026-09-30', 'within12', '2026-3'],
      ['2026-12-31', 'within12', '2026-4'],
      ['2027-03-01', 'within12', '2027-1'],
      ['2027-03-02', 'later', '2027-1'],
      [null, 'later', 'none'],
    ];
    for (const [due, horizon, quarter] of cases) {
      expect(horizonOf({ due }, period), String(due)).toBe(horizon);
      expect(quarterOf({ due }), String(due)).toBe(quarter);
    }
  });
});

describe('firstSteps', () => {
  it('takes the open items due first, in date order, then plan order; undated last', () => {
    const items = [
      planItem({ id: 'late', due: '2027-05-31', order: 0 }),
      planItem({ id: 'none', due: null, order: 1 }),
      planItem({ id: 'done', due: '2026-01-31', order: 2, status: 'klar' }),
      planItem({ id: 'gone', due: '2026-01-31', order: 3, dismissedReason: 'Regionen gör det' }),
      planItem({ id: 'b', due: '2026-12-31', order: 5 }),
      planItem({ id: 'a', due: '2026-12-31', order: 4 }),
    ];
    expect(firstSteps(items, 3).map((i) => i.id)).toEqual(['a', 'b', 'late']);
    expect(firstSteps(items).map((i) => i.id)).toEqual(['a', 'b', 'late', 'none']);
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

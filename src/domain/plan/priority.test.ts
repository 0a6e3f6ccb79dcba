import { describe, expect, it } from 'vitest';
import { compareCandidates, priorityFor, rankCandidates, type PlanCandidate } from './priority';
import { planItem } from './fixtures/items';
import type { PlanItem } from './types';

const candidate = (id: string, item: Partial<PlanItem>, gap: number, sequence: number): PlanCandidate => {
  const { order: _order, ...rest } = planItem({ id, ...item });
  return { item: rest, gap, sequence };
};

describe('priorityFor', () => {
  it('puts missing basics first, then the law, then the gap', () => {
    expect(priorityFor(0, false)).toEqual({ priority: 1, priorityReason: 'basics' });
    expect(priorityFor(1, true)).toEqual({ priority: 1, priorityReason: 'basics' });
    expect(priorityFor(2, true)).toEqual({ priority: 2, priorityReason: 'law' });
    expect(priorityFor(4, true)).toEqual({ priority: 2, priorityReason: 'law' });
    expect(priorityFor(2, false)).toEqual({ priority: 3, priorityReason: 'gap' });
  });
});

describe('rankCandidates', () => {
  it('sorts by priority, gap, effort, step and questionnaire order, and numbers 0..n-1', () => {
    const list = [
      candidate('seq-late', { priority: 3, effort: 'liten', toLevel: 3 }, 1, 9),
      candidate('seq-early', { priority: 3, effort: 'liten', toLevel: 3 }, 1, 2),
      candidate('step-2', { priority: 3, effort: 'liten', toLevel: 2 }, 1, 50),
      candidate('effort-medel', { priority: 3, effort: 'medel', toLevel: 1 }, 1, 0),
      candidate('effort-stor', { priority: 3, effort: 'stor', toLevel: 1 }, 1, 0),
      candidate('gap-2', { priority: 3, effort: 'stor', toLevel: 3 }, 2, 99),
      candidate('law', { priority: 2, effort: 'stor', toLevel: 3 }, 1, 99),
      candidate('basics', { priority: 1, effort: 'stor', toLevel: 3 }, 1, 99),
    ];
    const ranked = rankCandidates(list);
    expect(ranked.map((i) => i.id)).toEqual([
      'basics',
      'law',
      'gap-2',
      'step-2',
      'seq-early',
      'seq-late',
      'effort-medel',
      'effort-stor',
    ]);
    expect(ranked.map((i) => i.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('is a consistent comparison (antisymmetric)', () => {
    const a = candidate('a', { priority: 2 }, 1, 1);
    const b = candidate('b', { priority: 2 }, 1, 2);
    expect(Math.sign(compareCandidates(a, b))).toBe(-Math.sign(compareCandidates(b, a)));
    expect(compareCandidates(a, a)).toBe(0);
  });
});

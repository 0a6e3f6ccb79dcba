import { describe, expect, it } from 'vitest';
import {
  capPriorityTwo,
  compareCandidates,
  priorityFor,
  PRIORITY_TWO_MAX,
  rankCandidates,
  type PlanCandidate,
} from './priority';
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

describe('capPriorityTwo', () => {
  it('keeps two per area, the pressing ones, and only those that wait for priority 1 alone', () => {
    const list = [
      candidate('p1', { priority: 1, areaId: 'a' }, 2, 0),
      candidate('after-p1', { priority: 2, areaId: 'a', dependsOn: ['p1'], lawRequired: false }, 2, 1),
      candidate('law', { priority: 2, areaId: 'a', lawRequired: true }, 1, 5),
      candidate('third-in-a', { priority: 2, areaId: 'a', lawRequired: false }, 2, 2),
      candidate('waits-for-p2', { priority: 2, areaId: 'b', dependsOn: ['law'] }, 3, 3),
      candidate('b', { priority: 2, areaId: 'b', lawRequired: false }, 1, 4),
      candidate('gap', { priority: 3, areaId: 'b' }, 1, 6),
    ];
    const out = new Map(capPriorityTwo(list).map((c) => [c.item.id, c.item]));
    expect([...out.values()].filter((i) => i.priority === 2).map((i) => i.id)).toEqual([
      'after-p1',
      'law',
      'b',
    ]);
    // What the cap leaves out is priority 3 and keeps its reason.
    expect(out.get('third-in-a')!.priority).toBe(3);
    expect(out.get('waits-for-p2')!.priority).toBe(3);
    expect(out.get('p1')!.priority).toBe(1);
  });

  it('never keeps more than PRIORITY_TWO_MAX', () => {
    const list = Array.from({ length: 100 }, (_, i) =>
      candidate(`c${i}`, { priority: 2, areaId: `area-${i}` }, 1, i),
    );
    expect(capPriorityTwo(list).filter((c) => c.item.priority === 2)).toHaveLength(PRIORITY_TWO_MAX);
  });
});

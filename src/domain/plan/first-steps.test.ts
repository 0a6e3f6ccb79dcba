import { describe, expect, it } from 'vitest';
import { firstSteps } from './first-steps';
import type { PlanItem } from './types';

const item = (id: string, extra: Partial<PlanItem> = {}) =>
  ({ id, status: 'ej-paborjad', dismissedReason: null, ...extra }) as PlanItem;

describe('firstSteps', () => {
  it('takes the first five open items of the stored plan, skipping done and dismissed ones', () => {
    const stored = [
      item('a', { status: 'klar' }),
      item('b'),
      item('c', { dismissedReason: 'Görs redan' }),
      item('d', { status: 'pagar' }),
      item('e'),
      item('f'),
      item('g'),
      item('h'),
    ];
    const generate = () => {
      throw new Error('a stored plan is never regenerated');
    };
    expect(firstSteps(stored, generate).map((i) => i.id)).toEqual(['b', 'd', 'e', 'f', 'g']);
  });

  it('uses the plan the answers would give while none is stored', () => {
    expect(firstSteps(undefined, () => [item('x'), item('y')]).map((i) => i.id)).toEqual(['x', 'y']);
    expect(firstSteps([], () => [item('x', { status: 'klar' })])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { spreadOf } from './spread';

describe('spreadOf', () => {
  it('gives the quartiles Excel’s KVARTIL.INK gives (linear interpolation)', () => {
    expect(spreadOf([4, 1, 3, 2])).toEqual({ n: 4, min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4 });
    expect(spreadOf([0, 1, 1, 2, 5])).toEqual({ n: 5, min: 0, q1: 1, median: 1, q3: 2, max: 5 });
    expect(spreadOf([1, 2, 3, 4, 5, 6])).toEqual({ n: 6, min: 1, q1: 2.25, median: 3.5, q3: 4.75, max: 6 });
  });

  it('sorts numerically, not as text', () => {
    expect(spreadOf([10, 9, 2])?.median).toBe(9);
  });

  it('gives one value for every quantile of a single kommun, and null for none', () => {
    expect(spreadOf([2.5])).toEqual({ n: 1, min: 2.5, q1: 2.5, median: 2.5, q3: 2.5, max: 2.5 });
    expect(spreadOf([])).toBeNull();
  });

  it('rounds to two decimals, hiding floating-point noise', () => {
    expect(spreadOf([0.1 + 0.2, 0.3])?.median).toBe(0.3);
    expect(spreadOf([1 / 3, 2 / 3])?.median).toBe(0.5);
  });
});

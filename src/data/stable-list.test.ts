import { describe, expect, it } from 'vitest';
import { reuseUnchanged } from './stable-list';

describe('reuseUnchanged', () => {
  it('keeps the previous object for unchanged rows and takes the new one for changed rows', () => {
    const before = [
      { id: 'a', status: 'ej', refs: ['5.1'] },
      { id: 'b', status: 'ej', refs: [] },
    ];
    const after = [
      { id: 'a', status: 'ej', refs: ['5.1'] },
      { id: 'b', status: 'klar', refs: [] },
      { id: 'c', status: 'ej', refs: [] },
    ];
    const result = reuseUnchanged(before, after);
    expect(result[0]).toBe(before[0]);
    expect(result[1]).toBe(after[1]);
    expect(result[2]).toBe(after[2]);
    expect(result).toEqual(after);
  });

  it('follows the new order and drops removed rows', () => {
    const before = [{ id: 'a' }, { id: 'b' }];
    const result = reuseUnchanged(before, [{ id: 'b' }]);
    expect(result).toEqual([{ id: 'b' }]);
    expect(result[0]).toBe(before[1]);
  });
});

import { describe, expect, it } from 'vitest';
import { appendToNote, voteSpread } from './vote';

describe('a round of votes', () => {
  it('gives the spread, the tally and the lower median', () => {
    expect(voteSpread([3, 2, 4, 3], 6)).toEqual({
      count: 4,
      min: 2,
      max: 4,
      median: 3,
      tally: [0, 0, 1, 2, 1, 0],
    });
    expect(voteSpread([1, 4], 6)?.median).toBe(1);
    expect(voteSpread([5], 6)).toMatchObject({ count: 1, min: 5, max: 5, median: 5 });
    expect(voteSpread([], 6)).toBeNull();
  });

  it('appends to the note on a line of its own and keeps the limit', () => {
    expect(appendToNote('', 'Röstning: 3, 2', 100)).toBe('Röstning: 3, 2');
    expect(appendToNote('Fråga Bo.  \n', 'Röstning: 3, 2', 100)).toBe('Fråga Bo.\nRöstning: 3, 2');
    expect(appendToNote('abc', 'defgh', 6)).toBe('abc\nde');
  });
});

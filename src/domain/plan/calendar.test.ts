import { describe, expect, it } from 'vitest';
import {
  monthEnd,
  parseQuarterKey,
  quarterEnd,
  quarterIndexOf,
  quarterKeyOf,
  quarterName,
  quarterStart,
} from './calendar';

describe('calendar quarters', () => {
  it('names the quarter a day falls in, and its first and last day', () => {
    const q = quarterIndexOf('2026-12-01');
    expect(quarterName(q)).toEqual({ quarter: 4, year: 2026 });
    expect([quarterStart(q), quarterEnd(q)]).toEqual(['2026-10-01', '2026-12-31']);
    expect(quarterName(q + 1)).toEqual({ quarter: 1, year: 2027 });
    expect([quarterStart(q + 1), quarterEnd(q + 1)]).toEqual(['2027-01-01', '2027-03-31']);
    expect(quarterKeyOf('2027-05-31')).toBe('2027-2');
    expect(quarterKeyOf(null)).toBe('none');
    expect(parseQuarterKey('2027-2')).toEqual({ quarter: 2, year: 2027 });
  });

  it('gives the same quarter however often it is asked, and "none" for what is not a date', () => {
    for (let round = 0; round < 3; round++) {
      expect(quarterKeyOf('2027-05-31')).toBe('2027-2');
      expect(quarterKeyOf('2026-12-31')).toBe('2026-4');
      expect(quarterKeyOf('2027-02-30')).toBe('none');
      expect(quarterKeyOf('snart')).toBe('none');
    }
    // More distinct dates than it keeps: every answer is still right.
    for (let day = 0; day < 5000; day++) {
      const date = new Date(Date.UTC(2027, 0, 1 + day)).toISOString().slice(0, 10);
      const month = Number(date.slice(5, 7));
      expect(quarterKeyOf(date)).toBe(`${date.slice(0, 4)}-${Math.floor((month - 1) / 3) + 1}`);
    }
    expect(quarterKeyOf('2027-05-31')).toBe('2027-2');
  });

  it('knows the last day of every month, leap years included', () => {
    expect(monthEnd(2028, 2)).toBe('2028-02-29');
    expect(monthEnd(2027, 2)).toBe('2027-02-28');
    expect(monthEnd(2026, 4)).toBe('2026-04-30');
  });
});

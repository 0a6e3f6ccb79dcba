import { describe, expect, it } from 'vitest';
import { addDays, addMonths, isIsoDate } from './dates';

describe('dates', () => {
  it('adds months, ending on the last day of a shorter month', () => {
    expect(addMonths('2026-03-01', 3)).toBe('2026-06-01');
    expect(addMonths('2026-03-01', 12)).toBe('2027-03-01');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-08-31', 18)).toBe('2028-02-29');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('accepts only real days written YYYY-MM-DD', () => {
    expect(isIsoDate('2026-03-01')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const bad of [
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-3-1',
      '2026-03-01T00:00',
      '',
    ])
      expect(isIsoDate(bad)).toBe(false);
    expect(() => addMonths('1 mars', 1)).toThrow();
  });
});

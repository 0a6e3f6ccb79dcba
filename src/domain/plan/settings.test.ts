import { describe, expect, it } from 'vitest';
import {
  addOwnRole,
  emptyPlanSettings,
  parseCapacity,
  planRoles,
  roleNames,
  removeOwnRole,
  withCapacity,
  type PlanSettings,
} from './settings';
import { adoptionSchema } from './adoption';

const base = emptyPlanSettings();

describe('plan settings', () => {
  it('adds an own role or named person once, trimmed, with the egen- prefix', () => {
    const added = addOwnRole(base, '  Anna  Berg ', ['IT-chef'], 'x1') as PlanSettings;
    expect(added.roles).toEqual([{ id: 'egen-x1', name: 'Anna Berg' }]);
    expect(addOwnRole(added, 'anna berg', [], 'x2')).toBe('duplicate');
    expect(addOwnRole(base, 'it-chef', ['IT-chef'], 'x3')).toBe('duplicate');
    expect(addOwnRole(base, '   ', [], 'x4')).toBe('required');
    expect(addOwnRole(base, 'x'.repeat(81), [], 'x5')).toBe('tooLong');
  });

  it('removes an own role and its capacity only when no item has it as owner', () => {
    const s = withCapacity(addOwnRole(base, 'Anna', [], 'a') as PlanSettings, 'egen-a', 6);
    expect(removeOwnRole(s, 'egen-a', ['egen-a', 'it-chef'])).toBe('inUse');
    expect(removeOwnRole(s, 'egen-a', ['it-chef'])).toEqual(base);
  });

  it('reads a capacity as a whole number, empty as the default', () => {
    expect(parseCapacity(' 12 ')).toBe(12);
    expect(parseCapacity('')).toBeNull();
    expect(parseCapacity('2,5')).toBe('amount');
    expect(parseCapacity('-1')).toBe('amount');
    expect(parseCapacity('201')).toBe('amount');
    expect(withCapacity(withCapacity(base, 'it-chef', 3), 'it-chef', null).capacity).toEqual({});
  });

  it('validates the adoption block', () => {
    expect(adoptionSchema.parse({ adoptedBy: ' KS ', adoptedDate: '', diarienummer: 'KS 2027/12' })).toEqual({
      adoptedBy: 'KS',
      adoptedDate: null,
      diarienummer: 'KS 2027/12',
    });
    expect(
      adoptionSchema.safeParse({ adoptedBy: '', adoptedDate: '2027-02-30', diarienummer: '' }).success,
    ).toBe(false);
  });

  it('lists the questionnaire roles, then the kommun’s own', () => {
    const s = addOwnRole(base, 'Anna', [], 'a') as PlanSettings;
    expect(planRoles([{ id: 'it-chef', name: { sv: 'IT-chef' } }], s).map((r) => r.id)).toEqual([
      'it-chef',
      'egen-a',
    ]);
  });

  it('names every owner by id: the questionnaire’s roles in the words asked for, the own as typed', () => {
    const s = addOwnRole(base, 'Anna Berg, IT-säkerhet', [], 'a') as PlanSettings;
    const names = roleNames(
      [{ id: 'it-chef', name: { sv: 'IT-chef', en: 'IT manager' } }],
      s,
      (n) => n.en ?? n.sv,
    );
    expect([...names]).toEqual([
      ['it-chef', 'IT manager'],
      ['egen-a', 'Anna Berg, IT-säkerhet'],
    ]);
  });
});

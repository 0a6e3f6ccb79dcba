import { describe, expect, it } from 'vitest';
import { planItem } from './fixtures/items';
import { reassignItems, reassignmentError } from './reassign';

const now = '2026-12-02T09:00:00.000Z';
const a = planItem({ id: 'a', ownerRole: 'it-chef', ownerName: 'Åsa' });
const b = planItem({ id: 'b', ownerRole: 'informationssakerhetssamordnare' });
const c = planItem({ id: 'c', ownerRole: 'arkivarie', ownerName: 'Bo', edited: true });

describe('reassignItems', () => {
  it('sets the role and keeps each named person; items already so owned are left out', () => {
    const changed = reassignItems([a, b, c], { ownerRole: 'informationssakerhetssamordnare' }, now);
    expect(changed.map((i) => [i.id, i.ownerRole, i.ownerName])).toEqual([
      ['a', 'informationssakerhetssamordnare', 'Åsa'],
      ['c', 'informationssakerhetssamordnare', 'Bo'],
    ]);
  });

  it('marks every changed item edited, as a user edit does, so regeneration keeps the owner', () => {
    const [changed] = reassignItems([b], { ownerRole: 'it-chef' }, now);
    expect(changed).toMatchObject({ edited: true, updatedAt: now, priorityReason: b.priorityReason });
    expect(b.edited).toBe(false);
  });

  it('sets or takes away the named person, keeping each role', () => {
    expect(
      reassignItems([a, b], { ownerName: ' Kim Ek ' }, now).map((i) => [i.ownerRole, i.ownerName]),
    ).toEqual([
      ['it-chef', 'Kim Ek'],
      ['informationssakerhetssamordnare', 'Kim Ek'],
    ]);
    expect(reassignItems([a, b, c], { ownerName: '' }, now).map((i) => i.id)).toEqual(['a', 'c']);
  });

  it('refuses a change with nothing to set, an empty role or text too long', () => {
    expect(reassignmentError({})).toBe('required');
    expect(reassignmentError({ ownerRole: ' ' })).toBe('required');
    expect(reassignmentError({ ownerName: 'x'.repeat(121) })).toBe('tooLong');
    expect(reassignmentError({ ownerRole: 'it-chef' })).toBeNull();
    expect(() => reassignItems([a], {}, now)).toThrow();
  });
});

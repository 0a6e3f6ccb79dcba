import { describe, expect, it } from 'vitest';
import { placeItems, type ToPlace } from './place';

const item = (id: string, extra: Partial<ToPlace> = {}): ToPlace => ({
  id,
  ownerRole: 'samordnare',
  effort: 'medel',
  dependsOn: [],
  ...extra,
});
const capacity = (points: number) => () => points;

describe('placeItems', () => {
  it('fills the earliest quarter up to the owner’s capacity, then moves on', () => {
    // Capacity 4: two "medel" (2 points) a quarter. 2027-01-01 starts a whole quarter.
    const items = ['a', 'b', 'c', 'd', 'e'].map((id) => item(id));
    const placed = placeItems(items, { from: '2027-01-01', capacity: capacity(4) });
    expect([...placed.values()].map((p) => p.due)).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-04-30',
      '2027-05-31',
      '2027-07-31',
    ]);
    expect(placed.get('c')?.start).toBe('2027-04-01');
    expect(placed.get('a')?.start).toBe('2027-01-01');
  });

  it('gives each role its own capacity', () => {
    const items = [item('a'), item('b', { ownerRole: 'it' }), item('c'), item('d', { ownerRole: 'it' })];
    const placed = placeItems(items, { from: '2027-01-01', capacity: (r) => (r === 'it' ? 4 : 2) });
    expect(placed.get('b')!.due <= '2027-03-31').toBe(true);
    expect(placed.get('d')!.due <= '2027-03-31').toBe(true);
    expect(placed.get('c')?.start).toBe('2027-04-01');
  });

  it('puts an item in a later quarter than every item it waits for', () => {
    const items = [item('a'), item('b', { dependsOn: ['a'] }), item('c', { after: ['b'] })];
    const placed = placeItems(items, { from: '2027-01-01', capacity: capacity(40) });
    expect(placed.get('a')?.due).toBe('2027-01-31');
    expect(placed.get('b')?.start).toBe('2027-04-01');
    expect(placed.get('c')?.start).toBe('2027-07-01');
  });

  it('shrinks the first quarter to the months left of it', () => {
    // From 1 December only one month of Q4 is left: a third of 6 points is one "medel".
    const items = [item('a'), item('b')];
    const placed = placeItems(items, { from: '2026-12-01', capacity: capacity(6) });
    expect(placed.get('a')).toEqual({ start: '2026-12-01', due: '2026-12-31' });
    expect(placed.get('b')?.start).toBe('2027-01-01');
  });

  it('gives an item larger than its owner’s whole capacity a quarter of its own', () => {
    const items = [
      item('a', { effort: 'stor' }),
      item('b', { effort: 'liten' }),
      item('c', { effort: 'liten' }),
    ];
    const placed = placeItems(items, { from: '2027-01-01', capacity: capacity(2) });
    expect(placed.get('a')?.start).toBe('2027-01-01');
    expect(placed.get('b')?.start).toBe('2027-04-01');
    expect(placed.get('c')?.start).toBe('2027-04-01');
  });

  it('never lets a month hold more than a fifth of the items, however much capacity there is', () => {
    const items = Array.from({ length: 50 }, (_, i) => item(`i${i}`, { effort: 'liten' }));
    const placed = placeItems(items, { from: '2027-01-01', capacity: capacity(1000) });
    const months = new Map<string, number>();
    for (const p of placed.values()) months.set(p.due.slice(0, 7), (months.get(p.due.slice(0, 7)) ?? 0) + 1);
    expect(Math.max(...months.values())).toBeLessThanOrEqual(10);
    expect(placed.size).toBe(50);
  });
});

describe('placeItems with items the user dated', () => {
  it('counts their points in their quarter, and places what waits for them after it', () => {
    // Capacity 4: a hand-dated "medel" in Q1 leaves room for one more there.
    const fixed = [{ id: 'mine', ownerRole: 'samordnare', effort: 'medel' as const, due: '2027-02-15' }];
    const items = [item('a'), item('b'), item('c', { ownerRole: 'it', dependsOn: ['mine'] })];
    const placed = placeItems(items, { from: '2027-01-01', capacity: capacity(4), fixed });
    expect(placed.get('a')!.due <= '2027-03-31').toBe(true);
    expect(placed.get('b')?.start).toBe('2027-04-01');
    expect(placed.get('c')?.start).toBe('2027-04-01');
    expect(placed.has('mine')).toBe(false);
  });

  it('takes room in the first quarter for a hand-dated item already overdue', () => {
    const fixed = [{ id: 'late', ownerRole: 'samordnare', effort: 'stor' as const, due: '2026-05-31' }];
    const placed = placeItems([item('a')], { from: '2027-01-01', capacity: capacity(4), fixed });
    expect(placed.get('a')?.start).toBe('2027-04-01');
  });
});

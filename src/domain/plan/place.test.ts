import { describe, expect, it } from 'vitest';
import { MONTH_SHARE, placeItems, type PlaceOptions, type ToPlace } from './place';
import { quarterIndexOf } from './calendar';
import { EFFORT_POINTS } from './capacity';

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

/**
 * The plain search placeItems must agree with: every item tries each quarter from the first (after
 * what it waits for) until one is below its share of the plan and its owner has room, or it is
 * larger than its owner's whole capacity and the owner has nothing there. placeItems skips the
 * quarters this search would try in vain; the quarters it picks must be the same.
 */
function plainQuarters(items: readonly ToPlace[], options: PlaceOptions): Map<string, number> {
  const first = quarterIndexOf(options.from);
  const monthsLeft = 3 - ((Number(options.from.slice(5, 7)) - 1) % 3);
  const months = (q: number) => (q === first ? monthsLeft : 3);
  const fixed = options.fixed ?? [];
  const perMonth = Math.max(1, Math.floor((items.length + fixed.length) * MONTH_SHARE));
  const load = new Map<string, number>();
  const count = new Map<number, number>();
  const quarter = new Map<string, number>();
  const used = (role: string, q: number) => load.get(`${role}@${q}`) ?? 0;
  const take = (id: string, role: string, q: number, points: number) => {
    load.set(`${role}@${q}`, used(role, q) + points);
    count.set(q, (count.get(q) ?? 0) + 1);
    quarter.set(id, q);
  };
  for (const f of fixed)
    take(f.id, f.ownerRole, Math.max(first, quarterIndexOf(f.due)), EFFORT_POINTS[f.effort]);
  for (const item of items) {
    const points = EFFORT_POINTS[item.effort];
    const capacity = options.capacity(item.ownerRole);
    let q = first;
    for (const before of [...item.dependsOn, ...(item.after ?? [])])
      q = Math.max(q, (quarter.get(before) ?? -Infinity) + 1);
    for (; ; q++) {
      const full = (count.get(q) ?? 0) >= perMonth * months(q);
      const fits = (capacity * months(q)) / 3 - used(item.ownerRole, q) >= points;
      const alone = points > capacity && used(item.ownerRole, q) === 0;
      if (!full && (fits || alone)) break;
    }
    take(item.id, item.ownerRole, q, points);
  }
  for (const f of fixed) quarter.delete(f.id);
  return quarter;
}

describe('placeItems skips only quarters where nothing could go', () => {
  it('picks the same quarter as trying every quarter from the first, over varied seeded plans', () => {
    let seed = 20261201;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
    const roles = ['a', 'b', 'c', 'd'];
    const efforts = ['liten', 'medel', 'stor'] as const;
    for (let plan = 0; plan < 60; plan++) {
      const n = 5 + Math.floor(rnd() * 300);
      const items: ToPlace[] = [];
      for (let i = 0; i < n; i++) {
        const earlier = items.length > 0 && rnd() < 0.4 ? [pick(items).id] : [];
        const after = items.length > 0 && rnd() < 0.1 ? [pick(items).id, pick(items).id] : undefined;
        items.push(
          item(`i${i}`, { ownerRole: pick(roles), effort: pick(efforts), dependsOn: earlier, after }),
        );
      }
      const fixed = Array.from({ length: Math.floor(rnd() * 6) }, (_, k) => ({
        id: `f${k}`,
        ownerRole: pick(roles),
        effort: pick(efforts),
        due: pick(['2026-05-31', '2027-02-28', '2027-08-31', '2028-01-31']),
      }));
      if (fixed.length > 0 && items.length > 3) items[3] = { ...items[3]!, dependsOn: ['f0'] };
      // Small capacities too, so that "larger than the whole capacity" and partial first quarters occur.
      const caps = new Map(roles.map((r) => [r, pick([1, 2, 3, 4, 6, 12, 40])]));
      const options: PlaceOptions = {
        from: pick(['2026-12-01', '2027-01-01', '2027-02-14', '2027-06-30']),
        capacity: (r) => caps.get(r)!,
        fixed,
      };
      const placed = placeItems(items, options);
      const plain = plainQuarters(items, options);
      const quarters = new Map([...placed].map(([id, p]) => [id, quarterIndexOf(p.due)]));
      expect(quarters, `plan ${plan}`).toEqual(plain);
    }
  });
});

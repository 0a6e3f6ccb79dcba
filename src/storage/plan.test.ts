import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LisDatabase, useDatabase } from './db';
import { getPlanItems, reassignPlanItems, savePlanItems } from './plan';
import { planItem } from '../domain/plan/fixtures/items';

let database: LisDatabase;
beforeEach(() => {
  database = new LisDatabase('test', { indexedDB: new IDBFactory(), IDBKeyRange });
  useDatabase(database);
});
afterEach(() => database.close());

describe('reassignPlanItems', () => {
  const items = ['a', 'b', 'c', 'd'].map((id, order) => planItem({ id, order }));

  it('gives the chosen items a new owner in one write, marked edited; the others stay', async () => {
    await savePlanItems('a1', items);
    expect(
      await reassignPlanItems(['a', 'c', 'missing'], { ownerRole: 'it-chef', ownerName: 'Kim' }, 'T'),
    ).toBe(2);
    const stored = await getPlanItems('a1');
    expect(stored.map((i) => [i.id, i.ownerRole, i.ownerName, i.edited])).toEqual([
      ['a', 'it-chef', 'Kim', true],
      ['b', 'informationssakerhetssamordnare', '', false],
      ['c', 'it-chef', 'Kim', true],
      ['d', 'informationssakerhetssamordnare', '', false],
    ]);
  });

  it('changes nothing when the change is refused', async () => {
    await savePlanItems('a1', items);
    await expect(reassignPlanItems(['a'], { ownerRole: '' }, 'T')).rejects.toThrow();
    expect((await getPlanItems('a1')).every((i) => !i.edited)).toBe(true);
  });
});

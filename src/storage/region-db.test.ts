import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { resultFor } from '../domain/region/fixtures/results';
import { sampleQuestionnaire } from '../test/sample';
import {
  clearPooled,
  pooledKey,
  pooledResults,
  RegionDatabase,
  removePooled,
  replacePooled,
  restorePooled,
  useRegionDatabase,
  type PooledResult,
} from './region-db';

let database: RegionDatabase;
beforeEach(() => {
  database = new RegionDatabase('region-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  useRegionDatabase(database);
});
afterEach(() => database.close());

const pooled = (n: number, code?: string): PooledResult => {
  const file = resultFor(
    sampleQuestionnaire(),
    n,
    code ? { identity: { kind: 'kommun', kommunCode: code, name: 'x', kommungrupp: null } } : {},
  );
  return {
    key: pooledKey(file),
    fileName: `f${n}`,
    importedAt: '2026-12-01T10:00:00.000Z',
    encrypted: false,
    mappedFrom: null,
    dropped: [],
    file,
  };
};

describe('the regional overview database', () => {
  it('is its own database, apart from the assessments', () => {
    expect(new RegionDatabase().name).toBe('lis-stegen-region');
    expect(database.verno).toBe(1);
  });

  it('keys a named kommun by its code and an anonymous one by its sender', () => {
    expect(pooled(1, '1480').key).toBe('kommun:1480');
    expect(pooled(2).key).toBe(`sender:${'2'.padStart(32, '0')}`);
  });

  it('replaces the whole overview with what the user confirmed', async () => {
    await replacePooled([pooled(1), pooled(2)]);
    await replacePooled([pooled(2), pooled(3)]);
    expect((await pooledResults()).map((r) => r.fileName).sort()).toEqual(['f2', 'f3']);
  });

  it('removes one kommun and puts it back on undo', async () => {
    await replacePooled([pooled(1), pooled(2)]);
    const removed = await removePooled(pooled(1).key);
    expect(removed?.fileName).toBe('f1');
    expect(await pooledResults()).toHaveLength(1);
    await restorePooled([removed!]);
    expect(await pooledResults()).toHaveLength(2);
  });

  it('clears everything and can restore it without overwriting a kommun taken in meanwhile', async () => {
    await replacePooled([pooled(1), pooled(2)]);
    const removed = await clearPooled();
    expect(await pooledResults()).toEqual([]);
    const newer = { ...pooled(2), fileName: 'f2-newer' };
    await replacePooled([newer]);
    await restorePooled(removed);
    const names = (await pooledResults()).map((r) => r.fileName).sort();
    expect(names).toEqual(['f1', 'f2-newer']);
  });
});

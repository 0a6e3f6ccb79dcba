import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LisDatabase, useDatabase } from './db';
import { getAnswers, getAssessment } from './assessments';
import { getSetting } from './settings';
import { writeSchemaV1 } from './fixtures/schema-v1';
import { getPlanItems } from './plan';
import { emptyLegalRecord } from '../domain/legal/types';
import { fullAction } from '../domain/exchange/fixtures/full-bundle';

/** Every older schema has a fixture; opening it with today's LisDatabase must keep every record. */
describe('schema upgrades', () => {
  it('opens a database written by schema version 1 and keeps everything in it', async () => {
    const factory = new IDBFactory();
    await writeSchemaV1(factory, 'lis-old');
    const database = new LisDatabase('lis-old', { indexedDB: factory, IDBKeyRange });
    useDatabase(database);
    await database.open();
    expect(database.verno).toBe(2);
    expect(await getAssessment('v1-a')).toMatchObject({
      organisation: 'Gamla kommun',
      targets: { ledning: { level: 4 } },
      planSettings: { capacity: {}, roles: [], adoptedBy: '', adoptedDate: null, diarienummer: '' },
      legal: emptyLegalRecord(),
    });
    const [item, ...more] = await getPlanItems('v1-a');
    expect(more).toEqual([]);
    expect(item).toMatchObject({
      note: 'Skriven av version 1',
      status: 'pagar',
      costKronor: null,
      costDays: null,
      dependsOn: [],
      history: [],
    });
    // Everything version 1 stored is still there, untouched.
    expect(Object.keys(item ?? {})).toHaveLength(Object.keys(fullAction()).length);
    expect(await getAnswers('v1-a')).toEqual([
      expect.objectContaining({ questionId: 'led-01', note: 'Från version 1', flagged: true }),
    ]);
    expect(await getSetting('language')).toBe('en');
    database.close();
  });
});

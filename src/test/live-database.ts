import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import type { Answer } from '../domain/assessment/types';
// Not a React hook, despite its name: it swaps the database the app's storage functions use.
import { LisDatabase, useDatabase as swapDatabase } from '../storage/db';
import { dropSharedLiveQueries } from '../storage/shared-live-query';

/**
 * A fresh app database in fake-indexeddb for every test of a file, with Dexie's live queries
 * working: they run only where Dexie found an IndexedDB when it loaded, and Node has none, so
 * Dexie's own dependencies point at the fake one during each test and are put back afterwards.
 * Rendered components and shared live queries are dropped after each test. `seed` fills the
 * database before each test. Returns a getter for the current test's database.
 */
export function liveTestDatabase(name: string, seed?: (database: LisDatabase) => Promise<unknown>) {
  const nodeDependencies = { ...Dexie.dependencies };
  let database: LisDatabase | null = null;
  beforeEach(async () => {
    const indexedDB = new IDBFactory();
    Object.assign(Dexie.dependencies, { indexedDB, IDBKeyRange });
    database = new LisDatabase(name, { indexedDB, IDBKeyRange });
    swapDatabase(database);
    await seed?.(database);
  });
  afterEach(() => {
    cleanup();
    dropSharedLiveQueries();
    database?.close();
    Object.assign(Dexie.dependencies, nodeDependencies);
  });
  return () => {
    if (!database) throw new Error('liveTestDatabase: no test is running');
    return database;
  };
}

/** An answer at `level`, as the walk-through stores it. */
export const levelAnswer = (assessmentId: string, questionId: string, level = 1): Answer => ({
  assessmentId,
  questionId,
  value: { kind: 'level', level },
  note: '',
  flagged: false,
  carriedOver: false,
  updatedAt: '2026-12-01T00:00:00.000Z',
});

import Dexie, { type EntityTable } from 'dexie';
import type { Answer, Assessment } from '../domain/assessment/types';
import type { PlanItem } from '../domain/plan/types';
import { withV2ActionFields, withV2AssessmentFields } from '../domain/exchange/migrate-v1-v2';

export type Setting = { key: string; value: unknown };

/**
 * The one database. Schema versions only ever grow: a new version adds a `this.version(n)` with an
 * `upgrade()` and a test that opens a fixture of the older schema (see src/storage/db.test.ts).
 */
export class LisDatabase extends Dexie {
  assessments!: EntityTable<Assessment, 'id'>;
  answers!: Dexie.Table<Answer, [string, string]>;
  actions!: EntityTable<PlanItem, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = 'lis-stegen', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      assessments: 'id, updatedAt',
      answers: '[assessmentId+questionId], assessmentId',
      actions: 'id, assessmentId',
      settings: 'key',
    });
    // Version 2: the plan's MSB fields (cost, dependencies, status history) and plan settings.
    this.version(2).upgrade(async (tx) => {
      await tx
        .table('assessments')
        .toCollection()
        .modify((a: Record<string, unknown>) => {
          Object.assign(a, withV2AssessmentFields(a));
        });
      await tx
        .table('actions')
        .toCollection()
        .modify((i: Record<string, unknown>) => {
          Object.assign(i, withV2ActionFields(i));
        });
    });
  }
}

let current: LisDatabase | null = null;

/** The app's database; tests swap in their own with `useDatabase`. */
export function db(): LisDatabase {
  current ??= new LisDatabase();
  return current;
}

export function useDatabase(database: LisDatabase): void {
  current = database;
}

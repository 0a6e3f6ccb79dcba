import Dexie, { type EntityTable } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ResultFile } from '../domain/region';

/** One kommun's result file in the regional overview, as it was taken in. */
export type PooledResult = {
  /** `kommun:<code>` for a named kommun, `sender:<sender>` for one that gave only län and kommungrupp. */
  key: string;
  fileName: string;
  importedAt: string;
  encrypted: boolean;
  /** The questionnaire version the file was answered against when it was older than the app's. */
  mappedFrom: string | null;
  /** Answers that could not be carried over to the app's questionnaire. */
  dropped: string[];
  /** Already mapped to the app's questionnaire when it was taken in. */
  file: ResultFile;
};

export const pooledKey = (file: ResultFile): string =>
  file.identity.kind === 'kommun' ? `kommun:${file.identity.kommunCode}` : `sender:${file.sender}`;

/**
 * The regional overview's own database, apart from the user's assessments (`lis-stegen`): a region
 * pools other kommuners' results, which must never mix with, or change the schema of, its own.
 * Its versions grow like the main database's; this is version 1.
 */
export class RegionDatabase extends Dexie {
  results!: EntityTable<PooledResult, 'key'>;

  constructor(name = 'lis-stegen-region', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ results: 'key' });
  }
}

let current: RegionDatabase | null = null;

export function regionDb(): RegionDatabase {
  current ??= new RegionDatabase();
  return current;
}

/** Tests swap in their own database. */
export function useRegionDatabase(database: RegionDatabase): void {
  current = database;
}

/** Every pooled result, in key order. */
export function usePooledResults(): PooledResult[] | undefined {
  return useLiveQuery(() => regionDb().results.toArray(), []);
}

export async function pooledResults(): Promise<PooledResult[]> {
  return regionDb().results.toArray();
}

/**
 * Makes `results` the whole overview, in one transaction: what the user confirmed after seeing what
 * came in (the pooled results that stay, the new ones, a newer file in place of an older one).
 */
export async function replacePooled(results: readonly PooledResult[]): Promise<void> {
  const d = regionDb();
  await d.transaction('rw', d.results, async () => {
    await d.results.clear();
    await d.results.bulkAdd([...results]);
  });
}

/** Removes one kommun and returns what was removed, so the removal can be undone. */
export async function removePooled(key: string): Promise<PooledResult | undefined> {
  const d = regionDb();
  return d.transaction('rw', d.results, async () => {
    const found = await d.results.get(key);
    if (found) await d.results.delete(key);
    return found;
  });
}

/** Puts removed results back; one taken in again meanwhile (same key) is not overwritten. */
export async function restorePooled(results: readonly PooledResult[]): Promise<void> {
  const d = regionDb();
  await d.transaction('rw', d.results, async () => {
    for (const r of results) if ((await d.results.get(r.key)) === undefined) await d.results.add(r);
  });
}

/** Empties the overview and returns what it held, so the clearing can be undone. */
export async function clearPooled(): Promise<PooledResult[]> {
  const d = regionDb();
  return d.transaction('rw', d.results, async () => {
    const all = await d.results.toArray();
    await d.results.clear();
    return all;
  });
}

/** For "Ta bort allt som LIS-stegen har sparat här". */
export async function deleteRegionDatabase(): Promise<void> {
  await regionDb().delete({ disableAutoOpen: false });
}

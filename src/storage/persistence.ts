import { db } from './db';

export type PersistenceState = 'persisted' | 'refused' | 'unsupported';

/**
 * Asks the browser to keep our data even when disk runs low. Without it, the browser may clear
 * IndexedDB under storage pressure, so the user is told when it is refused.
 */
export async function requestPersistentStorage(): Promise<PersistenceState> {
  if (!navigator.storage?.persist) return 'unsupported';
  if (await navigator.storage.persisted()) return 'persisted';
  return (await navigator.storage.persist()) ? 'persisted' : 'refused';
}

/** Opens (and if needed upgrades) the database before the first render; rejects where IndexedDB is unavailable. */
export async function openDatabase(): Promise<void> {
  await db().open();
}

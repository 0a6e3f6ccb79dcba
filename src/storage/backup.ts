import { useLiveQuery } from 'dexie-react-hooks';
import { savedToFileKey } from '../domain/backup/backup';
import { db } from './db';
import { deleteRegionDatabase } from './region-db';

/** Remembers on this device that the assessment was just saved to a file (settings; no schema change). */
export async function markSavedToFile(assessmentId: string, at: string): Promise<void> {
  await db().settings.put({ key: savedToFileKey(assessmentId), value: at });
}

export type BackupFacts = { createdAt: string; lastChange: string; savedAt: string | null };

/**
 * What backupStatus needs, live: the assessment's creation, its latest change anywhere (the
 * assessment, any answer, any plan item: answer and plan writes do not move the assessment's own
 * updatedAt), and its last save to a file. Null while loading or when the assessment is gone.
 */
export function useBackupFacts(assessmentId: string): BackupFacts | null | undefined {
  return useLiveQuery(async () => {
    const database = db();
    const assessment = await database.assessments.get(assessmentId);
    if (!assessment) return null;
    let lastChange = assessment.updatedAt;
    await database.answers
      .where('assessmentId')
      .equals(assessmentId)
      .each((a) => {
        if (a.updatedAt > lastChange) lastChange = a.updatedAt;
      });
    await database.actions
      .where('assessmentId')
      .equals(assessmentId)
      .each((a) => {
        if (a.updatedAt > lastChange) lastChange = a.updatedAt;
      });
    const saved = (await database.settings.get(savedToFileKey(assessmentId)))?.value;
    return {
      createdAt: assessment.createdAt,
      lastChange,
      savedAt: typeof saved === 'string' ? saved : null,
    };
  }, [assessmentId]);
}

/**
 * Removes everything the app keeps in this browser for this address: the database (assessments,
 * answers, plans, settings, undo snapshots), the regional overview's database, anything in localStorage and sessionStorage, and the
 * service worker with its cached copy of the app. The page must be reloaded afterwards.
 */
export async function removeEverything(): Promise<void> {
  // Dexie closes the database in every other open tab (versionchange), so this does not wait on them.
  // The app goes on with a new, empty database when the user carries on.
  await db().delete({ disableAutoOpen: false });
  await deleteRegionDatabase();
  localStorage.clear();
  sessionStorage.clear();
  if ('serviceWorker' in navigator) {
    const registrations = await navigator.serviceWorker.getRegistrations();
    await Promise.all(registrations.map((r) => r.unregister()));
  }
  if ('caches' in globalThis) {
    const keys = await caches.keys();
    await Promise.all(keys.map((k) => caches.delete(k)));
  }
}

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

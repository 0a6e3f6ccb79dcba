/**
 * The backup habit (issue 17, point 8). Browsers may clear a site's data, so the only copy that
 * survives is a share file. The app remembers on this device when each assessment was last saved to
 * a file and, once it has changed since, asks the user to save one.
 */
export type BackupStatus =
  /** Saved to a file, and nothing has changed since. */
  | { kind: 'saved'; savedAt: string }
  /** Changed after the last file was saved, or never saved although it has changed since it was made. */
  | { kind: 'unsaved-changes'; savedAt: string | null; changedAt: string }
  /** Never saved, and nothing entered yet beyond its details. */
  | { kind: 'nothing-yet' };

/** The settings key for an assessment's last save to a file (device-local, never in a share file). */
export const savedToFileKey = (assessmentId: string) => `savedToFile:${assessmentId}`;

/**
 * `lastChange` is the latest `updatedAt` of the assessment, its answers and its plan items;
 * `createdAt` the assessment's. ISO timestamps compare as text.
 */
export function backupStatus(input: {
  createdAt: string;
  lastChange: string;
  savedAt: string | null;
}): BackupStatus {
  const { createdAt, lastChange, savedAt } = input;
  if (savedAt !== null)
    return lastChange > savedAt
      ? { kind: 'unsaved-changes', savedAt, changedAt: lastChange }
      : { kind: 'saved', savedAt };
  return lastChange > createdAt
    ? { kind: 'unsaved-changes', savedAt: null, changedAt: lastChange }
    : { kind: 'nothing-yet' };
}

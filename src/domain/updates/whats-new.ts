import { compareVersions } from '../exchange/semver';

/** What one version of the app brought, in plain words, newest first in the list. */
export type ReleaseNote = { version: string; date: string; sv: string[]; en: string[] };

/**
 * The notes to show once after an update. Nothing on a first visit (no version seen and nothing
 * stored: there is nothing to compare with) and nothing when this version was already shown. When
 * the version seen is unknown but assessments are stored, the app was updated from a version that
 * did not record it: the current version's note is shown.
 */
export function notesToShow(
  notes: readonly ReleaseNote[],
  seen: string | undefined,
  current: string,
  hasStoredData: boolean,
): ReleaseNote[] {
  if (seen === current) return [];
  if (seen === undefined && !hasStoredData) return [];
  return notes
    .filter((n) =>
      seen === undefined
        ? n.version === current
        : compareVersions(n.version, seen) > 0 && compareVersions(n.version, current) <= 0,
    )
    .toSorted((a, b) => compareVersions(b.version, a.version));
}

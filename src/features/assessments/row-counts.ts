import type { StoredCounts } from '../../storage/hooks';

const NONE_ANSWERED: StoredCounts = { answered: 0, unknown: 0, notApplicable: 0 };

/**
 * One assessment's counts for its row on the start page: null while the stored answers are still
 * being counted (`all` undefined), so the row says nothing rather than "0" for a finished assessment.
 */
export function rowCounts(all: Map<string, StoredCounts> | undefined, assessmentId: string) {
  if (!all) return null;
  return all.get(assessmentId) ?? NONE_ANSWERED;
}

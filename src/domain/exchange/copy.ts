import type { ShareBundle } from './bundle';

/**
 * The same content under fresh ids, for "import as a new assessment" when the file's assessment
 * (or its action ids, which are unique across the database) already exists locally. Without this an
 * import would overwrite the local records.
 */
export function withNewIds(bundle: ShareBundle, newId: () => string): ShareBundle {
  const copy = structuredClone(bundle);
  const assessmentId = newId();
  copy.assessment.id = assessmentId;
  for (const answer of copy.answers) answer.assessmentId = assessmentId;
  for (const action of copy.actions) {
    action.id = newId();
    action.assessmentId = assessmentId;
  }
  return copy;
}

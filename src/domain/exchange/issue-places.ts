import type { ValidationIssue } from './validate';

/**
 * Where in a file a problem is, in terms a reader knows: the file's heading, the assessment, answer
 * number n or action number n. The raw paths (`generator.name`, `answers.3.note`) mean nothing to a
 * user and are never shown.
 */
export type IssuePlace =
  { part: 'file' } | { part: 'assessment' } | { part: 'answer'; n: number } | { part: 'action'; n: number };

/** At most this many places are listed: enough to find the problem, short enough to read. */
export const MAX_PLACES = 5;

export function issuePlaces(issues: readonly ValidationIssue[], max: number = MAX_PLACES): IssuePlace[] {
  const places = new Map<string, IssuePlace>();
  for (const { path } of issues) {
    const place = placeOf(path);
    const key = 'n' in place ? `${place.part}:${place.n}` : place.part;
    if (!places.has(key)) places.set(key, place);
    if (places.size >= max) break;
  }
  return [...places.values()];
}

function placeOf(path: string): IssuePlace {
  const [first, second] = path.split('.');
  const index = Number(second);
  const n = Number.isSafeInteger(index) && index >= 0 ? index + 1 : null;
  if (first === 'assessment') return { part: 'assessment' };
  if (first === 'answers' && n !== null) return { part: 'answer', n };
  if (first === 'actions' && n !== null) return { part: 'action', n };
  return { part: 'file' };
}

import type { Answer, Assessment } from '../assessment/types';
import type { PlanItem } from '../plan/types';
import { canonicalJson } from './canonical-json';

type Parts = { assessment: Assessment; answers: readonly Answer[]; actions: readonly PlanItem[] };

/**
 * Whether two reads of one assessment hold exactly the same data: every field of the assessment,
 * of every answer and of every plan item (whatever fields they gain later), in any row order. A
 * merge or an undo that replaces all of it checks this inside its transaction, so a change made in
 * another tab after the read (an answer, a plan edit) is never silently overwritten.
 */
export function sameParts(a: Parts, b: Parts): boolean {
  return fingerprint(a) === fingerprint(b);
}

function fingerprint({ assessment, answers, actions }: Parts): string {
  const byKey = <T>(rows: readonly T[], key: (row: T) => string) =>
    rows
      .map((row) => [key(row), canonicalJson(row)] as const)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return canonicalJson({
    assessment,
    answers: byKey(answers, (a) => a.questionId),
    actions: byKey(actions, (a) => a.id),
  });
}

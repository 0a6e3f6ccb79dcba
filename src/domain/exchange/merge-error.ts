import type { ValidationIssue } from './validate';

export type MergeProblem =
  /** Merging is for two copies of one assessment; anything else is imported as a new one. */
  | { kind: 'different-assessment'; mine: string; theirs: string }
  /** Map both to the app's questionnaire first (`mapToQuestionnaire`); values are "id@version". */
  | { kind: 'different-questionnaire'; mine: string; theirs: string }
  /** Mine or theirs changed after the plan was made (another tab?): diff again and show it. */
  | { kind: 'stale-plan' }
  | { kind: 'unresolved'; conflictIds: string[] }
  /** The merged assessment would break a limit (for example more than 5000 actions). */
  | { kind: 'invalid-result'; issues: ValidationIssue[] };

export class MergeError extends Error {
  readonly problem: MergeProblem;
  constructor(problem: MergeProblem) {
    super(`Cannot merge: ${problem.kind}`);
    this.name = 'MergeError';
    this.problem = problem;
  }
}

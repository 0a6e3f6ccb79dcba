import type { PasswordProblem } from './password-policy';
import type { ValidationIssue } from './validate';

export type ExportProblem =
  | { kind: 'invalid'; issues: ValidationIssue[] }
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'empty-password' }
  /** Shorter or simpler than the password policy allows (password-policy.ts). */
  | { kind: 'weak-password'; problem: Exclude<PasswordProblem, 'empty'> };

/**
 * Thrown when the app is asked to write a file it would itself refuse to read back. This is a bug or
 * an oversized assessment, never something to hide: a file that cannot be imported is lost work.
 */
export class ExportError extends Error {
  readonly problem: ExportProblem;
  constructor(problem: ExportProblem) {
    super(`Cannot export share file: ${problem.kind}`);
    this.name = 'ExportError';
    this.problem = problem;
  }
}

import type { ValidationIssue } from './validate';

/**
 * Why a file could not be read. Each kind maps to one plain-language message in the UI; the
 * fields carry what that message needs.
 */
export type ImportError =
  /** Checked before the file is decoded. */
  | { kind: 'too-large'; bytes: number; limit: number }
  /** No bytes, or only whitespace. */
  | { kind: 'empty' }
  /** Not valid UTF-8, or not valid JSON (for example a truncated file). */
  | { kind: 'not-json' }
  /** Nested deeper than any real file: hostile or broken. */
  | { kind: 'too-deep' }
  /** An array or object with more entries than any real file (MAX_JSON_ENTRIES): hostile or broken. */
  | { kind: 'too-many' }
  /** Valid JSON, but not a LIS-stegen file. */
  | { kind: 'not-lis-file' }
  /** Written by a newer LIS-stegen; the user should update the app. */
  | { kind: 'too-new'; fileVersion: number; supportedVersion: number }
  /** Encrypted, and no password was given: ask for one and call again. */
  | { kind: 'needs-password' }
  /** Encrypted, and the password is wrong or the file was changed. Deliberately one error. */
  | { kind: 'wrong-password-or-damaged' }
  /** A LIS-stegen file whose content breaks the format; at most 20 issues. */
  | { kind: 'invalid'; issues: ValidationIssue[] }
  /** The reader (a Web Worker) did not finish within its time limit; it was stopped. */
  | { kind: 'timed-out'; seconds: number }
  /** The reader could not run at all (for example out of memory). */
  | { kind: 'read-failed' };

import { z } from 'zod';

/**
 * The password policy for encrypted share files, in one place: the share form checks with
 * `sharePasswordSchema`, and `exportShareFile` refuses what it refuses. A stolen file can be attacked
 * offline, as fast as the attacker's hardware allows and without anyone noticing, so the password
 * must be long: at least 12 characters, or a passphrase of at least four words.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSPHRASE_MIN_WORDS = 4;
/** Letters or digits a word of a passphrase needs. */
const WORD_MIN_LENGTH = 2;
export const PASSWORD_MAX_LENGTH = 200;
/** "aaaaaaaaaaaa" or "121212121212" is long but guessed at once. */
const MIN_DISTINCT = 5;

export type PasswordProblem = 'empty' | 'too-short' | 'too-long' | 'too-simple';

/** Characters as the user sees them: code points after NFC, the form the key derivation uses. */
const length = (text: string) => [...text.normalize('NFC')].length;

/** Words of at least two letters or digits, separated by spaces or punctuation. */
function words(text: string): number {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => length(w) >= WORD_MIN_LENGTH).length;
}

export function passwordProblem(password: string): PasswordProblem | null {
  if (password === '') return 'empty';
  const n = length(password);
  if (n > PASSWORD_MAX_LENGTH) return 'too-long';
  if (n < PASSWORD_MIN_LENGTH && words(password) < PASSPHRASE_MIN_WORDS) return 'too-short';
  if (new Set(password.normalize('NFC').toLowerCase()).size < MIN_DISTINCT) return 'too-simple';
  return null;
}

/** A password that meets the policy; the issue's message is the PasswordProblem. */
export const passwordSchema = z.string().superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** The share form: the password, and the same password typed again. */
export const sharePasswordSchema = z
  .object({ password: passwordSchema, repeat: z.string() })
  .refine((v) => v.password === v.repeat, { path: ['repeat'], message: 'mismatch' });

export type SharePasswordCheck = { password?: PasswordProblem; repeat?: 'mismatch' };

/** What is wrong with each field, for the form; empty when both are fine. */
export function checkSharePassword(input: { password: string; repeat: string }): SharePasswordCheck {
  const result = sharePasswordSchema.safeParse(input);
  if (result.success) return {};
  const check: SharePasswordCheck = {};
  for (const issue of result.error.issues) {
    if (issue.path[0] === 'password' && !check.password) check.password = issue.message as PasswordProblem;
    if (issue.path[0] === 'repeat') check.repeat = 'mismatch';
  }
  // A mismatch matters only once the password itself is acceptable.
  if (check.password) delete check.repeat;
  return check;
}

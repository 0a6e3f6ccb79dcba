import { describe, expect, it } from 'vitest';
import { checkSharePassword, passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts 12 characters or more', () => {
    expect(passwordProblem('Kommun-2026!')).toBeNull();
    expect(passwordProblem('hemligt-lösen-2026')).toBeNull();
    expect(passwordProblem('åäöåäöÅÄÖxyz')).toBeNull();
  });

  it('refuses fewer than 12 characters that are not a passphrase', () => {
    expect(passwordProblem('Kommun-2026')).toBe('too-short');
    expect(passwordProblem('pw')).toBe('too-short');
    expect(passwordProblem('abcd efgh')).toBe('too-short');
  });

  it('counts characters as the user sees them, not UTF-16 units or decomposed accents', () => {
    // 11 letters, each "å" written as "a" plus a combining ring (two code points before NFC).
    expect(passwordProblem('a\u030Abcdefghijk'.slice(0, 12))).toBe('too-short');
    expect(passwordProblem('😀😀😀😀😀😀abcde')).toBe('too-short');
  });

  it('accepts a passphrase of four words even when it is shorter than 12 characters', () => {
    expect(passwordProblem('is ko tå ek')).toBeNull();
    expect(passwordProblem('is-ko-tå-ek')).toBeNull();
    expect(passwordProblem('is ko tå e')).toBe('too-short');
  });

  it('refuses a long password made of too few different characters', () => {
    expect(passwordProblem('aaaaaaaaaaaa')).toBe('too-simple');
    expect(passwordProblem('121212121212')).toBe('too-simple');
    expect(passwordProblem('AaAaAaAaAaAa')).toBe('too-simple');
  });

  it('refuses an empty password and one over 200 characters', () => {
    expect(passwordProblem('')).toBe('empty');
    expect(passwordProblem('abcdefghij'.repeat(20))).toBeNull();
    expect(passwordProblem('abcdefghij'.repeat(20) + 'x')).toBe('too-long');
  });
});

describe('checkSharePassword', () => {
  it('names the password problem first, and a mismatch only for an acceptable password', () => {
    expect(checkSharePassword({ password: 'kort', repeat: 'annat' })).toEqual({ password: 'too-short' });
    expect(checkSharePassword({ password: 'Kommun-2026!', repeat: 'Kommun-2026' })).toEqual({
      repeat: 'mismatch',
    });
    expect(checkSharePassword({ password: 'Kommun-2026!', repeat: 'Kommun-2026!' })).toEqual({});
  });
});

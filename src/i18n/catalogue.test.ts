import { describe, expect, it } from 'vitest';
import { sv } from './sv';
import { en } from './en';
import { interpolate, placeholders } from './format';
import { localize } from './index';

describe('message catalogues', () => {
  it('have the same keys in Swedish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });

  it('have no empty message and the same placeholders in both languages', () => {
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect(sv[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(sv[key]));
    }
  });

  it('name the protection, not the algorithm (no cryptography jargon on user pages)', () => {
    const jargon = /\b(AES|GCM|PBKDF2?|SHA-?\d*|HMAC|IV|salt)\b/i;
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect(sv[key], key).not.toMatch(jargon);
      expect(en[key], key).not.toMatch(jargon);
    }
  });
});

describe('interpolate and localize', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{n} av {total}', { n: 2, total: 5 })).toBe('2 av 5');
    expect(interpolate('{n} av {total}', { n: 2 })).toBe('2 av {total}');
  });

  it('says 1 fråga and 2 frågor', () => {
    const template = '{count|# fråga|# frågor} är inte besvarade';
    expect(interpolate(template, { count: 1 })).toBe('1 fråga är inte besvarade');
    expect(interpolate(template, { count: 0 })).toBe('0 frågor är inte besvarade');
    expect(interpolate(template, { count: 12 })).toBe('12 frågor är inte besvarade');
    expect(placeholders(template)).toEqual(['count']);
  });

  it('falls back to Swedish and says so', () => {
    expect(localize({ sv: 'Hej', en: 'Hi' }, 'en')).toEqual({ text: 'Hi', fallback: false });
    expect(localize({ sv: 'Hej' }, 'en')).toEqual({ text: 'Hej', fallback: true });
    expect(localize({ sv: 'Hej', en: 'Hi' }, 'sv')).toEqual({ text: 'Hej', fallback: false });
  });
});

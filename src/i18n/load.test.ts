import { describe, expect, it } from 'vitest';
import { chooseLanguage, translate } from './index';
import { en } from './en';
import { useLanguage } from './language';

describe('the English catalogue, loaded on demand', () => {
  it('is fetched before the language switches, so no string is ever missing', async () => {
    expect(() => translate('en', 'start.title')).toThrow(/not loaded/);
    const switching = chooseLanguage('en');
    expect(useLanguage.getState().language).toBe('sv');
    await switching;
    expect(useLanguage.getState().language).toBe('en');
    expect(translate('en', 'start.title')).toBe(en['start.title']);
    await chooseLanguage('sv');
    expect(translate(useLanguage.getState().language, 'start.title')).not.toBe(en['start.title']);
  });
});

import { describe, expect, it, vi } from 'vitest';

describe('the English catalogue, loaded on demand', () => {
  it('is fetched before the language switches, so no string is ever missing', async () => {
    // Fresh modules: another test in this worker may already have loaded the English catalogue.
    vi.resetModules();
    const { chooseLanguage, translate } = await import('./index');
    const { en } = await import('./en');
    const { useLanguage } = await import('./language');
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

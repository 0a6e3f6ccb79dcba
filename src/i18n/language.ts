import { create } from 'zustand';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

type LanguageState = { language: Language; setLanguage: (language: Language) => void };

/**
 * UI state only: which language is shown. The choice is persisted by the app shell. Switch with
 * `chooseLanguage` (src/i18n), which loads the language's catalogue first.
 */
export const useLanguage = create<LanguageState>((set) => ({
  language: 'sv',
  setLanguage: (language) => set({ language }),
}));

export function isLanguage(value: unknown): value is Language {
  return value === 'sv' || value === 'en';
}

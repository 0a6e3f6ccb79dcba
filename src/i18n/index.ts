import { createContext, useCallback, useContext } from 'react';
import type { Localized } from '../domain/questionnaire/schema';
import { sv, type MessageKey } from './sv';
import { interpolate } from './format';
import { useLanguage, type Language } from './language';

export type { MessageKey };
type Catalogue = Record<MessageKey, string>;

/**
 * Swedish is in the first load; English is a chunk of its own (about 25 kB gzip), fetched only when
 * a user has chosen English (docs/performance.md). The language store only ever names a loaded
 * catalogue: `chooseLanguage` loads before it switches, and boot does so before the first render.
 */
const loaded: Partial<Record<Language, Catalogue>> = { sv };
const load: Record<Language, () => Promise<Catalogue>> = {
  sv: () => Promise.resolve(sv),
  en: () => import('./en').then((m) => m.en),
};

export async function loadCatalogue(language: Language): Promise<void> {
  loaded[language] ??= await load[language]();
}

/** Switches the UI language once its catalogue is here, so no string is ever missing. */
export async function chooseLanguage(language: Language): Promise<void> {
  await loadCatalogue(language);
  useLanguage.getState().setLanguage(language);
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translate(language: Language, key: MessageKey, params?: Record<string, string | number>) {
  const catalogue = loaded[language];
  if (!catalogue) throw new Error(`The ${language} catalogue is not loaded; switch with chooseLanguage.`);
  return interpolate(catalogue[key], params);
}

/**
 * Draws a part of the page in a given language, whatever the store holds: the build renders the
 * start page's shell in both languages (src/app/shell.tsx), and react-dom/server only ever sees
 * the store's initial state.
 */
const Override = createContext<Language | null>(null);
export const InLanguage = Override.Provider;

export function useT(): Translate {
  const chosen = useLanguage((s) => s.language);
  const language = useContext(Override) ?? chosen;
  return useCallback((key, params) => translate(language, key, params), [language]);
}

/** Questionnaire text in the chosen language; `fallback` is true when English is missing and Swedish is shown. */
export function localize(text: Localized, language: Language): { text: string; fallback: boolean } {
  if (language === 'en' && text.en) return { text: text.en, fallback: false };
  return { text: text.sv, fallback: language === 'en' };
}

export function useLocalize() {
  const language = useLanguage((s) => s.language);
  return useCallback((text: Localized) => localize(text, language).text, [language]);
}

import { useCallback } from 'react';
import type { Localized } from '../domain/questionnaire/schema';
import { sv, type MessageKey } from './sv';
import { en } from './en';
import { interpolate } from './format';
import { useLanguage, type Language } from './language';

export type { MessageKey };
export const catalogues: Record<Language, Record<MessageKey, string>> = { sv, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translate(language: Language, key: MessageKey, params?: Record<string, string | number>) {
  return interpolate(catalogues[language][key], params);
}

export function useT(): Translate {
  const language = useLanguage((s) => s.language);
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

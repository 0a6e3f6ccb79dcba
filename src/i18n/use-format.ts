import { useCallback } from 'react';
import { formatDateTime, formatLevel } from './format';
import { useLanguage } from './language';

export function useFormatLevel() {
  const language = useLanguage((s) => s.language);
  return useCallback((value: number | null) => formatLevel(value, language), [language]);
}

export function useFormatDateTime() {
  const language = useLanguage((s) => s.language);
  return useCallback((iso: string) => formatDateTime(iso, language), [language]);
}

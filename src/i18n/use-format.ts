import { useCallback } from 'react';
import { formatLevel } from './format';
import { useLanguage } from './language';

export function useFormatLevel() {
  const language = useLanguage((s) => s.language);
  return useCallback((value: number | null) => formatLevel(value, language), [language]);
}

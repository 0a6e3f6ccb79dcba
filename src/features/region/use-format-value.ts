import { useMemo } from 'react';
import { useLanguage } from '../../i18n/language';

/** Levels and shares with the decimals a spreadsheet check needs, in the reader's language. */
export function useFormatValue() {
  const language = useLanguage((s) => s.language);
  const locale = language === 'sv' ? 'sv-SE' : 'en-GB';
  return useMemo(
    () => ({
      level: (v: number | null) =>
        v === null ? '–' : v.toLocaleString(locale, { maximumFractionDigits: 2 }),
      share: (n: number, of: number) =>
        of === 0 ? '–' : `${Math.round((n / of) * 100).toLocaleString(locale)} %`,
    }),
    [locale],
  );
}

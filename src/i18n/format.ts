/**
 * Replaces {name} placeholders; a missing value leaves the placeholder visible rather than empty.
 * `{count|# fråga|# frågor}` picks the singular for 1 and the plural otherwise, `#` being the number.
 */
export function interpolate(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(
    /\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      if (!(name in params)) return whole;
      const value = params[name]!;
      if (one === undefined || other === undefined) return String(value);
      return (Number(value) === 1 ? one : other).replaceAll('#', String(value));
    },
  );
}

export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)].map((m) => m[1]!).sort();
}

/** A level or mean in the reader's language: 2,5 in Swedish, 2.5 in English; null as a dash. */
export function formatLevel(value: number | null, language: 'sv' | 'en'): string {
  if (value === null) return '–';
  return value.toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 });
}

/** A moment as date and time in the reader's language and time zone, e.g. "2026-03-05 14:30". */
export function formatDateTime(iso: string, language: 'sv' | 'en'): string {
  return new Date(iso).toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
  });
}

/** A whole number in the reader's language: 12 500 in Swedish, 12,500 in English. */
export function formatNumber(value: number, language: 'sv' | 'en'): string {
  return value.toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 });
}

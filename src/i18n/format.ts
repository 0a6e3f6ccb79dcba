/** Replaces {name} placeholders; a missing value leaves the placeholder visible rather than empty. */
export function interpolate(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
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

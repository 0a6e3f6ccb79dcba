/**
 * JSON with object keys sorted at every level and no whitespace, so that equal data always gives the
 * same text. Used to bind the encryption header and to compare values in a merge.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? sortKeys(v as Record<string, unknown>) : v,
  );
}

/** A copy with the keys in code-unit order. `Object.fromEntries` defines own properties, so no key is special. */
export function sortKeys<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

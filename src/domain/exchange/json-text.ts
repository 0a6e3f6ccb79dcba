import { scanJson } from './json-scan';
import { MAX_JSON_DEPTH, MAX_JSON_ENTRIES, MAX_JSON_VALUES } from './limits';

export type JsonTextResult =
  | { ok: true; value: unknown }
  | {
      ok: false;
      error: { kind: 'empty' } | { kind: 'too-deep' } | { kind: 'too-many' } | { kind: 'not-json' };
    };

/**
 * Empty, then shape (depth, entries per container and in all, before parsing: see json-scan.ts), then
 * `JSON.parse`. Never throws. Any file kind the app reads goes through this.
 */
export function parseJsonText(text: string): JsonTextResult {
  if (text.trim() === '') return { ok: false, error: { kind: 'empty' } };
  const problem = scanJson(text, {
    maxDepth: MAX_JSON_DEPTH,
    maxEntries: MAX_JSON_ENTRIES,
    maxTotal: MAX_JSON_VALUES,
  });
  if (problem) return { ok: false, error: { kind: problem } };
  try {
    // JSON.parse defines `__proto__` as an ordinary own key, so parsing itself cannot pollute.
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: { kind: 'not-json' } };
  }
}

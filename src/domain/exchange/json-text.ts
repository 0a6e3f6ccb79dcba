import { exceedsDepth } from './json-depth';
import { MAX_JSON_DEPTH } from './limits';

export type JsonTextResult =
  | { ok: true; value: unknown }
  | { ok: false; error: { kind: 'empty' } | { kind: 'too-deep' } | { kind: 'not-json' } };

/** Empty, then depth (before parsing, see json-depth.ts), then `JSON.parse`. Never throws. */
export function parseJsonText(text: string): JsonTextResult {
  if (text.trim() === '') return { ok: false, error: { kind: 'empty' } };
  if (exceedsDepth(text, MAX_JSON_DEPTH)) return { ok: false, error: { kind: 'too-deep' } };
  try {
    // JSON.parse defines `__proto__` as an ordinary own key, so parsing itself cannot pollute.
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: { kind: 'not-json' } };
  }
}

import { useState } from 'react';
import { sameJson } from '../domain/exchange/canonical-json';

/**
 * A live query hands back new objects for every row after any write. Reusing the previous object
 * for a row whose content did not change lets memoised rows skip rendering: in a plan of hundreds,
 * changing one item's status re-renders that item only.
 */
export function reuseUnchanged<T extends { id: string }>(
  previous: readonly T[] | undefined,
  next: readonly T[],
): T[] {
  if (!previous) return [...next];
  const before = new Map(previous.map((p) => [p.id, p]));
  return next.map((n) => {
    const p = before.get(n.id);
    return p !== undefined && sameJson(p, n) ? p : n;
  });
}

/** `list` with the previous render's object kept for every row that did not change. */
export function useStableList<T extends { id: string }>(
  list: readonly T[] | undefined,
): readonly T[] | undefined {
  const [seen, setSeen] = useState<{ source: readonly T[] | undefined; stable: readonly T[] | undefined }>({
    source: list,
    stable: list,
  });
  if (seen.source === list) return seen.stable;
  const stable = list && reuseUnchanged(seen.stable, list);
  // Adjusting state while rendering, as React documents for values derived from props.
  setSeen({ source: list, stable });
  return stable;
}

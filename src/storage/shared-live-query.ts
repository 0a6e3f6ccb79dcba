import { liveQuery, type Subscription } from 'dexie';
import { useCallback, useSyncExternalStore } from 'react';

/**
 * Live database reads shared by key: every component that asks for the same key shares one
 * Dexie live query and its latest result, and a read can be started before any component asks
 * (`preloadLiveQuery`, from the router as soon as the address changes). A page whose chunk is
 * still loading then finds its data already read instead of starting the reads on its first
 * render (docs/performance.md, issue 11). A result is only kept while something holds the
 * query, so it is always live, never a stale copy.
 */
type State = { value?: unknown; failed?: true; error?: unknown };
type Entry = {
  /** Replaced, never changed in place: React compares it to know when to render again. */
  state: State;
  listeners: Set<() => void>;
  /** A preload keeps the query until a component takes it over, or its time runs out. */
  hold: ReturnType<typeof setTimeout> | undefined;
  subscription: Subscription;
};

const entries = new Map<string, Entry>();

function acquire(key: string, querier: () => Promise<unknown>): Entry {
  const existing = entries.get(key);
  // A failed query is not shared on: whoever asks next reads again.
  if (existing && !existing.state.failed) return existing;
  const entry: Entry = {
    state: {},
    listeners: new Set(),
    hold: undefined,
    subscription: { closed: true, unsubscribe: () => undefined },
  };
  entries.set(key, entry);
  const notify = () => entry.listeners.forEach((listener) => listener());
  entry.subscription = liveQuery(querier).subscribe({
    next: (value) => {
      entry.state = { value };
      notify();
    },
    error: (error: unknown) => {
      entry.state = { failed: true, error };
      notify();
    },
  });
  return entry;
}

/**
 * Drops the query once nothing holds it; a moment later, so that a page handing over to the next
 * page about the same assessment passes it on. A result therefore never outlives its pages.
 */
function releaseLater(key: string, entry: Entry) {
  setTimeout(() => {
    if (entry.listeners.size > 0 || entry.hold !== undefined || entries.get(key) !== entry) return;
    entry.subscription.unsubscribe();
    entries.delete(key);
  }, 0);
}

/** Starts reading `key` now, for a component about to ask; dropped if none asks within `holdMs`. */
export function preloadLiveQuery(key: string, querier: () => Promise<unknown>, holdMs = 10_000): void {
  const entry = acquire(key, querier);
  if (entry.listeners.size > 0) return;
  clearTimeout(entry.hold);
  entry.hold = setTimeout(() => {
    entry.hold = undefined;
    releaseLater(key, entry);
  }, holdMs);
}

/**
 * Like dexie-react-hooks' useLiveQuery: undefined until the first result, then the latest, and
 * a failed read is thrown to the nearest error boundary. `key` must name everything the querier
 * reads (table and ids): two callers with one key share one result.
 */
export function useSharedLiveQuery<T>(key: string, querier: () => Promise<T>): T | undefined {
  const subscribe = useCallback(
    (listener: () => void) => {
      const entry = acquire(key, querier);
      entry.listeners.add(listener);
      clearTimeout(entry.hold);
      entry.hold = undefined;
      return () => {
        entry.listeners.delete(listener);
        releaseLater(key, entry);
      };
    },
    // The key names the query; a new querier closure for the same key is the same query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  const snapshot = () => entries.get(key)?.state;
  // The same snapshot on the server: the shell is prerendered, and tests render to markup.
  const state = useSyncExternalStore(subscribe, snapshot, snapshot);
  if (state?.failed) throw state.error;
  return state?.value as T | undefined;
}

/** For tests: drops every shared query at once (a test swaps in a new database). */
export function dropSharedLiveQueries(): void {
  for (const entry of entries.values()) {
    clearTimeout(entry.hold);
    entry.subscription.unsubscribe();
  }
  entries.clear();
}

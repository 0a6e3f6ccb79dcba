import { useCallback, useEffect, useRef } from 'react';

/**
 * Runs `save` a short while after the last call to `schedule`, and at once on `flush`, on blur,
 * when the page is hidden or closed (pagehide, visibilitychange), and on unmount: a change
 * typed just before the tab closes still reaches the database. `urgent` is true when the page
 * is going away, so the caller can write in one request that is issued at once.
 */
export function useDebouncedSave<T>(save: (value: T, urgent: boolean) => void, delayMs = 300) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<{ value: T } | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flushNow = useCallback((urgent: boolean) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const p = pending.current;
    pending.current = null;
    if (p) saveRef.current(p.value, urgent);
  }, []);
  const flush = useCallback(() => flushNow(false), [flushNow]);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

  useEffect(() => {
    const onPageHide = () => flushNow(true);
    const onHide = () => {
      if (document.visibilityState === 'hidden') flushNow(true);
    };
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHide);
      flushNow(false);
    };
  }, [flushNow]);

  return { schedule, flush };
}

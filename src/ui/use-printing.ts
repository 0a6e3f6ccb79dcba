import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

let printing = false;
const listeners = new Set<() => void>();
const set = (value: boolean) => {
  if (printing === value) return;
  printing = value;
  // beforeprint is the last moment before the browser lays out the page for paper: render now.
  flushSync(() => listeners.forEach((l) => l()));
};

function subscribe(listener: () => void) {
  if (listeners.size === 0) {
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
    query().addEventListener('change', onChange);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', onAfter);
      query().removeEventListener('change', onChange);
    }
  };
}
const query = () => window.matchMedia('print');
const onBefore = () => set(true);
const onAfter = () => set(query().matches);
const onChange = (e: MediaQueryListEvent) => set(e.matches);

/**
 * True while the page is being printed (the print dialog, or print media emulated). Lets a page
 * draw its paper-only parts, such as a long table, only when they are needed.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, () => printing || query().matches);
}

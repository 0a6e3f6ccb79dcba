import { createElement, lazy, type ComponentType } from 'react';

/**
 * Like React.lazy, but once the chunk is loaded (by `preload` in idle time, or a first visit)
 * the page renders at once instead of suspending. A suspension, however short, makes React hold
 * the page behind its fallback for up to 300 ms.
 */
export function lazyPage<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  const preload = () =>
    (pending ??= load().then((m) => {
      loaded = m.default;
    }));
  const Lazy = lazy(() => preload().then(() => ({ default: loaded! })));
  function Page(props: P) {
    return loaded ? createElement(loaded, props) : createElement(Lazy, props);
  }
  return Object.assign(Page, { preload });
}

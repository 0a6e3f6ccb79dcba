// @vitest-environment jsdom
import { createElement } from 'react';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useRoute, type Route } from './router';

const setHash = (hash: string) =>
  new Promise<void>((resolve) => {
    window.addEventListener('hashchange', () => resolve(), { once: true });
    window.location.hash = hash;
  });

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('useRoute', () => {
  it('hands every new address to `preload` before React renders the new route', async () => {
    const log: string[] = [];
    const preload = (route: Route) => log.push(`preload ${route.name}`);
    function Probe() {
      const { route } = useRoute(preload);
      log.push(`render ${route.name}`);
      return null;
    }
    await setHash('#/skattning/a1/plan');
    render(createElement(Probe));
    await act(() => setHash('#/skattning/a1/rapport'));
    // The first address is preloaded once the router listens. The transition may render the old
    // page again (pending) before the new one, but the new one only after its preload.
    expect(log.filter((e) => e.startsWith('preload'))).toEqual(['preload plan', 'preload report']);
    expect(log.indexOf('preload report')).toBeLessThan(log.indexOf('render report'));
    expect(log.at(-1)).toBe('render report');
  });
});

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

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A promise the test settles by hand, for a page whose code is still on its way. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Renders the router and logs each render as "<route> (pending)" or "<route>". */
function probe(prepare: (route: Route) => Promise<unknown> | void, holdMs?: number, log: string[] = []) {
  function Probe() {
    const { route, pending } = useRoute(prepare, holdMs);
    log.push(`${route.name}${pending ? ' (pending)' : ''}`);
    return null;
  }
  render(createElement(Probe));
  return log;
}

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('useRoute', () => {
  it('hands every new address to `prepare` before React renders the new route', async () => {
    const log: string[] = [];
    const prepare = (route: Route) => {
      log.push(`prepare ${route.name}`);
    };
    await setHash('#/skattning/a1/plan');
    probe(prepare, undefined, log);
    await act(() => setHash('#/skattning/a1/rapport'));
    await act(() => wait(0));
    expect(log.filter((e) => e.startsWith('prepare'))).toEqual(['prepare plan', 'prepare report']);
    expect(log.indexOf('prepare report')).toBeLessThan(log.indexOf('report'));
    expect(log.at(-1)).toBe('report');
  });

  it('keeps the page the user is on, marked pending, until the next one is prepared', async () => {
    await setHash('#/skattning/a1');
    const report = deferred();
    const log = probe((route) => (route.name === 'report' ? report.promise : undefined));
    await act(() => wait(0));
    log.length = 0;
    await act(() => setHash('#/skattning/a1/rapport'));
    await act(() => wait(20));
    expect(log).not.toContain('report');
    expect(log.at(-1)).toBe('overview (pending)');
    await act(async () => report.resolve());
    expect(log.at(-1)).toBe('report');
  });

  it('shows the next route after `holdMs` even if it is never prepared, so a page never hangs on a load', async () => {
    await setHash('#/skattning/a1');
    const log = probe((route) => (route.name === 'report' ? new Promise(() => undefined) : undefined), 30);
    await act(() => setHash('#/skattning/a1/rapport'));
    await act(() => wait(10));
    expect(log.at(-1)).toBe('overview (pending)');
    await act(() => wait(60));
    expect(log.at(-1)).toBe('report');
  });

  it('shows a route whose load failed, so that its page can say what failed', async () => {
    await setHash('#/skattning/a1');
    const report = deferred();
    const log = probe((route) => (route.name === 'report' ? report.promise : undefined));
    await act(() => setHash('#/skattning/a1/rapport'));
    await act(async () => report.reject(new Error('chunk')));
    expect(log.at(-1)).toBe('report');
  });

  it('ends on the last address when an earlier one is prepared after it', async () => {
    await setHash('#/skattning/a1');
    const report = deferred();
    const plan = deferred();
    const log = probe((route) =>
      route.name === 'report' ? report.promise : route.name === 'plan' ? plan.promise : undefined,
    );
    await act(() => setHash('#/skattning/a1/rapport'));
    await act(() => setHash('#/skattning/a1/plan'));
    await act(async () => plan.resolve());
    expect(log.at(-1)).toBe('plan');
    await act(async () => report.resolve());
    await act(() => wait(20));
    expect(log.at(-1)).toBe('plan');
    expect(log).not.toContain('report');
  });
});

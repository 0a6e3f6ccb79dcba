import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('../storage/hooks');
  vi.resetModules();
});

async function preloadsFor(hash: string) {
  vi.resetModules();
  const preload = vi.fn();
  vi.doMock('../storage/hooks', () => ({ preloadAssessmentReads: preload }));
  const { preloadRouteReads } = await import('./route-reads');
  const { parseRoute } = await import('./router');
  preloadRouteReads(parseRoute(hash));
  return preload.mock.calls;
}

describe('the reads the router starts when the address changes', () => {
  it('reads the plan, its saved items and its view setting for the plan page', async () => {
    expect(await preloadsFor('#/skattning/a1/plan')).toEqual([
      ['a1', { planItems: true, settings: ['planView'] }],
    ]);
  });

  it('reads the assessment and its answers for the report and the walk-through', async () => {
    expect(await preloadsFor('#/skattning/a1/rapport')).toEqual([['a1', { planItems: false, settings: [] }]]);
    expect(await preloadsFor('#/skattning/a1/omrade/styrning')).toEqual([
      ['a1', { planItems: false, settings: [] }],
    ]);
  });

  it('reads nothing for pages that are not about one assessment', async () => {
    expect(await preloadsFor('#/')).toEqual([]);
    expect(await preloadsFor('#/skattning/a1/dela')).toEqual([]);
  });
});

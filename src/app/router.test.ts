import { describe, expect, it } from 'vitest';
import { href, parseRoute, type Route } from './router';

describe('hash routes', () => {
  const routes: Route[] = [
    { name: 'start' },
    { name: 'new' },
    { name: 'open' },
    { name: 'method' },
    { name: 'about' },
    { name: 'region' },
    { name: 'overview', id: 'a b' },
    { name: 'area', id: 'x', areaId: 'ledning' },
    { name: 'area', id: 'x', areaId: 'ledning', questionId: 'led-02' },
    { name: 'present', id: 'x' },
    { name: 'present', id: 'x', questionId: 'led-02' },
    { name: 'report', id: 'x' },
    { name: 'summary', id: 'x' },
    { name: 'plan', id: 'x' },
    { name: 'share', id: 'x' },
    { name: 'details', id: 'x' },
    { name: 'sheet', id: 'x' },
    { name: 'region-result', id: 'x' },
    { name: 'region-picture', id: 'x' },
  ];
  it.each(routes)('round-trips %o', (route) => {
    expect(parseRoute(href(route))).toEqual(route);
  });
  it('sends anything unknown to not-found', () => {
    expect(parseRoute('#/skattning/x/okand')).toEqual({ name: 'not-found' });
    expect(parseRoute('#/hittepa')).toEqual({ name: 'not-found' });
    expect(parseRoute('#/skattning/%E0%A4%A')).toEqual({ name: 'not-found' });
    expect(parseRoute('#/%')).toEqual({ name: 'not-found' });
    expect(parseRoute('')).toEqual({ name: 'start' });
  });
});

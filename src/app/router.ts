import { useEffect, useMemo, useRef, useState } from 'react';

/**
 * Hash routing: `#/skattning/<id>/omrade/<area>`. It works from any static host, from a file
 * opened offline and under the service worker, with no server rewrite rules.
 */
export type Route =
  | { name: 'start' }
  | { name: 'new' }
  | { name: 'open' }
  | { name: 'method' }
  | { name: 'about' }
  | { name: 'region' }
  | { name: 'overview'; id: string }
  | { name: 'area'; id: string; areaId: string; questionId?: string }
  | { name: 'present'; id: string; questionId?: string }
  | { name: 'report'; id: string }
  | { name: 'summary'; id: string }
  | { name: 'plan'; id: string }
  | { name: 'share'; id: string }
  | { name: 'details'; id: string }
  | { name: 'sheet'; id: string }
  | { name: 'legal'; id: string }
  | { name: 'incident-card'; id: string }
  | { name: 'soa'; id: string }
  | { name: 'follow-up'; id: string }
  | { name: 'review'; id: string }
  | { name: 'region-result'; id: string }
  | { name: 'region-picture'; id: string }
  | { name: 'not-found' };

/** The path segments, decoded; null when a `%` sequence does not decode (a typed or cut-off address). */
function segments(hash: string): string[] | null {
  try {
    return hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
}

export function parseRoute(hash: string): Route {
  const parts = segments(hash);
  if (parts === null) return { name: 'not-found' };
  const [first, id, sub, areaId, questionId] = parts;
  if (!first) return { name: 'start' };
  if (parts.length === 1 && first === 'ny') return { name: 'new' };
  if (parts.length === 1 && first === 'oppna') return { name: 'open' };
  if (parts.length === 1 && first === 'sa-raknar-vi') return { name: 'method' };
  if (parts.length === 1 && first === 'om') return { name: 'about' };
  if (parts.length === 1 && first === 'region') return { name: 'region' };
  if (first === 'skattning' && id) {
    if (parts.length === 2) return { name: 'overview', id };
    if (parts.length === 4 && sub === 'omrade' && areaId) return { name: 'area', id, areaId };
    if (parts.length === 5 && sub === 'omrade' && areaId && questionId)
      return { name: 'area', id, areaId, questionId };
    if (parts.length === 3 && sub === 'visning') return { name: 'present', id };
    if (parts.length === 4 && sub === 'visning' && areaId) return { name: 'present', id, questionId: areaId };
    if (parts.length === 3) {
      const page = {
        rapport: 'report',
        sammanfattning: 'summary',
        plan: 'plan',
        dela: 'share',
        uppgifter: 'details',
        fragor: 'sheet',
        lagkrav: 'legal',
        incidentkort: 'incident-card',
        tillampning: 'soa',
        uppfoljning: 'follow-up',
        genomgang: 'review',
        resultat: 'region-result',
        regionbild: 'region-picture',
      } as const;
      const name = page[sub as keyof typeof page];
      if (name) return { name, id };
    }
  }
  return { name: 'not-found' };
}

export function href(route: Route): string {
  const e = encodeURIComponent;
  switch (route.name) {
    case 'start':
    case 'not-found':
      return '#/';
    case 'new':
      return '#/ny';
    case 'open':
      return '#/oppna';
    case 'method':
      return '#/sa-raknar-vi';
    case 'about':
      return '#/om';
    case 'region':
      return '#/region';
    case 'overview':
      return `#/skattning/${e(route.id)}`;
    case 'area':
      return `#/skattning/${e(route.id)}/omrade/${e(route.areaId)}${route.questionId ? `/${e(route.questionId)}` : ''}`;
    case 'present':
      return `#/skattning/${e(route.id)}/visning${route.questionId ? `/${e(route.questionId)}` : ''}`;
    case 'report':
      return `#/skattning/${e(route.id)}/rapport`;
    case 'summary':
      return `#/skattning/${e(route.id)}/sammanfattning`;
    case 'plan':
      return `#/skattning/${e(route.id)}/plan`;
    case 'share':
      return `#/skattning/${e(route.id)}/dela`;
    case 'details':
      return `#/skattning/${e(route.id)}/uppgifter`;
    case 'sheet':
      return `#/skattning/${e(route.id)}/fragor`;
    case 'legal':
      return `#/skattning/${e(route.id)}/lagkrav`;
    case 'incident-card':
      return `#/skattning/${e(route.id)}/incidentkort`;
    case 'soa':
      return `#/skattning/${e(route.id)}/tillampning`;
    case 'follow-up':
      return `#/skattning/${e(route.id)}/uppfoljning`;
    case 'review':
      return `#/skattning/${e(route.id)}/genomgang`;
    case 'region-result':
      return `#/skattning/${e(route.id)}/resultat`;
    case 'region-picture':
      return `#/skattning/${e(route.id)}/regionbild`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = href(route);
}

/** How long a page that is still loading holds the one the user is on before "Laddar…" shows. */
export const HOLD_MS = 1000;

/**
 * The current route. On a hash change the page the user is on stays while the next one is
 * prepared (`prepare`: its code, and what it suspends on, loaded; its reads started), and the
 * next one renders once that is done, so it never suspends. `pending` is true meanwhile.
 *
 * No React transition holds the old page: a transition that suspends waits for as long as the
 * promise does, and twice on CI a route change never showed its page (docs/testing.md). Here the
 * wait is bounded: after `holdMs` the new route renders anyway, behind the "Laddar…" fallback.
 */
export function useRoute(
  prepare: (route: Route) => Promise<unknown> | void = () => undefined,
  holdMs = HOLD_MS,
): {
  route: Route;
  pending: boolean;
} {
  const [hash, setHash] = useState(() => window.location.hash);
  const [pending, setPending] = useState(false);
  const prepareRef = useRef(prepare);
  useEffect(() => {
    let latest = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => {
      const change = ++latest;
      const target = window.location.hash;
      clearTimeout(timer);
      const show = () => {
        // A later address change shows itself; this one is over.
        if (change !== latest) return;
        clearTimeout(timer);
        setPending(false);
        setHash(target);
      };
      // A failed load shows the route too: the page says what failed (`lazyPage`).
      void Promise.resolve(prepareRef.current(parseRoute(target))).then(show, show);
      timer = setTimeout(show, holdMs);
      setPending(true);
    };
    window.addEventListener('hashchange', onChange);
    // A link in the prerendered start page may have been followed before this listener existed.
    onChange();
    return () => {
      latest = -1;
      clearTimeout(timer);
      window.removeEventListener('hashchange', onChange);
    };
  }, [holdMs]);
  return { route: useMemo(() => parseRoute(hash), [hash]), pending };
}

import { preloadAssessmentReads } from '../storage/hooks';
import { PLAN_VIEW_SETTING } from '../storage/settings';
import type { Route } from './router';

/** Pages about one assessment whose data the router reads ahead (see `preloadAssessmentReads`). */
const readsAnswers = new Set<Route['name']>([
  'overview',
  'area',
  'present',
  'report',
  'summary',
  'plan',
  'sheet',
  'legal',
  'incident-card',
  'follow-up',
  'review',
  'region-picture',
]);

/**
 * Starts the database reads of the page a route shows, as soon as the address changes: the
 * reads then run while the page's code loads instead of after its first render.
 */
export function preloadRouteReads(route: Route): void {
  if (!('id' in route) || !readsAnswers.has(route.name)) return;
  preloadAssessmentReads(route.id, {
    planItems: route.name === 'plan' || route.name === 'summary' || route.name === 'review',
    settings: route.name === 'plan' ? [PLAN_VIEW_SETTING] : [],
  });
}

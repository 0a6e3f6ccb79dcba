import { loadQuestionnaire } from '../content';

/**
 * Once the start page is up and the browser is idle, load the questionnaire and the page chunks,
 * so that opening an assessment, the report or the plan does not wait for them. They come from
 * the service worker's cache, so this costs no network.
 */
export function prefetchWhenIdle(): void {
  const run = () => {
    void loadQuestionnaire().catch(() => undefined);
    void import('../features/walk-through/OverviewPage');
    void import('../features/walk-through/AreaPage');
    void import('../features/report/ReportPage');
    void import('../features/action-plan/PlanPage');
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 300);
}

import { loadQuestionnaire } from '../content';
import { AreaPage, OverviewPage, PlanPage, PresentPage, ReportPage, SummaryPage } from './Routes';

/**
 * Once the start page is up and the browser is idle, load the questionnaire and the page chunks
 * (and move stored assessments to the questionnaire if the app brought a newer one),
 * so that opening an assessment, the report or the plan does not wait for them. They come from
 * the service worker's cache, so this costs no network.
 */
export function prefetchWhenIdle(): void {
  const run = () => {
    void loadQuestionnaire().then(
      () => import('../data/upgrade-stored').then((m) => m.upgradeStoredToQuestionnaire()),
      () => undefined,
    );
    for (const page of [OverviewPage, AreaPage, ReportPage, SummaryPage, PlanPage, PresentPage])
      void page.preload();
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 300);
}

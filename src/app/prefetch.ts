import { loadQuestionnaire } from '../content';
import { runStepsWhenIdle } from './idle-steps';
import { AreaPage, OverviewPage, PlanPage, PresentPage, ReportPage, SummaryPage } from './Routes';

/**
 * Once the start page is up and the browser is idle, load the questionnaire and the page chunks
 * (and move stored assessments to the questionnaire if the app brought a newer one), so that
 * opening an assessment, the report or the plan does not wait for them. They come from the
 * service worker's cache, so this costs no network. One at a time, in idle moments: a page the
 * user opens before they are all in loads what it needs first, instead of waiting behind six
 * pages' chunks being fetched and compiled at once (docs/performance.md, issue 11).
 */
export function prefetchWhenIdle(): Promise<void> {
  return runStepsWhenIdle([
    loadQuestionnaire,
    () =>
      loadQuestionnaire().then(() =>
        import('../data/upgrade-stored').then((m) => m.upgradeStoredToQuestionnaire()),
      ),
    ...[OverviewPage, AreaPage, ReportPage, PlanPage, SummaryPage, PresentPage].map((page) => page.preload),
  ]);
}

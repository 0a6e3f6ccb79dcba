import type { Route } from './router';
import { StartPage } from '../features/assessments/StartPage';
import { NotFoundPage } from './NotFoundPage';
import { lazyPage } from './lazy-page';
import { loadQuestionnaire } from '../content';

// Everything but the start page loads in idle time or when first visited, keeping the first load small.
export const NewAssessmentPage = lazyPage(() => import('../features/assessments/NewAssessmentPage'));
export const DetailsPage = lazyPage(() => import('../features/assessments/DetailsPage'));
export const OverviewPage = lazyPage(() => import('../features/walk-through/OverviewPage'));
export const AreaPage = lazyPage(() => import('../features/walk-through/AreaPage'));
export const ReportPage = lazyPage(() => import('../features/report/ReportPage'));
export const SummaryPage = lazyPage(() => import('../features/report/SummaryPage'));
export const MethodPage = lazyPage(() => import('../features/method/MethodPage'));
export const AboutPage = lazyPage(() => import('../features/about/AboutPage'));
export const PlanPage = lazyPage(() => import('../features/action-plan/PlanPage'));
export const SharePage = lazyPage(() => import('../features/sharing/SharePage'));
export const OpenPage = lazyPage(() => import('../features/sharing/OpenPage'));
export const PresentPage = lazyPage(() => import('../features/walk-through/PresentPage'));
export const QuestionSheetPage = lazyPage(() => import('../features/walk-through/QuestionSheetPage'));
export const LegalPage = lazyPage(() => import('../features/legal/LegalPage'));
export const IncidentCardPage = lazyPage(() => import('../features/legal/IncidentCardPage'));
export const SoaPage = lazyPage(() => import('../features/legal/SoaPage'));
export const FollowUpPage = lazyPage(() => import('../features/follow-up/FollowUpPage'));
export const ReviewPage = lazyPage(() => import('../features/follow-up/ReviewPage'));
export const RegionPage = lazyPage(() => import('../features/region/RegionPage'));
export const RegionResultPage = lazyPage(() => import('../features/region-send/RegionResultPage'));
export const RegionPicturePage = lazyPage(() => import('../features/region-send/RegionPicturePage'));

/**
 * The lazy page each route shows; the start page and "not found" are in the first load. A route
 * added without its page here does not compile.
 */
const pages: Record<Exclude<Route['name'], 'start' | 'not-found'>, { preload: () => Promise<void> }> = {
  new: NewAssessmentPage,
  details: DetailsPage,
  overview: OverviewPage,
  area: AreaPage,
  report: ReportPage,
  summary: SummaryPage,
  method: MethodPage,
  about: AboutPage,
  plan: PlanPage,
  share: SharePage,
  open: OpenPage,
  present: PresentPage,
  sheet: QuestionSheetPage,
  legal: LegalPage,
  'incident-card': IncidentCardPage,
  soa: SoaPage,
  'follow-up': FollowUpPage,
  review: ReviewPage,
  region: RegionPage,
  'region-result': RegionResultPage,
  'region-picture': RegionPicturePage,
};

/**
 * Loads the code of the page a route shows, and the questionnaire that nearly every page reads,
 * as soon as the address changes: before React gets to render the page (a task or more later,
 * behind whatever else runs then) and so before the database reads, which would otherwise keep
 * the main thread from asking for it. The router shows the page once this is done, so that it
 * renders at once instead of suspending. A failed load is reported where the page renders
 * (`lazyPage`), not here.
 */
export function preloadRoutePage(route: Route): Promise<void> {
  if (route.name === 'start' || route.name === 'not-found') return Promise.resolve();
  return Promise.all([pages[route.name].preload(), loadQuestionnaire()]).then(
    () => undefined,
    () => undefined,
  );
}

export function Routes({ route }: { route: Route }) {
  switch (route.name) {
    case 'start':
      return <StartPage />;
    case 'new':
      return <NewAssessmentPage />;
    case 'details':
      return <DetailsPage id={route.id} />;
    case 'overview':
      return <OverviewPage id={route.id} />;
    case 'area':
      return <AreaPage id={route.id} areaId={route.areaId} questionId={route.questionId} />;
    case 'report':
      return <ReportPage id={route.id} />;
    case 'summary':
      return <SummaryPage id={route.id} />;
    case 'method':
      return <MethodPage />;
    case 'about':
      return <AboutPage />;
    case 'plan':
      return <PlanPage id={route.id} />;
    case 'share':
      return <SharePage id={route.id} />;
    case 'open':
      return <OpenPage />;
    case 'present':
      return <PresentPage id={route.id} questionId={route.questionId} />;
    case 'sheet':
      return <QuestionSheetPage id={route.id} />;
    case 'legal':
      return <LegalPage id={route.id} />;
    case 'incident-card':
      return <IncidentCardPage id={route.id} />;
    case 'soa':
      return <SoaPage id={route.id} />;
    case 'follow-up':
      return <FollowUpPage id={route.id} />;
    case 'review':
      return <ReviewPage id={route.id} />;
    case 'region':
      return <RegionPage />;
    case 'region-result':
      return <RegionResultPage id={route.id} />;
    case 'region-picture':
      return <RegionPicturePage id={route.id} />;
    default:
      return <NotFoundPage />;
  }
}

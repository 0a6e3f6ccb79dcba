import { lazy } from 'react';
import type { Route } from './router';
import { StartPage } from '../features/assessments/StartPage';
import { NotFoundPage } from './NotFoundPage';

// Everything but the start page loads when first visited, keeping the first load small.
const NewAssessmentPage = lazy(() => import('../features/assessments/NewAssessmentPage'));
const DetailsPage = lazy(() => import('../features/assessments/DetailsPage'));
const OverviewPage = lazy(() => import('../features/walk-through/OverviewPage'));
const AreaPage = lazy(() => import('../features/walk-through/AreaPage'));
const ReportPage = lazy(() => import('../features/report/ReportPage'));
const SummaryPage = lazy(() => import('../features/report/SummaryPage'));
const MethodPage = lazy(() => import('../features/method/MethodPage'));
const PlanPage = lazy(() => import('../features/action-plan/PlanPage'));
const SharePage = lazy(() => import('../features/sharing/SharePage'));
const OpenPage = lazy(() => import('../features/sharing/OpenPage'));

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
      return <AreaPage id={route.id} areaId={route.areaId} />;
    case 'report':
      return <ReportPage id={route.id} />;
    case 'summary':
      return <SummaryPage id={route.id} />;
    case 'method':
      return <MethodPage />;
    case 'plan':
      return <PlanPage id={route.id} />;
    case 'share':
      return <SharePage id={route.id} />;
    case 'open':
      return <OpenPage />;
    default:
      return <NotFoundPage />;
  }
}

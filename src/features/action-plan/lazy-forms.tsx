import { lazy, Suspense, type ComponentProps } from 'react';
import { useT } from '../../i18n';
import type { AdoptionForm as AdoptionFormType } from './AdoptionForm';
import type { PlanItemForm as PlanItemFormType } from './PlanItemForm';

/**
 * The plan's forms load when a form is first shown, not with the page: they bring
 * react-hook-form and zod, which the list of items does not need (docs/performance.md, issue 11).
 * The service worker has them cached, so the wait is a moment, shown as "Laddar …".
 */
const LazyPlanItemForm = lazy(() => import('./PlanItemForm').then((m) => ({ default: m.PlanItemForm })));
const LazyAdoptionForm = lazy(() => import('./AdoptionForm').then((m) => ({ default: m.AdoptionForm })));

function Loading() {
  const t = useT();
  return <p>{t('app.loading')}</p>;
}

export function PlanItemForm(props: ComponentProps<typeof PlanItemFormType>) {
  return (
    <Suspense fallback={<Loading />}>
      <LazyPlanItemForm {...props} />
    </Suspense>
  );
}

export function AdoptionForm(props: ComponentProps<typeof AdoptionFormType>) {
  return (
    <Suspense fallback={<Loading />}>
      <LazyAdoptionForm {...props} />
    </Suspense>
  );
}

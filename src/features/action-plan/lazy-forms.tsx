import { lazy, Suspense, type ComponentType } from 'react';
import { useT } from '../../i18n';

/**
 * The plan's forms load when a form is first shown, not with the page: they bring
 * react-hook-form and zod, which the list of items does not need (docs/performance.md, issue 11).
 * The service worker has them cached, so the wait is a moment, shown as "Laddar …".
 */
function Loading() {
  const t = useT();
  return <p>{t('app.loading')}</p>;
}

function loadedWhenShown<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Lazy = lazy(() => load().then((form) => ({ default: form })));
  return function Form(props: P) {
    return (
      <Suspense fallback={<Loading />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

export const PlanItemForm = loadedWhenShown(() => import('./PlanItemForm').then((m) => m.PlanItemForm));
export const AdoptionForm = loadedWhenShown(() => import('./AdoptionForm').then((m) => m.AdoptionForm));

import { useState } from 'react';
import { useT } from '../../i18n';
import { Notice } from '../../ui/Notice';
import { persist } from '../../data/save-failure';
import type { usePlan } from './use-plan';

/**
 * What the plan could take in: new and obsolete items after the answers changed, or new dates
 * after a capacity changed or items were dated by hand. Nothing changes until the user asks.
 */
export function PlanNotices({ plan }: { plan: ReturnType<typeof usePlan> }) {
  const t = useT();
  const [done, setDone] = useState<string | null>(null);
  const { pending, redate } = plan;
  return (
    <div role="status">
      {pending && (
        <Notice tone="warn">
          <p>{t('plan.changed', { added: pending.added.length, obsolete: pending.newlyObsolete })}</p>
          <button
            type="button"
            className="button"
            onClick={async () => {
              if (!(await persist(plan.regenerate()))) return;
              setDone(
                t('plan.regenerated', { added: pending.added.length, obsolete: pending.newlyObsolete }),
              );
            }}
          >
            {t('plan.regenerate')}
          </button>
        </Notice>
      )}
      {!pending && redate > 0 && (
        <Notice tone="info">
          <p>{redate === 1 ? t('plan.redate.one') : t('plan.redate', { count: redate })}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={async () => {
              if (await persist(plan.redo())) setDone(t('plan.redate.done'));
            }}
          >
            {t('plan.redate.button')}
          </button>
        </Notice>
      )}
      {done && !pending && redate === 0 && <Notice tone="ok">{done}</Notice>}
    </div>
  );
}

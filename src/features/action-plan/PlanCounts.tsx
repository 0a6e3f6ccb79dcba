import type { PlanCounts as Counts } from '../../domain/plan/schedule';
import { PLAN_STATUSES } from '../../domain/plan/types';
import { useT } from '../../i18n';
import { itemCount } from './item-count';

export function PlanCounts({ counts, overdue }: { counts: Counts; overdue: number }) {
  const t = useT();
  return (
    <div className="plan-counts keep">
      <p>
        <strong>{itemCount(t, counts.total)}</strong>
        {overdue > 0 && <span className="tag tag--danger">{t('plan.overdueCount', { count: overdue })}</span>}
      </p>
      <dl className="plan-item__facts">
        <div>
          <dt>{t('plan.byPriority')}</dt>
          <dd>
            {([1, 2, 3] as const)
              .map((p) => `${t('plan.priority', { priority: p })}: ${counts.byPriority[p]}`)
              .join(' · ')}
          </dd>
        </div>
        <div>
          <dt>{t('plan.byStatus')}</dt>
          <dd>{PLAN_STATUSES.map((s) => `${t(`plan.status.${s}`)}: ${counts.byStatus[s]}`).join(' · ')}</dd>
        </div>
      </dl>
    </div>
  );
}

import type { PlanItem } from '../../domain/plan/types';
import { useT } from '../../i18n';
import type { ItemNames } from './item-names';
import { itemCount } from './item-count';
import { withCompoundBreaks } from '../../domain/document/compound-breaks';

type Props = {
  heading: string;
  items: readonly PlanItem[];
  names: (item: PlanItem) => ItemNames;
  /** Whether the plan has any cost: the column is left out of a plan without one. */
  costs: boolean;
};

const amount = (n: number) => n.toLocaleString('sv-SE');

/** The paper version of one group: a table whose header repeats on every page and whose rows never split. */
export function PlanPrintTable({ heading, items, names, costs }: Props) {
  const t = useT();
  return (
    <table className="plan-print">
      <caption>
        {heading} ({itemCount(t, items.length)})
      </caption>
      <thead>
        <tr>
          <th scope="col" className="plan-print__prio">
            {t('plan.col.priority')}
          </th>
          <th scope="col" className={costs ? 'plan-print__title--cost' : 'plan-print__title'}>
            {t('plan.col.action')}
          </th>
          <th scope="col" className="plan-print__owner">
            {t('plan.col.owner')}
          </th>
          <th scope="col" className="plan-print__due">
            {t('plan.col.due')}
          </th>
          <th scope="col" className="plan-print__status">
            {t('plan.col.status')}
          </th>
          {costs && (
            <th scope="col" className="plan-print__cost">
              {t('plan.col.cost')}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const n = names(item);
          return (
            <tr key={item.id}>
              <td>{item.priority}</td>
              <td>
                <strong>{n.title}</strong>
                {n.deliverable && <div>{n.deliverable}</div>}
                {n.area && <div className="muted">{n.area}</div>}
              </td>
              <td>{withCompoundBreaks(n.role + (item.ownerName ? ` (${item.ownerName})` : ''))}</td>
              <td>{item.due ?? '–'}</td>
              <td>{t(`plan.status.${item.status}`)}</td>
              {costs && (
                <td>
                  {item.costKronor !== null && (
                    <div>{t('plan.cost.kronor', { amount: amount(item.costKronor) })}</div>
                  )}
                  {item.costDays !== null && (
                    <div>
                      {item.costDays === 1
                        ? t('plan.cost.day')
                        : t('plan.cost.days', { amount: amount(item.costDays) })}
                    </div>
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

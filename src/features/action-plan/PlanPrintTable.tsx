import type { PlanItem } from '../../domain/plan/types';
import { useT } from '../../i18n';
import type { ItemNames } from './item-names';

type Props = { heading: string; items: readonly PlanItem[]; names: (item: PlanItem) => ItemNames };

/** The paper version of one group: a table whose header repeats on every page and whose rows never split. */
export function PlanPrintTable({ heading, items, names }: Props) {
  const t = useT();
  return (
    <table className="plan-print">
      <caption>
        {heading} ({t('plan.itemsIn', { count: items.length })})
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('plan.col.priority')}</th>
          <th scope="col">{t('plan.col.action')}</th>
          <th scope="col">{t('plan.col.owner')}</th>
          <th scope="col">{t('plan.col.due')}</th>
          <th scope="col">{t('plan.col.status')}</th>
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
              <td>
                {n.role}
                {item.ownerName ? ` (${item.ownerName})` : ''}
              </td>
              <td>{item.due ?? '–'}</td>
              <td>{t(`plan.status.${item.status}`)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

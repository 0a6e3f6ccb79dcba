import { memo } from 'react';
import { useChosenStatus } from './use-chosen-status';
import { PLAN_STATUSES, type PlanItem, type PlanStatus } from '../../domain/plan/types';
import { useT } from '../../i18n';
import { useLanguage } from '../../i18n/language';
import { withCompoundBreaks } from '../../domain/document/compound-breaks';
import { itemNames, type PlanLookup } from './item-names';

type Props = {
  item: PlanItem;
  /** Stable across renders, like every callback here, so an unchanged row skips rendering. */
  lookup: PlanLookup;
  overdue: boolean;
  selected: boolean;
  onSelect: (id: string, selected: boolean) => void;
  /** Resolves false when the write failed (the user has been told). */
  onStatus: (item: PlanItem, status: PlanStatus) => Promise<boolean>;
  onOpen: (id: string) => void;
};

/**
 * One action as one table row: native controls only (a checkbox, a button, a select), so a plan of
 * thousands stays light and every part works from the keyboard. Memoised: a status change
 * re-renders that row only.
 */
export const PlanTableRow = memo(function PlanTableRow(props: Props) {
  const { item, overdue, selected } = props;
  const t = useT();
  const language = useLanguage((s) => s.language);
  const names = itemNames(item, props.lookup, language);
  const titleId = `row-${item.id}-title`;
  const [status, choose] = useChosenStatus(item, props.onStatus);
  const done = status === 'klar';
  const dismissed = item.dismissedReason !== null;
  return (
    <tr className={`plan-row${done ? ' plan-row--done' : ''}${dismissed ? ' plan-row--dismissed' : ''}`}>
      <td className="plan-row__select">
        <input
          type="checkbox"
          aria-labelledby={titleId}
          checked={selected}
          onChange={(e) => props.onSelect(item.id, e.target.checked)}
        />
      </td>
      <td>
        <span className={`tag prio-${item.priority}`}>
          <span className="visually-hidden">{t('plan.priorityLabel')} </span>
          {item.priority}
        </span>
      </td>
      <th scope="row" className="plan-row__title">
        <button type="button" id={titleId} className="button--link" onClick={() => props.onOpen(item.id)}>
          {names.title}
        </button>
        {done && <span className="tag tag--ok">{t('plan.table.done')}</span>}
        {dismissed && <span className="tag">{t('plan.table.dismissed')}</span>}
        {item.isNew && <span className="tag tag--ok">{t('plan.new')}</span>}
        {item.obsolete && <span className="tag tag--warn">{t('plan.obsolete')}</span>}
      </th>
      {/* Narrow columns on a phone: long compounds break at their joints, with a hyphen. */}
      <td>
        {withCompoundBreaks(names.role)}
        {item.ownerName && <span className="plan-row__person"> ({item.ownerName})</span>}
      </td>
      <td className="plan-row__due">
        {item.due ?? <span className="muted">{t('plan.table.noDue')}</span>}
        {overdue && (
          <span className="plan-row__overdue">
            <span aria-hidden="true">⚠ </span>
            {t('plan.overdue')}
          </span>
        )}
      </td>
      <td>
        <select
          value={status}
          aria-label={`${t('plan.status')}: ${names.title}`}
          onChange={(e) => choose(e.target.value as PlanStatus)}
        >
          {PLAN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`plan.status.${s}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        {names.area ? withCompoundBreaks(names.area) : <span className="muted">{t('plan.manual')}</span>}
      </td>
    </tr>
  );
});

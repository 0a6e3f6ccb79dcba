import { memo } from 'react';
import { useChosenStatus } from './use-chosen-status';
import type { PlanItem, PlanStatus } from '../../domain/plan/types';
import { PLAN_STATUSES } from '../../domain/plan/types';
import { formatNis2 } from '../../domain/questionnaire/legal-basis';
import { useT } from '../../i18n';
import { useLanguage } from '../../i18n/language';
import { itemNames, type PlanLookup } from './item-names';

type Props = {
  item: PlanItem;
  /** Stable across renders (one per questionnaire), so that an unchanged card skips rendering. */
  lookup: PlanLookup;
  overdue: boolean;
  first: boolean;
  last: boolean;
  onStatus: (item: PlanItem, status: PlanStatus) => Promise<boolean>;
  onEdit: (item: PlanItem) => void;
  onMove: (item: PlanItem, direction: 'up' | 'down') => void;
  onDismiss: (item: PlanItem) => void;
  onRestore: (item: PlanItem) => void;
};

/** One action in the plan. Memoised: a plan of hundreds re-renders only the item that changed. */
export const PlanItemCard = memo(function PlanItemCard(props: Props) {
  const { item, lookup, overdue, first, last } = props;
  const t = useT();
  const language = useLanguage((s) => s.language);
  const names = itemNames(item, lookup, language);
  const [status, choose] = useChosenStatus(item, props.onStatus);
  const titleId = `item-${item.id}-title`;
  const r = item.references;
  const references = [
    r.iso.length ? `ISO 27001: ${r.iso.join(', ')}` : '',
    r.csf.length ? `NIST CSF: ${r.csf.join(', ')}` : '',
    r.cis.length ? `CIS: ${r.cis.join(', ')}` : '',
    r.nis2.length ? `NIS2 ${formatNis2(r.nis2)}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <li
      className={`plan-item${item.dismissedReason ? ' plan-item--dismissed' : ''}${status === 'klar' ? ' plan-item--done' : ''}`}
      aria-labelledby={titleId}
    >
      <div className="question__meta">
        <span className={`tag prio-${item.priority}`}>
          {t('plan.priority', { priority: item.priority })} · {t(`plan.reason.${item.priorityReason}`)}
        </span>
        {status === 'klar' && <span className="tag tag--ok">{t('plan.table.done')}</span>}
        {item.isNew && <span className="tag tag--ok">{t('plan.new')}</span>}
        {item.obsolete && <span className="tag tag--warn">{t('plan.obsolete')}</span>}
        {overdue && <span className="tag tag--danger">{t('plan.overdue')}</span>}
        {item.lawRequired && <span className="tag tag--law">{t('walk.lawRequired')}</span>}
      </div>
      <h3 id={titleId}>{names.title}</h3>
      {item.dismissedReason && (
        <p className="muted">{t('plan.dismissed', { reason: item.dismissedReason })}</p>
      )}
      <p className="muted">
        {names.area ? `${names.area}${names.question ? ` · ${names.question}` : ''}` : t('plan.manual')}
      </p>
      <details>
        <summary>{t('plan.more')}</summary>
        <div>
          {names.description && <p className="pre-wrap">{names.description}</p>}
          <dl className="plan-item__details">
            {names.deliverable && (
              <div>
                <dt>{t('plan.field.deliverable')}</dt>
                <dd>{names.deliverable}</dd>
              </div>
            )}
            {references && (
              <div>
                <dt>{t('walk.references')}</dt>
                <dd>{references}</dd>
              </div>
            )}
            {item.start && (
              <div>
                <dt>{t('plan.start')}</dt>
                <dd>{item.start}</dd>
              </div>
            )}
            {item.followUp && (
              <div>
                <dt>{t('plan.field.followUp')}</dt>
                <dd>{item.followUp}</dd>
              </div>
            )}
            {item.note && (
              <div>
                <dt>{t('plan.field.note')}</dt>
                <dd className="pre-wrap">{item.note}</dd>
              </div>
            )}
            {(item.decidedIn || item.decidedDate) && (
              <div>
                <dt>{t('plan.decided')}</dt>
                <dd>{[item.decidedIn, item.decidedDate].filter(Boolean).join(', ')}</dd>
              </div>
            )}
          </dl>
        </div>
      </details>
      <dl className="plan-item__facts">
        <div>
          <dt>{t('plan.owner')}</dt>
          <dd>
            {names.role}
            {item.ownerName ? ` (${item.ownerName})` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('plan.due')}</dt>
          <dd>{item.due ?? '–'}</dd>
        </div>
        <div>
          <dt>{t('plan.effort')}</dt>
          <dd>{t(`plan.effort.${item.effort}`)}</dd>
        </div>
      </dl>
      <div className="actions">
        <label className="inline-field">
          <span>{t('plan.status')}</span>
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
        </label>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => props.onEdit(item)}
          aria-label={`${t('plan.edit')}: ${names.title}`}
        >
          {t('plan.edit')}
        </button>
        {!item.dismissedReason && (
          <>
            <button
              type="button"
              className="button button--link"
              disabled={first}
              onClick={() => props.onMove(item, 'up')}
              aria-label={`${t('plan.moveUp')}: ${names.title}`}
            >
              {t('plan.moveUp')}
            </button>
            <button
              type="button"
              className="button button--link"
              disabled={last}
              onClick={() => props.onMove(item, 'down')}
              aria-label={`${t('plan.moveDown')}: ${names.title}`}
            >
              {t('plan.moveDown')}
            </button>
          </>
        )}
        {item.dismissedReason ? (
          <button
            type="button"
            className="button button--link"
            onClick={() => props.onRestore(item)}
            aria-label={`${t('plan.restore')}: ${names.title}`}
          >
            {t('plan.restore')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--link"
            onClick={() => props.onDismiss(item)}
            aria-label={`${t('plan.dismiss')}: ${names.title}`}
          >
            {t('plan.dismiss')}
          </button>
        )}
      </div>
    </li>
  );
});

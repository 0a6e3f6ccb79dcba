import type { Area } from '../../domain/questionnaire/schema';
import { PLAN_STATUSES, type PlanStatus, type Priority } from '../../domain/plan/types';
import { useLocalize, useT } from '../../i18n';
import { usePlanFilters } from './filter-store';

/** Filters shared by both views; the grouping here is the cards' (the table has its own). */
export function PlanControls({ areas, cards }: { areas: readonly Area[]; cards: boolean }) {
  const t = useT();
  const loc = useLocalize();
  const f = usePlanFilters();
  return (
    <div className="plan-controls no-print">
      {cards && (
        <div className="field">
          <label htmlFor="plan-group">{t('plan.group')}</label>
          <select
            id="plan-group"
            value={f.grouping}
            onChange={(e) => f.set({ grouping: e.target.value as 'horizon' | 'quarter' })}
          >
            <option value="horizon">{t('plan.group.horizon')}</option>
            <option value="quarter">{t('plan.group.quarter')}</option>
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="plan-status">{t('plan.filterStatus')}</label>
        <select
          id="plan-status"
          value={f.status}
          onChange={(e) => f.set({ status: e.target.value as PlanStatus | 'all' })}
        >
          <option value="all">{t('plan.filterAll')}</option>
          {PLAN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`plan.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="plan-priority">{t('plan.filterPriority')}</label>
        <select
          id="plan-priority"
          value={f.priority}
          onChange={(e) =>
            f.set({ priority: e.target.value === 'all' ? 'all' : (Number(e.target.value) as Priority) })
          }
        >
          <option value="all">{t('plan.filterAll')}</option>
          {[1, 2, 3].map((p) => (
            <option key={p} value={p}>
              {t('plan.priority', { priority: p })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="plan-area">{t('plan.filterArea')}</label>
        <select id="plan-area" value={f.area} onChange={(e) => f.set({ area: e.target.value })}>
          <option value="all">{t('plan.filterAll')}</option>
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {loc(a.title)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="plan-search">{t('plan.search')}</label>
        <input
          id="plan-search"
          type="search"
          value={f.search}
          maxLength={200}
          onChange={(e) => f.set({ search: e.target.value })}
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={f.showDismissed}
          onChange={(e) => f.set({ showDismissed: e.target.checked })}
        />
        <span>{t('plan.showDismissed')}</span>
      </label>
    </div>
  );
}

import { useT } from '../../i18n';
import type { PlanView } from '../../domain/plan/table';
import { PLAN_VIEW_SETTING, setSetting } from '../../storage/settings';
import { persist } from '../../data/save-failure';

/** Tabell or Kort, remembered on this device (a preference, not part of the plan). */
export function ViewSwitch({ view }: { view: PlanView }) {
  const t = useT();
  return (
    <div className="plan-view no-print" role="group" aria-labelledby="plan-view-label">
      <span id="plan-view-label">{t('plan.view')}</span>
      {(['table', 'cards'] as const).map((v) => (
        <button
          key={v}
          type="button"
          className={`button ${v === view ? '' : 'button--secondary'}`}
          aria-pressed={v === view}
          onClick={() => void persist(setSetting(PLAN_VIEW_SETTING, v))}
        >
          {t(`plan.view.${v}`)}
        </button>
      ))}
    </div>
  );
}

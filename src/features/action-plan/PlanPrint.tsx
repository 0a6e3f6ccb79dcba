import { useT } from '../../i18n';
import type { PlanSettings } from '../../domain/plan/settings';
import type { PlanItem } from '../../domain/plan/types';
import { PlanPrintTable } from './PlanPrintTable';
import type { ItemNames } from './item-names';
import type { YearGoal } from '../../domain/plan/year-goals';
import type { PlanPeriod } from '../../domain/plan/schedule';
import { YearGoalsPrint } from './YearGoals';

type Props = {
  groups: readonly { key: string; heading: string; print: readonly PlanItem[] }[];
  settings: PlanSettings;
  names: (item: PlanItem) => ItemNames;
  goals: readonly YearGoal[];
  period: PlanPeriod;
  areaName: (id: string) => string;
};

/**
 * The paper plan: the adoption block first (blank lines to fill in by hand until it is adopted),
 * the goal for the year per area, then one table per group. Drawn only while printing.
 */
export function PlanPrint({ groups, settings, names, goals, period, areaName }: Props) {
  const t = useT();
  const costs = groups.some((g) => g.print.some((i) => i.costKronor !== null || i.costDays !== null));
  return (
    <div className="print-only">
      <section className="plan-adoption keep" aria-labelledby="plan-adoption-title">
        <h2 id="plan-adoption-title">{t('plan.adoption.title')}</h2>
        <dl>
          <div>
            <dt>{t('plan.adoption.by')}</dt>
            <dd>{settings.adoptedBy || '\u00a0'}</dd>
          </div>
          <div>
            <dt>{t('plan.adoption.date')}</dt>
            <dd>{settings.adoptedDate ?? '\u00a0'}</dd>
          </div>
          <div>
            <dt>{t('plan.adoption.diarienummer')}</dt>
            <dd>{settings.diarienummer || '\u00a0'}</dd>
          </div>
        </dl>
      </section>
      <YearGoalsPrint goals={goals} period={period} areaName={areaName} />
      {groups.map((g) =>
        g.print.length === 0 ? null : (
          <PlanPrintTable key={g.key} heading={g.heading} items={g.print} names={names} costs={costs} />
        ),
      )}
    </div>
  );
}

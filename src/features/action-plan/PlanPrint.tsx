import { useT } from '../../i18n';
import type { PlanSettings } from '../../domain/plan/settings';
import type { PlanItem } from '../../domain/plan/types';
import { PlanPrintTable } from './PlanPrintTable';
import type { ItemNames } from './item-names';

type Props = {
  groups: readonly { key: string; heading: string; print: readonly PlanItem[] }[];
  settings: PlanSettings;
  names: (item: PlanItem) => ItemNames;
};

/**
 * The paper plan: the adoption block first (blank lines to fill in by hand until it is adopted),
 * then one table per group. Drawn only while printing.
 */
export function PlanPrint({ groups, settings, names }: Props) {
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
      {groups.map((g) =>
        g.print.length === 0 ? null : (
          <PlanPrintTable key={g.key} heading={g.heading} items={g.print} names={names} costs={costs} />
        ),
      )}
    </div>
  );
}

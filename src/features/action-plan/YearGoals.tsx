import { useT } from '../../i18n';
import { goalsReached, type YearGoal } from '../../domain/plan/year-goals';
import { goalLine } from './goal-line';
import type { PlanPeriod } from '../../domain/plan/schedule';

type Props = { goals: readonly YearGoal[]; period: PlanPeriod; areaName: (id: string) => string };

/** One line per area: where the year's items take it (year-goals.ts). */
function GoalLines({ goals, areaName }: Pick<Props, 'goals' | 'areaName'>) {
  const t = useT();
  return (
    <ul className="plan-goals__list">
      {goals.map((g) => (
        <li key={g.areaId}>{goalLine(g, areaName(g.areaId), t)}</li>
      ))}
    </ul>
  );
}

/** On screen: folded by default, so the table stays on the first screen. */
export function YearGoalsPanel({ goals, period, areaName }: Props) {
  const t = useT();
  if (goals.length === 0) return null;
  return (
    <details className="plan-goals no-print">
      <summary>{t('plan.goals.summary', { reached: goalsReached(goals), count: goals.length })}</summary>
      <p className="muted">{t('plan.goals.intro', period)}</p>
      <GoalLines goals={goals} areaName={areaName} />
    </details>
  );
}

/** On paper: always open, right after the adoption block. */
export function YearGoalsPrint({ goals, period, areaName }: Props) {
  const t = useT();
  if (goals.length === 0) return null;
  return (
    <section className="plan-goals plan-goals--print" aria-labelledby="plan-goals-title">
      <h2 id="plan-goals-title">{t('plan.goals.title')}</h2>
      <p>{t('plan.goals.intro', period)}</p>
      <GoalLines goals={goals} areaName={areaName} />
    </section>
  );
}

import type { Translate } from '../../i18n';
import type { YearGoal } from '../../domain/plan/year-goals';

/** One area's goal for the year in words, with the questions it does not rest on: page, paper and Word. */
export function goalLine(g: YearGoal, area: string, t: Translate): string {
  const text = t(`plan.goals.${g.kind}`, { area, from: g.from ?? '', to: g.to ?? '', target: g.target });
  if (g.kind === 'unassessed' || g.missing === 0) return text;
  const missing =
    g.missing === 1 ? t('plan.goals.missing.one') : t('plan.goals.missing.other', { count: g.missing });
  return `${text} ${missing}`;
}

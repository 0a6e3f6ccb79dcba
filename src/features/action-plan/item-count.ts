import type { Translate } from '../../i18n';

/** "1 åtgärd", "12 åtgärder": the one way the plan counts actions, on the page, on paper and in Word. */
export const itemCount = (t: Translate, count: number) =>
  count === 1 ? t('plan.table.items.one') : t('plan.table.items.other', { count });

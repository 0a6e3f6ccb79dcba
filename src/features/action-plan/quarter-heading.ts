import { parseQuarterKey, type QuarterKey } from '../../domain/plan/calendar';
import type { Translate } from '../../i18n';

/** "Kv 1 2027", or "Utan datum" for items without a due date. */
export function quarterHeading(key: QuarterKey, t: Translate): string {
  const q = parseQuarterKey(key);
  return q ? t('plan.quarter.named', q) : t('plan.quarter.none');
}

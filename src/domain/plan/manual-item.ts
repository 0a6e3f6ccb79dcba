import type { Assessment } from '../assessment/types';
import type { PlanItemEdit } from './edit';
import { planPeriod } from './schedule';

/** Who a step the user adds by hand belongs to until they choose: the role that keeps the plan. */
export const MANUAL_ITEM_OWNER = 'informationssakerhetssamordnare';

/**
 * What the form for a hand-made plan item starts from: no text, owned by the
 * informationssäkerhetssamordnare, running over the plan's period (from the assessment's date to the
 * period's end), medium effort, not started, and priority 3, since only the user can say it is more
 * urgent than the steps the answers gave.
 */
export function manualItemDefaults(assessment: Pick<Assessment, 'date'>): PlanItemEdit {
  return {
    title: '',
    description: '',
    deliverable: '',
    ownerRole: MANUAL_ITEM_OWNER,
    ownerName: '',
    start: assessment.date,
    due: planPeriod(assessment).end,
    effort: 'medel',
    costKronor: null,
    costDays: null,
    dependsOn: [],
    status: 'ej-paborjad',
    priority: 3,
    followUp: '',
    note: '',
    decidedIn: '',
    decidedDate: null,
  };
}

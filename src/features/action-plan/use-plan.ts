import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import type { Answer, Assessment } from '../../domain/assessment/types';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { generatePlan } from '../../domain/plan/generate';
import { datesToRefresh, pendingRegeneration, reconcilePlan } from '../../domain/plan/reconcile';
import type { PlanItem } from '../../domain/plan/types';
import { nowIso } from '../../domain/ids';
import { savePlanItems } from '../../storage/plan';
import { persist } from '../../data/save-failure';
import { useStableList } from '../../data/stable-list';

/**
 * The stored plan, created from the answers the first time it is opened. When the answers have
 * changed since, `pending` holds what a regeneration would add and mark obsolete; nothing changes
 * until the user asks for it, and then every edit they made is kept (reconcilePlan).
 *
 * `stored` is the saved plan as read by the page (usePlanItems), read beside the assessment so
 * that the two reads overlap. A saved plan is shown at once: generating the plan again to see
 * what would change (for the notices) waits for a deferred pass, so it never delays the first
 * rows. Only a plan opened for the first time, with nothing saved, is generated before it shows.
 */
export function usePlan(
  questionnaire: Questionnaire,
  assessment: Assessment,
  answers: ReadonlyMap<string, Answer>,
  stored: readonly PlanItem[],
) {
  const items = useStableList(stored) ?? stored;
  const kept = useKeptItems(items);
  const later = useDeferredValue(true, false);
  const needed = items.length === 0 || later;
  const generated = useMemo(
    () => (needed ? generatePlan(questionnaire, answers, assessment, nowIso(), kept) : null),
    [needed, questionnaire, answers, assessment, kept],
  );
  const created = useRef(false);
  useEffect(() => {
    if (items.length === 0 && generated && generated.length > 0 && !created.current) {
      created.current = true;
      void persist(savePlanItems(assessment.id, generated));
    }
  }, [items, generated, assessment.id]);

  const pending = useMemo(
    () => (generated && items.length > 0 ? pendingRegeneration(items, generated, nowIso()) : null),
    [items, generated],
  );

  const redate = useMemo(
    () => (generated && items.length > 0 && !pending ? datesToRefresh(items, generated) : 0),
    [items, generated, pending],
  );

  // The first time, show the generated plan while it is being stored, not an empty page.
  const shown = items.length === 0 && generated && generated.length > 0 ? generated : items;
  return {
    items: shown,
    pending,
    regenerate: () => (pending ? savePlanItems(assessment.id, pending.items) : Promise.resolve()),
    /** How many unedited items would get new dates (capacity changed, or items dated by hand). */
    redate,
    redo: () =>
      generated
        ? savePlanItems(assessment.id, reconcilePlan(items, generated, nowIso()).items)
        : Promise.resolve(),
  };
}

/**
 * The items the user dated themselves (edited or hand-made), which take room before the rest is
 * dated. The list keeps its identity while they are unchanged, so a status change elsewhere does
 * not generate the plan again.
 */
function useKeptItems(items: readonly PlanItem[]): readonly PlanItem[] {
  const mine = items.filter((i) => i.edited || i.templateId === null);
  const key = mine
    .map((i) => `${i.id}|${i.ownerRole}|${i.effort}|${i.due}|${i.dismissedReason === null}|${i.obsolete}`)
    .join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed only when what placing reads changes
  return useMemo(() => mine, [key]);
}

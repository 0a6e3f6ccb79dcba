import { useEffect, useMemo, useRef } from 'react';
import type { Answer, Assessment } from '../../domain/assessment/types';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { generatePlan } from '../../domain/plan/generate';
import { pendingRegeneration } from '../../domain/plan/reconcile';
import { nowIso } from '../../domain/ids';
import { savePlanItems } from '../../storage/plan';
import { usePlanItems } from '../../storage/hooks';
import { persist } from '../../data/save-failure';
import { useStableList } from '../../data/stable-list';

/**
 * The stored plan, created from the answers the first time it is opened. When the answers have
 * changed since, `pending` holds what a regeneration would add and mark obsolete; nothing changes
 * until the user asks for it, and then every edit they made is kept (reconcilePlan).
 */
export function usePlan(
  questionnaire: Questionnaire,
  assessment: Assessment,
  answers: ReadonlyMap<string, Answer>,
) {
  const items = useStableList(usePlanItems(assessment.id));
  const generated = useMemo(
    () => generatePlan(questionnaire, answers, assessment, nowIso()),
    [questionnaire, answers, assessment],
  );
  const created = useRef(false);
  useEffect(() => {
    if (items && items.length === 0 && generated.length > 0 && !created.current) {
      created.current = true;
      void persist(savePlanItems(assessment.id, generated));
    }
  }, [items, generated, assessment.id]);

  const pending = useMemo(
    () => (items && items.length > 0 ? pendingRegeneration(items, generated, nowIso()) : null),
    [items, generated],
  );

  // The first time, show the generated plan while it is being stored, not an empty page.
  const shown = items && items.length === 0 && generated.length > 0 ? generated : items;
  return {
    items: shown,
    pending,
    regenerate: () => (pending ? savePlanItems(assessment.id, pending.items) : Promise.resolve()),
  };
}

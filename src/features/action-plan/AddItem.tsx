import { useState } from 'react';
import { useT } from '../../i18n';
import type { Assessment } from '../../domain/assessment/types';
import type { Role } from '../../domain/questionnaire/schema';
import type { PlanItem } from '../../domain/plan/types';
import { newManualItem } from '../../domain/plan/edit';
import { manualItemDefaults } from '../../domain/plan/manual-item';
import { newId, nowIso } from '../../domain/ids';
import { putPlanItem } from '../../storage/plan';
import { persist } from '../../data/save-failure';
import { PlanItemForm } from './lazy-forms';

type Props = {
  assessment: Assessment;
  roles: readonly Role[];
  /** The plan's items, which a new item can wait for. */
  items: readonly PlanItem[];
  titleOf: (item: PlanItem) => string;
};

/** An action the kommun adds by hand; regeneration never changes it. */
export function AddItem({ assessment, roles, items, titleOf }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        {t('plan.add')}
      </button>
    );
  return (
    <PlanItemForm
      formId="new-item"
      heading={t('plan.addTitle')}
      roles={roles}
      items={items}
      titleOf={titleOf}
      defaults={manualItemDefaults(assessment)}
      onCancel={() => setOpen(false)}
      onSave={async (values) => {
        if (await persist(putPlanItem(newManualItem(assessment.id, values, items.length, nowIso(), newId()))))
          setOpen(false);
      }}
    />
  );
}

import { useState } from 'react';
import type { PlanItem } from '../../domain/plan/types';
import { PLAN_LIMITS } from '../../domain/plan/edit';
import { useT } from '../../i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

type Props = {
  item: PlanItem | null;
  onDismiss: (item: PlanItem, reason: string) => void;
  onCancel: () => void;
};

/** Dismissing an action needs a reason, so the plan keeps a record of why it was left out. */
export function DismissDialog({ item, onDismiss, onCancel }: Props) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const close = () => {
    setReason('');
    setMissing(false);
    onCancel();
  };
  return (
    <ConfirmDialog
      open={item !== null}
      title={t('plan.dismissTitle', { title: item?.title ?? '' })}
      confirmLabel={t('plan.dismissConfirm')}
      cancelLabel={t('plan.cancel')}
      onCancel={close}
      onConfirm={() => {
        if (!item) return;
        if (reason.trim() === '') return setMissing(true);
        onDismiss(item, reason);
        setReason('');
        setMissing(false);
      }}
    >
      <div className="field">
        <label htmlFor="dismiss-reason">{t('plan.dismissReason')}</label>
        {missing && (
          <p className="field__error" id="dismiss-error">
            {t('plan.dismissRequired')}
          </p>
        )}
        <textarea
          id="dismiss-reason"
          value={reason}
          maxLength={PLAN_LIMITS.dismissedReason}
          aria-invalid={missing ? true : undefined}
          aria-describedby={missing ? 'dismiss-error' : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
    </ConfirmDialog>
  );
}

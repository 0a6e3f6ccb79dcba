import { useEffect, useRef, useState } from 'react';
import type { PlanItem, PlanStatus } from '../../domain/plan/types';
import { editValuesOf, type PlanItemEdit } from '../../domain/plan/edit';
import type { Role } from '../../domain/questionnaire/schema';
import { useT } from '../../i18n';
import { PlanItemCard } from './PlanItemCard';
import { PlanItemForm } from './lazy-forms';
import type { PlanLookup } from './item-names';

type Props = {
  item: PlanItem | null;
  title: string;
  lookup: PlanLookup;
  roles: readonly Role[];
  items: readonly PlanItem[];
  titleOf: (item: PlanItem) => string;
  overdue: boolean;
  first: boolean;
  last: boolean;
  onStatus: (item: PlanItem, status: PlanStatus) => Promise<boolean>;
  onMove: (item: PlanItem, direction: 'up' | 'down') => void;
  onDismiss: (item: PlanItem) => void;
  onRestore: (item: PlanItem) => void;
  /** Resolves true when the edit was saved; the form stays open with what was typed otherwise. */
  onSave: (item: PlanItem, values: PlanItemEdit) => Promise<boolean>;
  onClose: () => void;
};

/**
 * The table's row opened: the same card the card view shows, with every action it has, in a
 * native modal dialog (focus stays inside, Escape closes, focus goes back to the row).
 */
export function PlanDetailDialog(props: Props) {
  const { item, onClose } = props;
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (item && !dialog.open) dialog.showModal();
    if (!item && dialog.open) dialog.close();
  }, [item]);
  const close = () => {
    setEditing(false);
    onClose();
  };
  const labelId = item ? (editing ? `detail-${item.id}-heading` : `item-${item.id}-title`) : undefined;
  return (
    <dialog
      ref={ref}
      className="plan-detail"
      aria-labelledby={labelId}
      onCancel={close}
      onClose={() => item && close()}
    >
      {item && (
        <>
          <div className="plan-detail__bar">
            <span className="muted">{t('plan.table.openDetail')}</span>
            <button type="button" className="button button--secondary" onClick={close}>
              {t('plan.table.close')}
            </button>
          </div>
          {editing ? (
            <PlanItemForm
              formId={`detail-${item.id}`}
              heading={`${t('plan.editTitle')}: ${props.title}`}
              defaults={editValuesOf(item)}
              roles={props.roles}
              items={props.items}
              itemId={item.id}
              titleOf={props.titleOf}
              onCancel={() => setEditing(false)}
              onSave={async (values) => {
                if (await props.onSave(item, values)) setEditing(false);
              }}
            />
          ) : (
            <ul className="card-list">
              <PlanItemCard
                item={item}
                lookup={props.lookup}
                overdue={props.overdue}
                first={props.first}
                last={props.last}
                onStatus={props.onStatus}
                onEdit={() => setEditing(true)}
                onMove={props.onMove}
                onDismiss={(i) => {
                  close();
                  props.onDismiss(i);
                }}
                onRestore={props.onRestore}
              />
            </ul>
          )}
        </>
      )}
    </dialog>
  );
}

import { useCallback, useState } from 'react';
import { useT } from '../../i18n';
import type { Role } from '../../domain/questionnaire/schema';
import type { PlanItem, PlanStatus } from '../../domain/plan/types';
import { editValuesOf, type PlanItemEdit } from '../../domain/plan/edit';
import { isOverdue } from '../../domain/plan/schedule';
import { PlanItemCard } from './PlanItemCard';
import { PlanItemForm } from './lazy-forms';
import type { ItemNames, PlanLookup } from './item-names';

export type CardGroup = { key: string; heading: string; items: readonly PlanItem[]; count: number };

type Props = {
  groups: readonly CardGroup[];
  /** Every item of the plan: what an item can wait for. */
  all: readonly PlanItem[];
  lookup: PlanLookup;
  roles: readonly Role[];
  names: (item: PlanItem) => ItemNames;
  today: string;
  firstId: string | undefined;
  lastId: string | undefined;
  onStatus: (item: PlanItem, status: PlanStatus) => Promise<boolean>;
  onSave: (item: PlanItem, values: PlanItemEdit) => Promise<boolean>;
  onMove: (item: PlanItem, direction: 'up' | 'down') => void;
  onDismiss: (item: PlanItem) => void;
  onRestore: (item: PlanItem) => void;
};

/** The card view: one card per item, grouped by quarter or horizon; one card at a time is edited in place. */
export function PlanCardList(props: Props) {
  const t = useT();
  const [editing, setEditing] = useState<string | null>(null);
  const titleOf = (item: PlanItem) => props.names(item).title;
  // Stable, so that the memoised cards that did not change skip rendering.
  const onEdit = useCallback((item: PlanItem) => setEditing(item.id), []);
  return props.groups.map((g) =>
    g.items.length === 0 ? null : (
      <section key={g.key} aria-labelledby={`group-${g.key}`}>
        <h2 id={`group-${g.key}`}>
          {g.heading} ({g.count})
        </h2>
        <ol className="card-list">
          {g.items.map((item) =>
            editing === item.id ? (
              <li key={item.id}>
                <PlanItemForm
                  formId={`edit-${item.id}`}
                  heading={`${t('plan.editTitle')}: ${titleOf(item)}`}
                  defaults={editValuesOf(item)}
                  roles={props.roles}
                  items={props.all}
                  itemId={item.id}
                  titleOf={titleOf}
                  onCancel={() => setEditing(null)}
                  onSave={async (values) => {
                    if (await props.onSave(item, values)) setEditing(null);
                  }}
                />
              </li>
            ) : (
              <PlanItemCard
                key={item.id}
                item={item}
                lookup={props.lookup}
                overdue={isOverdue(item, props.today)}
                first={item.id === props.firstId}
                last={item.id === props.lastId}
                onStatus={props.onStatus}
                onEdit={onEdit}
                onMove={props.onMove}
                onDismiss={props.onDismiss}
                onRestore={props.onRestore}
              />
            ),
          )}
        </ol>
      </section>
    ),
  );
}

import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { PlanItem, PlanStatus } from '../../domain/plan/types';
import type { PlanPeriod } from '../../domain/plan/schedule';
import type { QuarterKey } from '../../domain/plan/calendar';
import { quarterHeading } from './quarter-heading';
import { isOverdue } from '../../domain/plan/schedule';
import {
  doneCount,
  groupItems,
  GROUPINGS,
  MANUAL_AREA,
  nextSort,
  sortItems,
  SORT_KEYS,
  type Grouping,
  type PlanGroup,
  type RowNames,
  type SortKey,
  tableSections,
  withoutDone,
} from '../../domain/plan/table';
import type { Role } from '../../domain/questionnaire/schema';
import { useT } from '../../i18n';
import { usePlanFilters } from './filter-store';
import type { ItemNames, PlanLookup } from './item-names';
import { PlanTableRow } from './PlanTableRow';
import { BulkReassign } from './BulkReassign';
import { itemCount } from './item-count';

type Props = {
  /** The items the plan's filters let through, in plan order. */
  items: readonly PlanItem[];
  period: PlanPeriod;
  lookup: PlanLookup;
  areaOrder: readonly string[];
  roles: readonly Role[];
  today: string;
  names: (item: PlanItem) => ItemNames;
  onStatus: (item: PlanItem, status: PlanStatus) => Promise<boolean>;
  onOpen: (id: string) => void;
};

/** Rows drawn in the first pass; the rest follow in a deferred pass, so a long plan opens at once. */
const FIRST_PASS = 20;
const COLUMNS = 7;

/** The plan as a table to work from: sort, group, hide what is done, change status and owners in place. */
export function PlanTable(props: Props) {
  const { items, period, names } = props;
  const t = useT();
  const f = usePlanFilters();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const full = useDeferredValue(true, false);

  const rowNames = useCallback(
    (item: PlanItem): RowNames => {
      const n = names(item);
      return { title: n.title, owner: n.role + (item.ownerName ? ` (${item.ownerName})` : ''), area: n.area };
    },
    [names],
  );
  const done = useMemo(() => doneCount(items), [items]);
  const groups = useMemo(() => {
    const shown = withoutDone(items, f.hideDone);
    return groupItems(sortItems(shown, f.sort, rowNames), f.tableGrouping, {
      period,
      areaOrder: props.areaOrder,
      names: rowNames,
    });
  }, [items, f.hideDone, f.sort, f.tableGrouping, rowNames, period, props.areaOrder]);

  const groupId = (g: PlanGroup<PlanItem>) => `${f.tableGrouping}:${g.key}`;
  const open = groups.filter((g) => f.tableGrouping === 'none' || !collapsed.has(groupId(g)));
  const visibleIds = open.flatMap((g) => g.items.map((i) => i.id));
  // Only what the user can see is acted on: a filter or a folded group hides an item from "Byt ansvarig" too.
  const chosen = visibleIds.filter((id) => selected.has(id));
  const allChosen = visibleIds.length > 0 && chosen.length === visibleIds.length;

  const onSelect = useCallback(
    (id: string, on: boolean) =>
      setSelected((s) => {
        const next = new Set(s);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );
  const toggleGroup = (id: string) =>
    setCollapsed((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const label = (g: PlanGroup<PlanItem>): string => {
    const first = g.items[0]!;
    switch (f.tableGrouping) {
      case 'quarter':
        return quarterHeading(g.key as QuarterKey, t);
      case 'owner':
        return rowNames(first).owner;
      case 'area':
        return g.key === MANUAL_AREA ? t('plan.manual') : (rowNames(first).area ?? g.key);
      case 'status':
        return t(`plan.status.${first.status}`);
      case 'none':
        return '';
    }
  };
  const sortLabel = f.sort
    ? t('plan.table.sortedBy', {
        column: t(`plan.table.col.${f.sort.key}`),
        direction: t(`plan.table.sort.${f.sort.direction}`),
      })
    : t('plan.table.planOrder');

  const sections = tableSections(groups, {
    budget: full ? Infinity : FIRST_PASS,
    idOf: groupId,
    isFolded: (id) => f.tableGrouping !== 'none' && collapsed.has(id),
  });
  return (
    <div className="plan-table-view">
      <div className="plan-table-tools">
        <div className="field">
          <label htmlFor="plan-table-group">{t('plan.table.group')}</label>
          <select
            id="plan-table-group"
            value={f.tableGrouping}
            onChange={(e) => f.set({ tableGrouping: e.target.value as Grouping })}
          >
            {GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {t(`plan.table.group.${g}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={f.hideDone}
            onChange={(e) => f.set({ hideDone: e.target.checked })}
          />
          <span>{t('plan.table.hideDone', { count: done })}</span>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={allChosen}
            disabled={visibleIds.length === 0}
            onChange={(e) =>
              setSelected((s) => {
                const next = new Set(s);
                for (const id of visibleIds) {
                  if (e.target.checked) next.add(id);
                  else next.delete(id);
                }
                return next;
              })
            }
          />
          <span>{t('plan.table.selectVisible', { count: visibleIds.length })}</span>
        </label>
      </div>
      <BulkReassign ids={chosen} roles={props.roles} onDone={() => setSelected(new Set())} />
      {groups.length === 0 || (groups.length === 1 && groups[0]!.items.length === 0) ? (
        <p>{t('plan.table.none')}</p>
      ) : (
        <div className="plan-table-frame" role="region" aria-label={t('plan.table.frame')} tabIndex={0}>
          <table className="plan-table">
            <caption>
              {t('plan.table.caption')}
              <span className="visually-hidden">{sortLabel}</span>
            </caption>
            <thead>
              <tr>
                <th scope="col" className="plan-row__select">
                  <span className="visually-hidden">{t('plan.table.select')}</span>
                </th>
                {SORT_KEYS.map((key) => (
                  <SortHeader
                    key={key}
                    column={key}
                    label={t(`plan.table.col.${key}`)}
                    direction={f.sort?.key === key ? f.sort.direction : undefined}
                    onSort={() => f.set({ sort: nextSort(f.sort, key) })}
                  />
                ))}
              </tr>
            </thead>
            {sections.map(({ group: g, id, folded, rows }) => {
              return (
                <tbody key={id}>
                  {f.tableGrouping !== 'none' && (
                    <tr className="plan-table__group">
                      <th scope="rowgroup" colSpan={COLUMNS}>
                        <button type="button" aria-expanded={!folded} onClick={() => toggleGroup(id)}>
                          <span aria-hidden="true" className="plan-table__fold">
                            {folded ? '▸' : '▾'}
                          </span>{' '}
                          {label(g)} · {itemCount(t, g.items.length)}
                        </button>
                      </th>
                    </tr>
                  )}
                  {rows.map((item) => (
                    <PlanTableRow
                      key={item.id}
                      item={item}
                      lookup={props.lookup}
                      overdue={isOverdue(item, props.today)}
                      selected={selected.has(item.id)}
                      onSelect={onSelect}
                      onStatus={props.onStatus}
                      onOpen={props.onOpen}
                    />
                  ))}
                </tbody>
              );
            })}
          </table>
        </div>
      )}
    </div>
  );
}

function SortHeader(props: {
  column: SortKey;
  label: string;
  direction: 'ascending' | 'descending' | undefined;
  onSort: () => void;
}) {
  const arrow = props.direction === 'ascending' ? '▲' : props.direction === 'descending' ? '▼' : '↕';
  return (
    <th scope="col" aria-sort={props.direction} className={`plan-table__col-${props.column}`}>
      <button type="button" className="plan-table__sort" onClick={props.onSort}>
        {props.label}
        <span aria-hidden="true" className="plan-table__arrow">
          {arrow}
        </span>
      </button>
    </th>
  );
}

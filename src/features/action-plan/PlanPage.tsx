import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { useLanguage } from '../../i18n/language';
import { Page } from '../../ui/Page';
import { Notice } from '../../ui/Notice';
import { PrintFrame } from '../../ui/PrintFrame';
import { usePrinting } from '../../ui/use-printing';
import { useAssessmentData } from '../../data/use-assessment-data';
import type { Answer, Assessment } from '../../domain/assessment/types';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { PlanItem, PlanStatus } from '../../domain/plan/types';
import {
  applyEdit,
  dismissItem,
  editValuesOf,
  moveItem,
  newManualItem,
  restoreItem,
} from '../../domain/plan/edit';
import {
  countsBy,
  horizonOf,
  isOverdue,
  planPeriod,
  quarterKeysOf,
  quarterOf,
} from '../../domain/plan/schedule';
import type { QuarterKey } from '../../domain/plan/calendar';
import { quarterHeading } from './quarter-heading';
import { newId, nowIso, today } from '../../domain/ids';
import { putPlanItem, savePlanItems } from '../../storage/plan';
import { setSetting } from '../../storage/settings';
import { useSetting } from '../../storage/hooks';
import { planView, type PlanView } from '../../domain/plan/table';
import { usePlan } from './use-plan';
import { usePlanFilters } from './filter-store';
import { filterItems } from './filter';
import { PlanItemCard } from './PlanItemCard';
import { itemNames, planLookup } from './item-names';
import { PlanItemForm } from './PlanItemForm';
import { DismissDialog } from './DismissDialog';
import { PlanControls } from './PlanControls';
import { PlanCounts } from './PlanCounts';
import { PlanExports } from './PlanExports';
import { PlanWord } from './PlanWord';
import { PlanPrintTable } from './PlanPrintTable';
import { persist } from '../../data/save-failure';
import { PlanTable } from './PlanTable';
import { PlanDetailDialog } from './PlanDetailDialog';
import { manualItemDefaults } from '../../domain/plan/manual-item';

type Data = { questionnaire: Questionnaire; assessment: Assessment; answers: ReadonlyMap<string, Answer> };
const HORIZONS = ['within3', 'within12', 'later'] as const;
/** Cards drawn in the first pass; the rest follow in a deferred pass, so a long plan opens at once. */
const FIRST_PASS = 25;
const NONE: PlanItem[] = [];

function Plan({ questionnaire, assessment, answers }: Data) {
  const t = useT();
  const { items, pending, regenerate } = usePlan(questionnaire, assessment, answers);
  const filters = usePlanFilters();
  const [editing, setEditing] = useState<string | null>(null);
  const [dismissing, setDismissing] = useState<PlanItem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [detail, setDetail] = useState<string | null>(null);
  const chosenView = useSetting(VIEW_SETTING);
  const period = planPeriod(assessment);
  const day = today();

  const language = useLanguage((s) => s.language);
  const lookup = useMemo(() => planLookup(questionnaire), [questionnaire]);
  const names = useCallback((item: PlanItem) => itemNames(item, lookup, language), [lookup, language]);

  const all = useMemo(() => items ?? [], [items]);
  const onStatus = useCallback(
    (item: PlanItem, status: PlanStatus) =>
      persist(putPlanItem(applyEdit(item, { ...editValuesOf(item), status }, nowIso()))),
    [],
  );
  // Read through a ref, so that the callback (a prop of every card) stays the same between writes.
  const allRef = useRef(all);
  useLayoutEffect(() => {
    allRef.current = all;
  }, [all]);
  const onMove = useCallback(
    (item: PlanItem, direction: 'up' | 'down') =>
      persist(savePlanItems(assessment.id, moveItem(allRef.current, item.id, direction, nowIso()))),
    [assessment.id],
  );
  const onEdit = useCallback((item: PlanItem) => setEditing(item.id), []);
  const onRestore = useCallback((item: PlanItem) => persist(putPlanItem(restoreItem(item, nowIso()))), []);
  const areaOrder = useMemo(() => questionnaire.areas.map((a) => a.id), [questionnaire]);

  const visibleNow = useMemo(() => filterItems(all, filters, names), [all, filters, names]);
  // While the whole list renders in the background, the first cards of the current list show at
  // once (also when the plan arrives after the page has mounted, as after a reload).
  const deferred = useDeferredValue(visibleNow);
  const visible = deferred === visibleNow ? visibleNow : visibleNow.slice(0, FIRST_PASS);
  const activeNow = useMemo(() => all.filter((i) => i.dismissedReason === null), [all]);
  // The paper version is drawn only for printing: hundreds of rows nobody sees on screen.
  const printable = usePrinting() ? activeNow : NONE;

  if (!items || chosenView === undefined) return <p>{t('app.loading')}</p>;
  const active = activeNow;
  const view = planView(chosenView, active.length);
  const detailItem = detail === null ? null : (all.find((i) => i.id === detail) ?? null);
  const groupOf = (i: PlanItem): string =>
    filters.grouping === 'horizon' ? horizonOf(i, period) : quarterOf(i);
  const keys = filters.grouping === 'horizon' ? HORIZONS : quarterKeysOf(active);
  const groups = keys.map((key) => ({
    key,
    heading:
      filters.grouping === 'horizon'
        ? t(`plan.horizon.${key as (typeof HORIZONS)[number]}`)
        : quarterHeading(key as QuarterKey, t),
    items: visible.filter((i) => groupOf(i) === key),
    count: visibleNow.filter((i) => groupOf(i) === key).length,
    print: printable.filter((i) => groupOf(i) === key),
  }));
  const firstId = active[0]?.id;
  const lastId = active[active.length - 1]?.id;
  const overdue = active.filter((i) => isOverdue(i, day)).length;

  return (
    <PrintFrame
      header={
        <>
          <span>
            {assessment.organisation} · {t('plan.period', period)}
          </span>
          <span>
            {t('plan.printTitle')} · {assessment.date}
          </span>
        </>
      }
    >
      <Page title={`${t('plan.title')} – ${assessment.organisation}`}>
        <p className="muted">
          {t('plan.period', period)} · {assessment.scope}
        </p>
        <p className="no-print">
          {t('plan.intro')} {t('plan.rules')} <a href="#/sa-raknar-vi">{t('plan.rulesLink')}</a>
        </p>
        <PlanCounts counts={countsBy(all)} overdue={overdue} />
        <div role="status">
          {pending && (
            <Notice tone="warn">
              <p>{t('plan.changed', { added: pending.added.length, obsolete: pending.newlyObsolete })}</p>
              <button
                type="button"
                className="button"
                onClick={async () => {
                  if (!pending || !(await persist(regenerate()))) return;
                  setDone(
                    t('plan.regenerated', { added: pending.added.length, obsolete: pending.newlyObsolete }),
                  );
                }}
              >
                {t('plan.regenerate')}
              </button>
            </Notice>
          )}
          {done && !pending && <Notice tone="ok">{done}</Notice>}
        </div>
        <PlanExports
          items={all}
          questionnaire={questionnaire}
          organisation={assessment.organisation}
          date={assessment.date}
        />
        <PlanWord items={all} questionnaire={questionnaire} assessment={assessment} />
        <ViewSwitch view={view} />
        <PlanControls areas={questionnaire.areas} cards={view === 'cards'} />
        {all.length === 0 && <p>{t('plan.empty')}</p>}
        <p className="no-print" aria-live="polite">
          {t('plan.showing', { shown: visibleNow.length, total: all.length })}
        </p>
        <div className="no-print">
          {view === 'table' && (
            <PlanTable
              items={visibleNow}
              period={period}
              lookup={lookup}
              areaOrder={areaOrder}
              roles={questionnaire.roles}
              today={day}
              names={names}
              onStatus={onStatus}
              onOpen={setDetail}
            />
          )}
          {view === 'cards' &&
            groups.map((g) =>
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
                            heading={`${t('plan.editTitle')}: ${names(item).title}`}
                            defaults={editValuesOf(item)}
                            roles={questionnaire.roles}
                            onCancel={() => setEditing(null)}
                            onSave={async (values) => {
                              if (await persist(putPlanItem(applyEdit(item, values, nowIso()))))
                                setEditing(null);
                            }}
                          />
                        </li>
                      ) : (
                        <PlanItemCard
                          key={item.id}
                          item={item}
                          lookup={lookup}
                          overdue={isOverdue(item, day)}
                          first={item.id === firstId}
                          last={item.id === lastId}
                          onStatus={onStatus}
                          onEdit={onEdit}
                          onMove={onMove}
                          onDismiss={setDismissing}
                          onRestore={onRestore}
                        />
                      ),
                    )}
                  </ol>
                </section>
              ),
            )}
          <AddItem assessment={assessment} questionnaire={questionnaire} order={all.length} />
        </div>
        <div className="print-only">
          {groups.map((g) =>
            g.print.length === 0 ? null : (
              <PlanPrintTable key={g.key} heading={g.heading} items={g.print} names={names} />
            ),
          )}
        </div>
        <PlanDetailDialog
          item={detailItem}
          title={detailItem ? names(detailItem).title : ''}
          lookup={lookup}
          roles={questionnaire.roles}
          overdue={detailItem ? isOverdue(detailItem, day) : false}
          first={detailItem?.id === firstId}
          last={detailItem?.id === lastId}
          onStatus={onStatus}
          onMove={onMove}
          onDismiss={setDismissing}
          onRestore={onRestore}
          onSave={(item, values) => persist(putPlanItem(applyEdit(item, values, nowIso())))}
          onClose={() => setDetail(null)}
        />
        <DismissDialog
          item={dismissing}
          onCancel={() => setDismissing(null)}
          onDismiss={async (item, reason) => {
            if (await persist(putPlanItem(dismissItem(item, reason, nowIso())))) setDismissing(null);
          }}
        />
      </Page>
    </PrintFrame>
  );
}

const VIEW_SETTING = 'planView';

/** Tabell or Kort, remembered on this device (a preference, not part of the plan). */
function ViewSwitch({ view }: { view: PlanView }) {
  const t = useT();
  return (
    <div className="plan-view no-print" role="group" aria-labelledby="plan-view-label">
      <span id="plan-view-label">{t('plan.view')}</span>
      {(['table', 'cards'] as const).map((v) => (
        <button
          key={v}
          type="button"
          className={`button ${v === view ? '' : 'button--secondary'}`}
          aria-pressed={v === view}
          onClick={() => void persist(setSetting(VIEW_SETTING, v))}
        >
          {t(`plan.view.${v}`)}
        </button>
      ))}
    </div>
  );
}

function AddItem({
  assessment,
  questionnaire,
  order,
}: {
  assessment: Assessment;
  questionnaire: Questionnaire;
  order: number;
}) {
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
      roles={questionnaire.roles}
      defaults={manualItemDefaults(assessment)}
      onCancel={() => setOpen(false)}
      onSave={async (values) => {
        if (await persist(putPlanItem(newManualItem(assessment.id, values, order, nowIso(), newId()))))
          setOpen(false);
      }}
    />
  );
}

export default function PlanPage({ id }: { id: string }) {
  const t = useT();
  const data = useAssessmentData(id);
  if (data.status === 'loading') return <p>{t('app.loading')}</p>;
  if (data.status === 'missing') return <Notice tone="error">{t('app.missingAssessment')}</Notice>;
  return <Plan questionnaire={data.questionnaire} assessment={data.assessment} answers={data.answers} />;
}

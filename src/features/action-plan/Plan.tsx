import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { useLanguage } from '../../i18n/language';
import { localize } from '../../i18n';
import { Page } from '../../ui/Page';
import { PrintFrame } from '../../ui/PrintFrame';
import { usePrinting } from '../../ui/use-printing';
import type { Answer, Assessment } from '../../domain/assessment/types';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { PlanItem, PlanStatus } from '../../domain/plan/types';
import { applyEdit, editValuesOf, moveItem, restoreItem, type PlanItemEdit } from '../../domain/plan/edit';
import {
  countsBy,
  horizonOf,
  isOverdue,
  planPeriod,
  quarterKeysOf,
  quarterOf,
} from '../../domain/plan/schedule';
import type { QuarterKey } from '../../domain/plan/calendar';
import { planRoles } from '../../domain/plan/settings';
import { quarterHeading } from './quarter-heading';
import { nowIso, today } from '../../domain/ids';
import { putPlanItem, savePlanItems } from '../../storage/plan';
import { planView, withoutDone } from '../../domain/plan/table';
import { groupBy } from '../../domain/group-by';
import { usePlan } from './use-plan';
import { usePlanFilters } from './filter-store';
import { filterItems } from './filter';
import { itemNames, planLookup } from './item-names';
import { DismissDialog } from './DismissDialog';
import { PlanControls } from './PlanControls';
import { PlanCounts } from './PlanCounts';
import { PlanExports } from './PlanExports';
import { PlanWord } from './PlanWord';
import { persist } from '../../data/save-failure';
import { PlanTable } from './PlanTable';
import { PlanDetailDialog } from './PlanDetailDialog';
import { PlanCardList } from './PlanCardList';
import { PlanPrint } from './PlanPrint';
import { PlanNotices } from './PlanNotices';
import { OwnerLoadPanel } from './OwnerLoadPanel';
import { PlanSettingsPanel } from './PlanSettingsPanel';
import { AddItem } from './AddItem';
import { YearGoalsPanel } from './YearGoals';
import { yearGoals } from '../../domain/plan/year-goals';
import { completeness, countAllAnswers } from '../../domain/assessment/answer-counts';
import { IncompleteNotice, IncompletePrintLine } from '../../data/IncompleteNotice';
import { ViewSwitch } from './ViewSwitch';

export type PlanData = {
  questionnaire: Questionnaire;
  assessment: Assessment;
  answers: ReadonlyMap<string, Answer>;
  stored: readonly PlanItem[];
  chosenView: unknown;
};
const HORIZONS = ['within3', 'within12', 'later'] as const;
/** Cards drawn in the first pass; the rest follow in a deferred pass, so a long plan opens at once. */
const FIRST_PASS = 25;
const NONE: PlanItem[] = [];

/** The plan of one assessment, once its data has been read (PlanPage). */
export function Plan({ questionnaire, assessment, answers, stored, chosenView }: PlanData) {
  const t = useT();
  const plan = usePlan(questionnaire, assessment, answers, stored);
  const { items } = plan;
  const filters = usePlanFilters();
  const [dismissing, setDismissing] = useState<PlanItem | null>(null);
  const [detail, setDetail] = useState<string | null>(null);
  const period = planPeriod(assessment);
  const day = today();
  const settings = assessment.planSettings;

  const language = useLanguage((s) => s.language);
  // The kommun's own roles and people are owners beside the questionnaire's roles everywhere.
  const roles = useMemo(() => planRoles(questionnaire.roles, settings), [questionnaire.roles, settings]);
  const withRoles = useMemo(() => ({ ...questionnaire, roles }), [questionnaire, roles]);
  const lookup = useMemo(() => planLookup(questionnaire, roles), [questionnaire, roles]);
  const names = useCallback((item: PlanItem) => itemNames(item, lookup, language), [lookup, language]);
  const titleOf = useCallback((item: PlanItem) => names(item).title, [names]);
  const roleName = useCallback(
    (role: string) => {
      const r = lookup.roles.get(role);
      return r ? localize(r.name, language).text : role;
    },
    [lookup, language],
  );

  const all = items;
  const onStatus = useCallback(
    (item: PlanItem, status: PlanStatus) =>
      persist(putPlanItem(applyEdit(item, { ...editValuesOf(item), status }, nowIso()))),
    [],
  );
  const onSave = useCallback(
    (item: PlanItem, values: PlanItemEdit) => persist(putPlanItem(applyEdit(item, values, nowIso()))),
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
  const onRestore = useCallback((item: PlanItem) => persist(putPlanItem(restoreItem(item, nowIso()))), []);
  const areaOrder = useMemo(() => questionnaire.areas.map((a) => a.id), [questionnaire]);
  // A plan from a half-done assessment has actions only for what was answered: it says so.
  const coverage = useMemo(
    () => completeness(countAllAnswers(questionnaire, answers)),
    [questionnaire, answers],
  );
  const goals = useMemo(
    () => yearGoals(questionnaire, answers, assessment, items),
    [questionnaire, answers, assessment, items],
  );
  const areaName = useCallback(
    (id: string) => {
      const area = lookup.areas.get(id);
      return area ? localize(area.title, language).text : id;
    },
    [lookup, language],
  );
  const owners = useMemo(() => [...new Set(all.map((i) => i.ownerRole))], [all]);

  const visibleNow = useMemo(() => filterItems(all, filters, names), [all, filters, names]);
  // While the whole list renders in the background, the first cards of the current list show at
  // once: on mounting (the plan is read before the page mounts) and whenever the list changes.
  const deferred = useDeferredValue(visibleNow, NONE);
  const visible = deferred === visibleNow ? visibleNow : visibleNow.slice(0, FIRST_PASS);
  const active = useMemo(() => all.filter((i) => i.dismissedReason === null), [all]);
  // The paper version is drawn only for printing: hundreds of rows nobody sees on screen.
  const printable = usePrinting() ? active : NONE;

  const view = planView(chosenView, active.length);
  // The count above the list says what the list shows: the table's "hide done" switch included.
  const listed = view === 'table' ? withoutDone(visibleNow, filters.hideDone) : visibleNow;
  const detailItem = detail === null ? null : (all.find((i) => i.id === detail) ?? null);
  const groupOf = (i: PlanItem): string =>
    filters.grouping === 'horizon' ? horizonOf(i, period) : quarterOf(i);
  const keys = filters.grouping === 'horizon' ? HORIZONS : quarterKeysOf(active);
  // Sections are sorted out in one pass per list, and only for the lists that are drawn: the cards
  // (not the table's own) and the paper version while printing.
  const cards = view === 'cards';
  const shown = groupBy(cards ? visible : NONE, groupOf);
  const counted = groupBy(cards ? visibleNow : NONE, groupOf);
  const printed = groupBy(printable, groupOf);
  const groups = keys.map((key) => ({
    key,
    heading:
      filters.grouping === 'horizon'
        ? t(`plan.horizon.${key as (typeof HORIZONS)[number]}`)
        : quarterHeading(key as QuarterKey, t),
    items: shown.get(key) ?? NONE,
    count: counted.get(key)?.length ?? 0,
    print: printed.get(key) ?? NONE,
  }));
  const firstId = active[0]?.id;
  const lastId = active[active.length - 1]?.id;
  const overdue = active.filter((i) => isOverdue(i, day)).length;

  return (
    <PrintFrame
      marking={t('secrecy.marking')}
      header={
        <>
          <span>
            {assessment.organisation} · {t('plan.period', period)}
          </span>
          <span>
            {t('plan.printTitle')} · {assessment.date}
          </span>
          <IncompletePrintLine coverage={coverage} />
        </>
      }
    >
      <Page title={`${t('plan.title')} – ${assessment.organisation}`}>
        <p className="muted">
          {t('plan.period', period)} · {assessment.scope}
        </p>
        <IncompleteNotice coverage={coverage}>{t('plan.incomplete')}</IncompleteNotice>
        <p className="no-print">
          {t('plan.intro')} {t('plan.rules')} <a href="#/sa-raknar-vi">{t('plan.rulesLink')}</a>
        </p>
        <PlanCounts counts={countsBy(all)} overdue={overdue} />
        <YearGoalsPanel goals={goals} period={period} areaName={areaName} />
        <PlanNotices plan={plan} />
        <PlanExports
          items={all}
          questionnaire={withRoles}
          organisation={assessment.organisation}
          date={assessment.date}
          goals={goals}
        />
        <PlanWord
          items={all}
          questionnaire={questionnaire}
          assessment={assessment}
          goals={goals}
          coverage={coverage}
        />
        <OwnerLoadPanel
          items={active}
          settings={settings}
          planStart={assessment.date}
          today={day}
          roleName={roleName}
        />
        <ViewSwitch view={view} />
        <PlanControls areas={questionnaire.areas} cards={view === 'cards'} />
        {all.length === 0 && <p>{t('plan.empty')}</p>}
        <p className="no-print" aria-live="polite">
          {t('plan.showing', { shown: listed.length, total: all.length })}
        </p>
        <div className="no-print">
          {view === 'table' && (
            <PlanTable
              items={visibleNow}
              period={period}
              lookup={lookup}
              areaOrder={areaOrder}
              roles={roles}
              today={day}
              names={names}
              onStatus={onStatus}
              onOpen={setDetail}
            />
          )}
          {view === 'cards' && (
            <PlanCardList
              groups={groups}
              all={all}
              lookup={lookup}
              roles={roles}
              names={names}
              today={day}
              firstId={firstId}
              lastId={lastId}
              onStatus={onStatus}
              onSave={onSave}
              onMove={onMove}
              onDismiss={setDismissing}
              onRestore={onRestore}
            />
          )}
          <AddItem assessment={assessment} roles={roles} items={all} titleOf={titleOf} />
        </div>
        {/* Settings are for now and then; the work comes first. */}
        <PlanSettingsPanel
          assessmentId={assessment.id}
          settings={settings}
          roles={roles.map((r) => ({ id: r.id, name: roleName(r.id) }))}
          builtInNames={questionnaire.roles.flatMap((r) => [r.name.sv, ...(r.name.en ? [r.name.en] : [])])}
          owners={owners}
        />
        <PlanPrint
          groups={groups}
          settings={settings}
          names={names}
          goals={goals}
          period={period}
          areaName={areaName}
        />
        <PlanDetailDialog
          item={detailItem}
          title={detailItem ? names(detailItem).title : ''}
          lookup={lookup}
          roles={roles}
          items={all}
          titleOf={titleOf}
          overdue={detailItem ? isOverdue(detailItem, day) : false}
          first={detailItem?.id === firstId}
          last={detailItem?.id === lastId}
          onStatus={onStatus}
          onMove={onMove}
          onDismiss={setDismissing}
          onRestore={onRestore}
          onSave={onSave}
          onClose={() => setDetail(null)}
        />
        <DismissDialog
          item={dismissing}
          onCancel={() => setDismissing(null)}
          onDismiss={async (item, reason) => {
            // The reason's check (zod) loads with the first dismissal, not with the page.
            const { dismissItem } = await import('../../domain/plan/edit-schema');
            if (await persist(putPlanItem(dismissItem(item, reason, nowIso())))) setDismissing(null);
          }}
        />
      </Page>
    </PrintFrame>
  );
}

import type { DocBlock, DocModel } from '../../domain/document/model';
import { toDocx } from '../../domain/document/docx';
import type { PlanItem } from '../../domain/plan/types';
import type { Assessment } from '../../domain/assessment/types';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { quarterKeyOf, parseQuarterKey } from '../../domain/plan/calendar';
import { planTotals } from '../../domain/brief/plan-summary';
import { formatNumber } from '../../i18n/format';
import type { Translate } from '../../i18n';
import type { Language } from '../../i18n/language';
import { itemNames, planLookup } from './item-names';
import { itemCount } from './item-count';
import { goalLine } from './goal-line';
import type { YearGoal } from '../../domain/plan/year-goals';
import { planPeriod } from '../../domain/plan/schedule';
import { localize } from '../../i18n';
import { withCompoundBreaks } from '../../domain/document/compound-breaks';
import type { Completeness } from '../../domain/assessment/answer-counts';
import { planRoles } from '../../domain/plan/settings';

export type PlanWordInput = {
  assessment: Assessment;
  questionnaire: Questionnaire;
  items: readonly PlanItem[];
  /** The goal for the year per area (year-goals.ts), as the page shows it. */
  goals: readonly YearGoal[];
  /** How much of the assessment the plan rests on: an incomplete one is said on every page. */
  coverage: Completeness;
  today: string;
  t: Translate;
  language: Language;
};

function goalBlocks(
  goals: readonly YearGoal[],
  questionnaire: Questionnaire,
  assessment: Assessment,
  t: Translate,
  language: Language,
): DocBlock[] {
  if (goals.length === 0) return [];
  const areas = new Map(questionnaire.areas.map((a) => [a.id, localize(a.title, language).text]));
  return [
    { kind: 'heading', level: 2, text: t('plan.goals.title') },
    { kind: 'paragraph', text: t('plan.goals.intro', planPeriod(assessment)) },
    {
      kind: 'list',
      ordered: false,
      items: goals.map((g) => goalLine(g, areas.get(g.areaId) ?? g.areaId, t)),
    },
  ];
}

/**
 * The action plan as a Word document for the nämnd: the adoption block, the plan's size and
 * costs, the goal for the year per area, then one table per calendar quarter, as on paper. Dismissed items are left out.
 */
export function planDocument({
  assessment,
  questionnaire,
  items,
  goals,
  coverage,
  today,
  t,
  language,
}: PlanWordInput): DocModel {
  const title = t('planWord.title');
  const lookup = planLookup(questionnaire, planRoles(questionnaire.roles, assessment.planSettings));
  const live = items.filter((i) => i.dismissedReason === null);
  const totals = planTotals(live);
  const groups = new Map<string, PlanItem[]>();
  for (const i of [...live].sort(
    (a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.order - b.order,
  )) {
    const key = quarterKeyOf(i.due);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  const settings = assessment.planSettings;
  const blocks: DocBlock[] = [
    { kind: 'heading', level: 1, text: `${title} – ${assessment.organisation}` },
    {
      kind: 'paragraph',
      text: [assessment.organisation, t('summary.scope', { scope: assessment.scope }), assessment.date].join(
        ' · ',
      ),
    },
    ...(settings.adoptedBy
      ? [
          {
            kind: 'paragraph' as const,
            text: t('planWord.adopted', { by: settings.adoptedBy, date: settings.adoptedDate ?? '' }).trim(),
            bold: true,
          },
        ]
      : []),
    ...(settings.diarienummer
      ? [{ kind: 'paragraph' as const, text: t('planWord.diarienummer', { number: settings.diarienummer }) }]
      : []),
    {
      kind: 'paragraph',
      text: t('planWord.counts', { items: totals.items, priority1: totals.priority1, done: totals.done }),
    },
    ...goalBlocks(goals, questionnaire, assessment, t, language),
  ];
  for (const [key, group] of groups) {
    const q = parseQuarterKey(key as Parameters<typeof parseQuarterKey>[0]);
    const heading = q ? t('plan.quarter.named', q) : t('plan.quarter.none');
    blocks.push({
      kind: 'heading',
      level: 2,
      text: `${heading} (${itemCount(t, group.length)})`,
    });
    blocks.push({
      kind: 'table',
      header: [
        t('plan.col.priority'),
        t('plan.col.action'),
        t('planWord.area'),
        t('plan.col.owner'),
        t('plan.col.due'),
        t('plan.col.status'),
      ],
      // Wide enough for "Prio", a whole date and "Ej påbörjad" on one line (landscape A4).
      widths: [6, 36, 16, 18, 12, 12],
      rows: group.map((i) => {
        const n = itemNames(i, lookup, language);
        const cost = [
          i.costKronor !== null ? `${formatNumber(i.costKronor, language)} kr` : '',
          i.costDays !== null ? `${formatNumber(i.costDays, language)} ${t('planWord.days')}` : '',
        ]
          .filter(Boolean)
          .join(', ');
        return [
          String(i.priority),
          [n.title, n.deliverable, cost].filter(Boolean).join(' – '),
          // Narrow columns: long compounds break at their joints, with a hyphen.
          withCompoundBreaks(n.area ?? ''),
          withCompoundBreaks(`${n.role}${i.ownerName ? ` (${i.ownerName})` : ''}`),
          i.due ?? '–',
          t(`plan.status.${i.status}`),
        ];
      }),
    });
  }
  return {
    title,
    header: `${assessment.organisation} · ${title} · ${today}`,
    warning: coverage.incomplete
      ? t('incomplete.print', { basis: coverage.basis, applicable: coverage.applicable })
      : '',
    marking: t('secrecy.marking'),
    footer: t('word.page', { page: '{page}', pages: '{pages}' }),
    language,
    landscape: true,
    blocks,
  };
}

export const planDocx = (input: PlanWordInput) => toDocx(planDocument(input));

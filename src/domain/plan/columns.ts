import type { Questionnaire } from '../questionnaire/schema';
import { sortByOrder } from './order';
import { EFFORT_SV, PRIORITY_REASON_SV, STATUS_SV, formatReferences, yesNo } from './labels';
import type { PlanItem } from './types';

/**
 * The columns of the exported plan, shared by CSV and Excel so both files always say the same.
 * A value is text, a number or a date (YYYY-MM-DD); null is an empty cell.
 */
export type ColumnValue =
  | { type: 'text'; value: string }
  | { type: 'number'; value: number | null }
  | { type: 'date'; value: string | null };

export type PlanColumn = {
  header: string;
  /** Excel column width in characters. */
  width: number;
  value: (item: PlanItem, names: PlanNames) => ColumnValue;
};

/** Names the items refer to by id, looked up once per export. */
export type PlanNames = {
  area: (id: string | null) => string;
  question: (id: string | null) => string;
  /** A role id from the questionnaire becomes its name; anything else (typed by hand) is kept. */
  role: (id: string) => string;
};

export function namesFrom(questionnaire: Pick<Questionnaire, 'areas' | 'roles'>): PlanNames {
  const areas = new Map(questionnaire.areas.map((a) => [a.id, a.title.sv]));
  const questions = new Map(questionnaire.areas.flatMap((a) => a.questions.map((q) => [q.id, q.text.sv])));
  const roles = new Map(questionnaire.roles.map((r) => [r.id, r.name.sv]));
  return {
    area: (id) => (id === null ? '' : (areas.get(id) ?? id)),
    question: (id) => (id === null ? '' : (questions.get(id) ?? id)),
    role: (id) => roles.get(id) ?? id,
  };
}

const text = (value: string): ColumnValue => ({ type: 'text', value });
const date = (value: string | null): ColumnValue => ({ type: 'date', value });
const number = (value: number | null): ColumnValue => ({ type: 'number', value });

export const PLAN_COLUMNS: readonly PlanColumn[] = [
  { header: 'Rubrik', width: 40, value: (i) => text(i.title) },
  { header: 'Beskrivning', width: 60, value: (i) => text(i.description) },
  { header: 'Leverans', width: 40, value: (i) => text(i.deliverable) },
  { header: 'Område', width: 24, value: (i, n) => text(n.area(i.areaId)) },
  { header: 'Fråga', width: 40, value: (i, n) => text(n.question(i.questionId)) },
  { header: 'Till nivå', width: 9, value: (i) => number(i.toLevel) },
  { header: 'Hänvisningar', width: 30, value: (i) => text(formatReferences(i.references)) },
  { header: 'Krav i lag', width: 10, value: (i) => text(yesNo(i.lawRequired)) },
  { header: 'Prioritet', width: 9, value: (i) => number(i.priority) },
  { header: 'Prioritetsskäl', width: 28, value: (i) => text(PRIORITY_REASON_SV[i.priorityReason]) },
  { header: 'Ansvarig roll', width: 28, value: (i, n) => text(n.role(i.ownerRole)) },
  { header: 'Ansvarig person', width: 24, value: (i) => text(i.ownerName) },
  { header: 'Start', width: 12, value: (i) => date(i.start) },
  { header: 'Klart senast', width: 12, value: (i) => date(i.due) },
  { header: 'Insats', width: 8, value: (i) => text(EFFORT_SV[i.effort]) },
  { header: 'Status', width: 12, value: (i) => text(STATUS_SV[i.status]) },
  { header: 'Uppföljning', width: 40, value: (i) => text(i.followUp) },
  { header: 'Anteckning', width: 40, value: (i) => text(i.note) },
  { header: 'Beslutad i', width: 24, value: (i) => text(i.decidedIn) },
  { header: 'Beslutsdatum', width: 12, value: (i) => date(i.decidedDate) },
  { header: 'Avfärdad (skäl)', width: 30, value: (i) => text(i.dismissedReason ?? '') },
  { header: 'Id', width: 24, value: (i) => text(i.id) },
];

export type ExportOptions = {
  /** Dismissed items are exported, with their reason, unless this is false. */
  includeDismissed?: boolean;
};

/** The items an export shows, in plan order. */
export function exportedItems(items: readonly PlanItem[], options: ExportOptions = {}): PlanItem[] {
  const shown = options.includeDismissed === false ? items.filter((i) => i.dismissedReason === null) : items;
  return sortByOrder(shown);
}

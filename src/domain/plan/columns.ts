import type { Questionnaire } from '../questionnaire/schema';
import { sortByOrder } from './order';
import { EFFORT_SV, PRIORITY_REASON_SV, STATUS_SV, formatReferences, yesNo } from './labels';
import type { PlanItem, StatusChange } from './types';
import { roleNames, type PlanRole } from './settings';
import { yearGoalSv, type YearGoal } from './year-goals';

/** "2026-12-03 Pågår; 2027-02-10 Klar": the day of each change and the status it gave. */
function formatHistory(history: readonly StatusChange[]): string {
  return history.map((h) => `${h.at.slice(0, 10)} ${STATUS_SV[h.status]}`).join('; ');
}

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
  /** Another item of the plan, by id: its title (the id itself if it is not in the plan). */
  item: (id: string) => string;
  /** The goal for the year of the item's area, in words; empty without an area or goals. */
  goal: (areaId: string | null) => string;
};

export function namesFrom(
  questionnaire: Pick<Questionnaire, 'areas' | 'roles'>,
  items: readonly Pick<PlanItem, 'id' | 'title'>[] = [],
  ownRoles: readonly PlanRole[] = [],
  goals: readonly YearGoal[] = [],
): PlanNames {
  const titles = new Map(items.map((i) => [i.id, i.title]));
  const areas = new Map(questionnaire.areas.map((a) => [a.id, a.title.sv]));
  const questions = new Map(questionnaire.areas.flatMap((a) => a.questions.map((q) => [q.id, q.text.sv])));
  const roles = roleNames(questionnaire.roles, { roles: ownRoles }, (n) => n.sv);
  const goalTexts = new Map(goals.map((g) => [g.areaId, yearGoalSv(g, areas.get(g.areaId) ?? g.areaId)]));
  return {
    goal: (id) => (id === null ? '' : (goalTexts.get(id) ?? '')),
    area: (id) => (id === null ? '' : (areas.get(id) ?? id)),
    question: (id) => (id === null ? '' : (questions.get(id) ?? id)),
    role: (id) => roles.get(id) ?? id,
    item: (id) => titles.get(id) ?? id,
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
  // MSB: each activity names the yearly goal it serves; here, its area's goal for the year.
  { header: 'Årets mål för området', width: 40, value: (i, n) => text(n.goal(i.areaId)) },
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
  { header: 'Kostnad (kr)', width: 12, value: (i) => number(i.costKronor) },
  { header: 'Persondagar', width: 11, value: (i) => number(i.costDays) },
  { header: 'Väntar på', width: 30, value: (i, n) => text(i.dependsOn.map(n.item).join('; ')) },
  { header: 'Status', width: 12, value: (i) => text(STATUS_SV[i.status]) },
  { header: 'Statushistorik', width: 30, value: (i) => text(formatHistory(i.history)) },
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
  /** The kommun's own roles and people, so that their names, not their ids, are written. */
  roles?: readonly PlanRole[];
  /** The goal for the year per area (year-goals.ts): a column of the plan, and Excel's second sheet. */
  goals?: readonly YearGoal[];
};

/** The items an export shows, in plan order. */
export function exportedItems(items: readonly PlanItem[], options: ExportOptions = {}): PlanItem[] {
  const shown = options.includeDismissed === false ? items.filter((i) => i.dismissedReason === null) : items;
  return sortByOrder(shown);
}

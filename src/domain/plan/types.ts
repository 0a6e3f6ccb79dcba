import type { Effort, References } from '../questionnaire/schema';

export const PLAN_STATUSES = ['ej-paborjad', 'pagar', 'klar', 'vilande'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export type Priority = 1 | 2 | 3;
/** Why an item has its priority: basics missing (level 0–1), required by law, or gap size. */
export const PRIORITY_REASONS = ['basics', 'law', 'gap', 'manual'] as const;
export type PriorityReason = (typeof PRIORITY_REASONS)[number];

/** One entry of an item's history: the status it got, and when. */
export type StatusChange = { at: string; status: PlanStatus };

/** One row of the handlingsplan. Generated from an action template, or added by hand. */
export type PlanItem = {
  id: string;
  assessmentId: string;
  /** The questionnaire action it came from; null for an item added by hand. */
  templateId: string | null;
  areaId: string | null;
  questionId: string | null;
  /** The level the action lifts the question or area to. */
  toLevel: number | null;
  title: string;
  description: string;
  deliverable: string;
  references: References;
  lawRequired: boolean;
  priority: Priority;
  priorityReason: PriorityReason;
  /** Position for hand-made ordering within the plan; lower comes first. */
  order: number;
  ownerRole: string;
  ownerName: string;
  start: string | null;
  due: string | null;
  effort: Effort;
  /** Cost in kronor, when the kommun knows it (MSB: kostnader och resurser). */
  costKronor: number | null;
  /** Work in person-days, when the kommun knows it. */
  costDays: number | null;
  /** Ids of items that must be done first; a question's lower steps are linked when generated. */
  dependsOn: string[];
  status: PlanStatus;
  /** Every status change, oldest first; the follow-up over the year reads it. */
  history: StatusChange[];
  /** How progress is followed up (indikator/uppföljning). */
  followUp: string;
  note: string;
  /** Where it was decided, e.g. "Ledningens genomgång", and when. */
  decidedIn: string;
  decidedDate: string | null;
  /** Set when the user dismissed the item; it stays in the file but leaves the plan. */
  dismissedReason: string | null;
  /** True once the user changed anything; regeneration then never overwrites it. */
  edited: boolean;
  /** Set by regeneration: the item came in with the latest regeneration. */
  isNew: boolean;
  /** Set by regeneration: the gap behind the item is closed; the user decides whether to remove it. */
  obsolete: boolean;
  createdAt: string;
  updatedAt: string;
};

/** What every new item starts with in the fields the user owns: nothing written, not started, not marked. */
export const NEW_ITEM_STATE = {
  ownerName: '',
  costKronor: null,
  costDays: null,
  status: 'ej-paborjad',
  followUp: '',
  note: '',
  decidedIn: '',
  decidedDate: null,
  dismissedReason: null,
  edited: false,
  isNew: false,
  obsolete: false,
} as const satisfies Partial<PlanItem>;

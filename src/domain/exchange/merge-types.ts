import type { Answer, AreaTarget } from '../assessment/types';
import type { PlanItem } from '../plan/types';
import type { PlanSettings } from '../plan/settings';
import type { LegalItem } from './merge-legal';

export type MergeChoice = 'mine' | 'theirs' | 'both';
export type MergeResolutions = Readonly<Record<string, MergeChoice>>;

export const DETAIL_FIELDS = ['organisation', 'scope', 'participants', 'date'] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

/** A change taken from their copy without asking: it fills something that is empty or missing in mine. */
export type AutomaticChange =
  | { kind: 'detail'; field: DetailField; mine: string; result: string }
  | { kind: 'target'; areaId: string; mine: AreaTarget | null; result: AreaTarget }
  | { kind: 'answer'; questionId: string; mine: Answer | null; result: Answer }
  | { kind: 'action'; actionId: string; mine: PlanItem | null; result: PlanItem }
  /** A part of the legal record (src/domain/exchange/merge-legal.ts). */
  | { kind: 'legal'; mine: LegalItem | null; result: LegalItem }
  /** The plan settings of both copies, united (merge-plan-settings.ts). */
  | { kind: 'planSettings'; mine: PlanSettings; result: PlanSettings };

/**
 * Both copies hold something different for the same item; the user picks. `options` lists the
 * choices that make sense; where it includes 'both', `both` (if present) shows the joined result.
 * `id` is stable for the same pair of files and is the key in `MergeResolutions`.
 */
export type Conflict = { id: string; options: MergeChoice[] } & (
  | { kind: 'detail'; field: DetailField; mine: string; theirs: string; both: string | null }
  | { kind: 'target'; areaId: string; mine: AreaTarget; theirs: AreaTarget }
  | { kind: 'answer'; questionId: string; mine: Answer; theirs: Answer; both: Answer | null }
  /** 'both' keeps mine and adds theirs as a new action with a new id. */
  | { kind: 'action'; actionId: string; mine: PlanItem; theirs: PlanItem; fields: (keyof PlanItem)[] }
  | { kind: 'legal'; mine: LegalItem; theirs: LegalItem }
);

export type MergePlan = {
  assessmentId: string;
  /** Names their copy in joined notes: "— Från {theirLabel}:". */
  theirLabel: string;
  automatic: AutomaticChange[];
  conflicts: Conflict[];
};

/** What one diff step finds. */
export type MergePart = { automatic: AutomaticChange[]; conflicts: Conflict[] };

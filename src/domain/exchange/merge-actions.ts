import type { PlanItem } from '../plan/types';
import { sameJson } from './canonical-json';
import { later } from './merge-text';
import { uniteHistory } from './merge-plan-settings';
import type { MergePart } from './merge-types';

/**
 * How each field of an action takes part in a merge. A Record over every key, so a new PlanItem
 * field does not compile until someone decides here how it merges.
 * - user: set by a person; a difference is a conflict.
 * - fillable: free text or a date where empty means "not filled in yet"; an empty side takes the other.
 * - system: bookkeeping (ids, timestamps, regeneration flags); never a conflict, mine is kept.
 */
const FIELDS: Record<keyof PlanItem, 'user' | 'fillable' | 'system'> = {
  id: 'system',
  assessmentId: 'system',
  templateId: 'user',
  areaId: 'user',
  questionId: 'user',
  toLevel: 'user',
  title: 'user',
  description: 'fillable',
  deliverable: 'fillable',
  references: 'user',
  lawRequired: 'user',
  priority: 'user',
  priorityReason: 'user',
  order: 'user',
  ownerRole: 'fillable',
  ownerName: 'fillable',
  start: 'fillable',
  due: 'fillable',
  effort: 'user',
  costKronor: 'fillable',
  costDays: 'fillable',
  dependsOn: 'user',
  status: 'user',
  // What happened to either copy: never a conflict, both records are united (uniteHistory).
  history: 'system',
  followUp: 'fillable',
  note: 'fillable',
  decidedIn: 'fillable',
  decidedDate: 'fillable',
  // Dismissing takes an item out of the plan: a decision, not a blank to fill.
  dismissedReason: 'user',
  edited: 'system',
  isNew: 'system',
  obsolete: 'system',
  createdAt: 'system',
  updatedAt: 'system',
};
const COMPARED = (Object.keys(FIELDS) as (keyof PlanItem)[]).filter((f) => FIELDS[f] !== 'system');
const isBlank = (v: unknown) => v === '' || v === null;

/**
 * Actions are matched by id. An action of theirs with an id mine lacks is also matched to one of my
 * actions from the same template (same question, area and level) that their copy lacks: two copies
 * that each regenerated the plan would otherwise end up with every new item twice. Unmatched
 * actions of theirs are added; differing user fields make one conflict per action.
 */
export function diffActions(mine: readonly PlanItem[], theirs: readonly PlanItem[]): MergePart {
  const part: MergePart = { automatic: [], conflicts: [] };
  const mineById = new Map(mine.map((a) => [a.id, a]));
  const theirIds = new Set(theirs.map((a) => a.id));
  const unpaired = mine.filter((a) => !theirIds.has(a.id) && a.templateId !== null);

  for (const t of theirs) {
    let m = mineById.get(t.id);
    if (m === undefined && t.templateId !== null) {
      const i = unpaired.findIndex((a) => templateKey(a) === templateKey(t));
      if (i >= 0) m = unpaired.splice(i, 1)[0];
    }
    if (m === undefined) {
      part.automatic.push({ kind: 'action', actionId: t.id, mine: null, result: t });
      continue;
    }
    const fields = COMPARED.filter((f) => !sameJson(m[f], t[f]));
    const history = uniteHistory(m.history, t.history);
    const historyGrew = history.length !== m.history.length;
    if (fields.length === 0) {
      if (historyGrew)
        part.automatic.push({ kind: 'action', actionId: m.id, mine: m, result: { ...m, history } });
      continue;
    }
    if (fields.every((f) => FIELDS[f] === 'fillable' && (isBlank(m[f]) || isBlank(t[f])))) {
      const filled = fill(m, t, fields);
      const result = historyGrew ? { ...filled, history } : filled;
      if (result !== m) part.automatic.push({ kind: 'action', actionId: m.id, mine: m, result });
      continue;
    }
    part.conflicts.push({
      id: `action:${m.id}`,
      kind: 'action',
      actionId: m.id,
      mine: m,
      theirs: t,
      fields,
      options: ['mine', 'theirs', 'both'],
    });
  }
  return part;
}

/** Mine with the fields that are blank in mine taken from theirs; mine itself when nothing is blank. */
function fill(m: PlanItem, t: PlanItem, fields: readonly (keyof PlanItem)[]): PlanItem {
  const blanks = fields.filter((f) => isBlank(m[f]));
  if (blanks.length === 0) return m;
  const result: PlanItem = { ...m, edited: m.edited || t.edited, updatedAt: later(m.updatedAt, t.updatedAt) };
  for (const f of blanks) copyField(result, t, f);
  return result;
}

function copyField<K extends keyof PlanItem>(to: PlanItem, from: PlanItem, key: K): void {
  to[key] = from[key];
}

const templateKey = (a: PlanItem) => JSON.stringify([a.templateId, a.questionId, a.areaId, a.toLevel]);

/** Theirs in place of mine: their content under my id, and still protected from regeneration if either was edited. */
export function takeTheirAction(m: PlanItem, t: PlanItem): PlanItem {
  return {
    ...t,
    id: m.id,
    assessmentId: m.assessmentId,
    createdAt: m.createdAt,
    edited: m.edited || t.edited,
    history: uniteHistory(m.history, t.history),
  };
}

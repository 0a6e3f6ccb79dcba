import { isRecord } from './is-record';
import { emptyPlanSettings } from '../plan/settings';
import { emptyLegalRecord } from '../legal/types';

/**
 * Version 1 → 2 (share-file format and database schema alike): the plan gains MSB's fields.
 * Every action gets no cost, no dependencies and an empty status history; the assessment gets
 * empty plan settings (default capacities, no roles of its own, not adopted). A record that
 * already has a field keeps it, and anything not of the expected shape is left for validation.
 */
export function withV2AssessmentFields<T extends Record<string, unknown>>(assessment: T): T {
  return { planSettings: emptyPlanSettings(), legal: emptyLegalRecord(), ...assessment };
}

export function withV2ActionFields<T extends Record<string, unknown>>(action: T): T {
  return { costKronor: null, costDays: null, dependsOn: [], history: [], ...action };
}

export function v1ToV2(old: unknown): unknown {
  if (!isRecord(old)) return old;
  const assessment = isRecord(old.assessment) ? withV2AssessmentFields(old.assessment) : old.assessment;
  const actions = Array.isArray(old.actions)
    ? old.actions.map((a: unknown) => (isRecord(a) ? withV2ActionFields(a) : a))
    : old.actions;
  return { ...old, formatVersion: 2, assessment, actions };
}

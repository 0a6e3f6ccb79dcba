import type { Answer, AreaTarget } from '../../domain/assessment/types';
import type { PlanItem } from '../../domain/plan/types';
import type { Translate } from '../../i18n';

/** An answer in words, so the user can compare two versions side by side. */
export function describeAnswer(t: Translate, a: Answer | null): string {
  if (!a) return t('merge.value.none');
  const parts = [
    !a.value
      ? t('merge.value.none')
      : a.value.kind === 'level'
        ? t('merge.value.level', { level: a.value.level })
        : a.value.kind === 'unknown'
          ? t('merge.value.unknown')
          : t('merge.value.na', { reason: a.value.reason }),
  ];
  if (a.note) parts.push(t('merge.value.note', { note: a.note }));
  if (a.flagged) parts.push(t('merge.value.flagged'));
  return parts.join('\n');
}

export function describeTarget(t: Translate, target: AreaTarget | null): string {
  if (!target) return t('merge.value.none');
  return t('merge.value.target', { level: target.level, reason: target.reason ? ` – ${target.reason}` : '' });
}

/** The differing fields of an action, one per line. */
export function describeAction(item: PlanItem, fields: readonly (keyof PlanItem)[]): string {
  return fields.map((f) => `${String(f)}: ${JSON.stringify(item[f]) ?? ''}`).join('\n');
}

import type { Area } from '../questionnaire/schema';
import { areaHasCslRequirement } from '../questionnaire/legal-basis';
import type { AreaTarget, Assessment } from '../assessment/types';

/** Where the cybersäkerhetslagen requires a documented measure, level 3 (Infört) is the floor. */
export const LAW_FLOOR = 3;
export const DEFAULT_TARGET = 2;

/** Why an area's default target is what it is: a legal requirement in the area, or the base level. */
export function defaultTargetReason(area: Area): 'law' | 'base' {
  return areaHasCslRequirement(area) ? 'law' : 'base';
}

export function defaultTarget(area: Area): number {
  return defaultTargetReason(area) === 'law' ? LAW_FLOOR : DEFAULT_TARGET;
}

/** True once the targets have been decided: at least one area has a stored target. */
export function targetsDecided(assessment: Pick<Assessment, 'targets'>): boolean {
  return Object.keys(assessment.targets).length > 0;
}

export function targetFor(
  area: Area,
  assessment: Pick<Assessment, 'targets'>,
): AreaTarget & { isDefault: boolean } {
  const set = assessment.targets[area.id];
  return set ? { ...set, isDefault: false } : { level: defaultTarget(area), reason: '', isDefault: true };
}

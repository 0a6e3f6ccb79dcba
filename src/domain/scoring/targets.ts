import type { Area } from '../questionnaire/schema';
import { areaHasCslRequirement } from '../questionnaire/legal-basis';
import type { AreaTarget, Assessment } from '../assessment/types';

/** Where the cybersäkerhetslagen requires a documented measure, level 3 (Infört) is the floor. */
export const LAW_FLOOR = 3;
export const DEFAULT_TARGET = 2;

export function defaultTarget(area: Area): number {
  return areaHasCslRequirement(area) ? LAW_FLOOR : DEFAULT_TARGET;
}

export function targetFor(
  area: Area,
  assessment: Pick<Assessment, 'targets'>,
): AreaTarget & { isDefault: boolean } {
  const set = assessment.targets[area.id];
  return set ? { ...set, isDefault: false } : { level: defaultTarget(area), reason: '', isDefault: true };
}

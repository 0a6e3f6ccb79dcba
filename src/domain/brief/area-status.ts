import type { AreaScore } from '../scoring/scores';

/**
 * An area at a glance, for a reader who does not know the scale: the status is shown as a word and
 * a symbol, never by colour alone.
 * - `met`: the mean level reaches the target.
 * - `below`: under the target, with the basics in place (mean 1.5 or more).
 * - `basics-missing`: mean under 1.5, that is, mostly level 0 (Saknas) or 1 (Påbörjat).
 * - `not-assessed`: fewer than half of the applicable questions have a level, so no status is honest.
 */
export type AreaStatus = 'met' | 'below' | 'basics-missing' | 'not-assessed';

/** Below this mean the area is mostly at level 0–1: the basics are missing (as the plan's priority 1). */
export const BASICS_BELOW = 1.5;
/** An area needs a level on at least this share of its applicable questions to get a status. */
export const AREA_MIN_SHARE = 0.5;

export function areaStatus(score: Pick<AreaScore, 'average' | 'target' | 'coverage'>): AreaStatus {
  const { answered, applicable } = score.coverage;
  if (score.average === null || applicable === 0 || answered / applicable < AREA_MIN_SHARE)
    return 'not-assessed';
  if (score.average >= score.target) return 'met';
  return score.average < BASICS_BELOW ? 'basics-missing' : 'below';
}

/** A symbol beside the word, so that the status reads in black and white and without colour vision. */
export const STATUS_SYMBOL: Record<AreaStatus, string> = {
  met: '✓',
  below: '!',
  'basics-missing': '✕',
  'not-assessed': '?',
};

/**
 * The level the brief shows beside an area's status: its mean, except where the area has no
 * status, since the mean of a few answers beside "Inte bedömt" would read as the area's level.
 */
export function briefLevel(score: Pick<AreaScore, 'average'>, status: AreaStatus): number | null {
  return status === 'not-assessed' ? null : score.average;
}

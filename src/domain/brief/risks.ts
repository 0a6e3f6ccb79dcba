import type { Area } from '../questionnaire/schema';
import type { AreaScore } from '../scoring/scores';
import type { LegalStatus } from '../scoring/legal';
import { areaStatus, type AreaStatus } from './area-status';

export type BriefRisk = {
  area: Area;
  status: AreaStatus;
  average: number;
  target: number;
  /** Legal requirements in the area that are answered below level 3. */
  legalNotInPlace: number;
};

export const MAX_RISKS = 5;

const SEVERITY: Record<AreaStatus, number> = { 'basics-missing': 0, below: 1, met: 2, 'not-assessed': 3 };

/**
 * The largest risks for the brief: the areas under their target, the ones with missing basics first,
 * then those with more legal requirements not in place, then the larger gap, then questionnaire order.
 * Each is told with the area's plain-language risk text from the question bank. Areas that are not
 * assessed are left out: an unknown is not a risk the figures can show (the brief says it is
 * incomplete instead).
 */
export function largestRisks(areas: readonly AreaScore[], legal: LegalStatus, max = MAX_RISKS): BriefRisk[] {
  const open = new Map<string, number>();
  for (const r of legal.notInPlace) open.set(r.area.id, (open.get(r.area.id) ?? 0) + 1);
  return areas
    .map((score, index) => ({ score, index, status: areaStatus(score) }))
    .filter((x) => x.status === 'basics-missing' || x.status === 'below')
    .sort(
      (a, b) =>
        SEVERITY[a.status] - SEVERITY[b.status] ||
        (open.get(b.score.area.id) ?? 0) - (open.get(a.score.area.id) ?? 0) ||
        (b.score.gap ?? 0) - (a.score.gap ?? 0) ||
        a.index - b.index,
    )
    .slice(0, max)
    .map(({ score, status }) => ({
      area: score.area,
      status,
      average: score.average!,
      target: score.target,
      legalNotInPlace: open.get(score.area.id) ?? 0,
    }));
}

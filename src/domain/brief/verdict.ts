import type { Area } from '../questionnaire/schema';
import type { Completeness } from '../assessment/answer-counts';
import type { AreaScore } from '../scoring/scores';
import type { LegalStatus } from '../scoring/legal';
import { areaHasCslRequirement } from '../questionnaire/legal-basis';
import { areaStatus } from './area-status';

/**
 * The brief's verdict in one or two plain sentences, as a rule and its facts; the words are in the
 * message catalogues (`brief.verdict.<kind>`), so that screen, paper and Word say the same.
 *
 * Rules, first match wins:
 * 1. `none`: no question has a level yet.
 * 2. `basics-law`: the basics are missing in areas where the law makes demands (listed). When they
 *    are counted rather than named, the sentence gives both counts: a reader who sees every area red
 *    in the table must not wonder why the verdict says fewer.
 * 3. `basics`: the basics are missing in some areas, none of them with legal requirements.
 * 4. `below`: some areas are under their target; the furthest one is named.
 * 5. `met`: every assessed area reaches its target.
 * Areas are named in the verdict only up to `NAMED_AREAS`; more would bury the sentence, and the
 * table beside it shows them.
 * The second sentence is about the law when it has requirements not in place or not assessed.
 * An incomplete assessment gets its own first sentence (`incomplete`) before the verdict.
 */
export type Verdict =
  | { kind: 'none' }
  | {
      kind: 'basics-law';
      areas: Area[];
      count: number;
      /** Every assessed area where the basics are missing, with or without legal requirements. */
      basics: number;
      assessed: number;
      named: boolean;
    }
  | { kind: 'basics'; areas: Area[]; count: number; assessed: number; named: boolean }
  | { kind: 'below'; below: number; assessed: number; worst: Area }
  | { kind: 'met'; assessed: number };

export type VerdictLaw =
  | { kind: 'law-open'; notInPlace: number; notAssessed: number; total: number }
  | { kind: 'law-unknown'; notAssessed: number; total: number }
  | { kind: 'law-ok'; total: number }
  | null;

export type BriefVerdict = {
  incomplete: { basis: number; applicable: number; percent: number } | null;
  verdict: Verdict;
  law: VerdictLaw;
};

export const NAMED_AREAS = 3;

export function verdictFor(
  areas: readonly AreaScore[],
  legal: LegalStatus,
  coverage: Completeness,
): BriefVerdict {
  const incomplete = coverage.incomplete
    ? {
        basis: coverage.basis,
        applicable: coverage.applicable,
        percent: Math.floor(coverage.share * 100),
      }
    : null;
  const statuses = areas.map((a) => ({ score: a, status: areaStatus(a) }));
  const assessed = statuses.filter((s) => s.status !== 'not-assessed');
  const basics = statuses.filter((s) => s.status === 'basics-missing').map((s) => s.score.area);
  const basicsLaw = basics.filter(areaHasCslRequirement);
  let verdict: Verdict;
  if (areas.every((a) => a.average === null)) verdict = { kind: 'none' };
  else if (basicsLaw.length > 0 || basics.length > 0) {
    const common = { assessed: assessed.length };
    verdict =
      basicsLaw.length > 0
        ? {
            kind: 'basics-law',
            areas: basicsLaw,
            count: basicsLaw.length,
            basics: basics.length,
            ...common,
            named: basicsLaw.length <= NAMED_AREAS,
          }
        : {
            kind: 'basics',
            areas: basics,
            count: basics.length,
            ...common,
            named: basics.length <= NAMED_AREAS,
          };
  } else {
    const below = assessed.filter((s) => s.status === 'below');
    const worst = below.reduce<AreaScore | null>(
      (w, s) => (w === null || (s.score.gap ?? 0) > (w.gap ?? 0) ? s.score : w),
      null,
    );
    verdict = worst
      ? { kind: 'below', below: below.length, assessed: assessed.length, worst: worst.area }
      : { kind: 'met', assessed: assessed.length };
  }
  let law: VerdictLaw = null;
  if (legal.total > 0) {
    if (legal.notInPlace.length > 0)
      law = {
        kind: 'law-open',
        notInPlace: legal.notInPlace.length,
        notAssessed: legal.notAssessed.length,
        total: legal.total,
      };
    else if (legal.notAssessed.length > 0)
      law = { kind: 'law-unknown', notAssessed: legal.notAssessed.length, total: legal.total };
    else law = { kind: 'law-ok', total: legal.total };
  }
  return { incomplete, verdict, law };
}

import { groupBy } from '../group-by';
import { PLAN_STATUSES } from '../plan/types';
import type { Questionnaire } from '../questionnaire/schema';
import { defaultTarget } from '../scoring/targets';
import type { Kommungrupp } from './kommungrupper';
import type { ResultFile, StatusCounts } from './result-file';
import { MIN_GROUP_SIZE } from './result-limits';
import { spreadOf, type Spread } from './spread';

type Bank = Pick<Questionnaire, 'areas'>;

/** A group key for kommuner that did not state their kommungrupp. */
export const UNKNOWN_GROUP = 'okand';
export type GroupKey = Kommungrupp | typeof UNKNOWN_GROUP;

export type RegionFilter = { lan?: string; kommungrupp?: GroupKey };

export type AreaPicture = {
  areaId: string;
  /** Each kommun's mean level in the area (kommuner with at least one level in it). */
  spread: Spread | null;
  /** The targets the kommuner set for the area. */
  targets: Spread | null;
  /** Kommuner whose mean level reaches their own target. */
  atTarget: number;
};

export type QuestionPicture = {
  questionId: string;
  areaId: string;
  /** Kommuner that answered with a level. */
  answered: number;
  below2: number;
  below3: number;
  unknown: number;
  notApplicable: number;
  /** Kommuner whose level is below their own target for the area. */
  gaps: number;
};

/** An action of the bank and how many kommuner it would serve. */
export type JointAction = { actionId: string; areaId: string; questionId: string | null; kommuner: number };

export type GroupPicture =
  | { key: string; suppressed: true }
  | {
      key: string;
      suppressed: false;
      kommuner: number;
      overall: Spread | null;
      areaMedians: Record<string, number | null>;
    };

export type RegionPicture =
  | { suppressed: true }
  | {
      suppressed: false;
      kommuner: number;
      areas: AreaPicture[];
      /** In bank order. */
      questions: QuestionPicture[];
      /** Questions with the most kommuner below their target, most first (ties in bank order). */
      commonGaps: QuestionPicture[];
      /** From the kommuner's plans: the bank actions most often not yet done. */
      jointWork: JointAction[];
      /**
       * Derived, not from the plans: for each kommun and gap, the bank's action for the next step.
       * Useful where plans are empty or not made yet; the UI says it is derived.
       */
      jointWorkFromGaps: JointAction[];
      /** Plan items by status, summed over the kommuner. */
      plan: StatusCounts;
      byLan: GroupPicture[];
      byKommungrupp: GroupPicture[];
    };

const TOP = 10;

export const lanOf = (file: ResultFile): string =>
  file.identity.kind === 'kommun' ? file.identity.kommunCode.slice(0, 2) : file.identity.lan;
export const kommungruppOf = (file: ResultFile): GroupKey => file.identity.kommungrupp ?? UNKNOWN_GROUP;

export function matchesFilter(file: ResultFile, filter: RegionFilter): boolean {
  return (
    (filter.lan === undefined || lanOf(file) === filter.lan) &&
    (filter.kommungrupp === undefined || kommungruppOf(file) === filter.kommungrupp)
  );
}

/**
 * The regional picture of result files already mapped to the bank (intake.ts). A filtered picture, or
 * a group, of fewer than five kommuner is suppressed: it could show one kommun's results. The whole
 * set is not, since the coordinator holds every file of it anyway.
 */
export function aggregate(
  files: readonly ResultFile[],
  bank: Bank,
  filter: RegionFilter = {},
): RegionPicture {
  const filtered = filter.lan === undefined && filter.kommungrupp === undefined;
  const chosen = filtered ? files : files.filter((f) => matchesFilter(f, filter));
  if (!filtered && chosen.length < MIN_GROUP_SIZE) return { suppressed: true };

  const averages = chosen.map((f) => areaAverages(f, bank));
  const areas: AreaPicture[] = bank.areas.map((area, i) => {
    const values: number[] = [];
    const targets: number[] = [];
    let atTarget = 0;
    chosen.forEach((f, k) => {
      const target = f.targets[area.id] ?? defaultTarget(area);
      targets.push(target);
      const avg = averages[k]![i]!;
      if (avg === null) return;
      values.push(avg);
      if (avg >= target) atTarget++;
    });
    return { areaId: area.id, spread: spreadOf(values), targets: spreadOf(targets), atTarget };
  });

  const questions: QuestionPicture[] = [];
  const fromGaps = new Map<string, JointAction>();
  for (const area of bank.areas)
    for (const q of area.questions) {
      const p: QuestionPicture = {
        questionId: q.id,
        areaId: area.id,
        answered: 0,
        below2: 0,
        below3: 0,
        unknown: 0,
        notApplicable: 0,
        gaps: 0,
      };
      for (const f of chosen) {
        const a = f.answers[q.id];
        if (a === 'vet-ej') p.unknown++;
        else if (a === 'ej-tillampligt') p.notApplicable++;
        else if (typeof a === 'number') {
          p.answered++;
          if (a < 2) p.below2++;
          if (a < 3) p.below3++;
          if (a < (f.targets[area.id] ?? defaultTarget(area))) {
            p.gaps++;
            const next = q.actions.find((x) => x.toLevel === a + 1);
            if (next) bump(fromGaps, next.id, area.id, q.id);
          }
        }
      }
      questions.push(p);
    }

  const commonGaps = questions
    .filter((q) => q.gaps > 0)
    .map((q, i) => ({ q, i }))
    .sort((a, b) => b.q.gaps - a.q.gaps || a.i - b.i)
    .slice(0, TOP)
    .map(({ q }) => q);

  const where = actionPlaces(bank);
  const fromPlans = new Map<string, JointAction>();
  const plan = Object.fromEntries(PLAN_STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const f of chosen) {
    for (const s of PLAN_STATUSES) plan[s] += f.plan.byStatus[s];
    for (const id of f.plan.openActions) {
      const place = where.get(id);
      // An action the bank no longer has cannot be named; it is left out rather than shown as an id.
      if (place) bump(fromPlans, id, place.areaId, place.questionId);
    }
  }

  return {
    suppressed: false,
    kommuner: chosen.length,
    areas,
    questions,
    commonGaps,
    jointWork: top(fromPlans),
    jointWorkFromGaps: top(fromGaps),
    plan,
    byLan: groups(chosen, lanOf, bank),
    byKommungrupp: groups(chosen, kommungruppOf, bank),
  };
}

/**
 * The kommun's mean level per area of the bank, in bank order; null where it has no level. The
 * kommun's own view of the region's picture places itself with the same figure (picture-position.ts).
 */
export function areaAverages(file: Pick<ResultFile, 'answers'>, bank: Bank): (number | null)[] {
  return bank.areas.map((area) => {
    let sum = 0;
    let n = 0;
    for (const q of area.questions) {
      const a = file.answers[q.id];
      if (typeof a === 'number') {
        sum += a;
        n++;
      }
    }
    return n === 0 ? null : sum / n;
  });
}

function bump(map: Map<string, JointAction>, actionId: string, areaId: string, questionId: string | null) {
  const found = map.get(actionId);
  if (found) found.kommuner++;
  else map.set(actionId, { actionId, areaId, questionId, kommuner: 1 });
}

function top(map: Map<string, JointAction>): JointAction[] {
  return [...map.values()]
    .sort((a, b) => b.kommuner - a.kommuner || (a.actionId < b.actionId ? -1 : 1))
    .slice(0, TOP);
}

function actionPlaces(bank: Bank): Map<string, { areaId: string; questionId: string | null }> {
  const map = new Map<string, { areaId: string; questionId: string | null }>();
  for (const area of bank.areas) {
    for (const q of area.questions)
      for (const a of q.actions) map.set(a.id, { areaId: area.id, questionId: q.id });
    for (const a of area.areaActions) map.set(a.id, { areaId: area.id, questionId: null });
  }
  return map;
}

function groups(files: readonly ResultFile[], keyOf: (f: ResultFile) => string, bank: Bank): GroupPicture[] {
  return [...groupBy(files, keyOf).entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, members]): GroupPicture => {
      if (members.length < MIN_GROUP_SIZE) return { key, suppressed: true };
      const perKommun = members.map((f) => areaAverages(f, bank));
      const overall = perKommun.flatMap((avgs) => {
        const known = avgs.filter((a): a is number => a !== null);
        return known.length ? [known.reduce((s, a) => s + a, 0) / known.length] : [];
      });
      const areaMedians = Object.fromEntries(
        bank.areas.map((area, i) => [
          area.id,
          spreadOf(perKommun.flatMap((avgs) => (avgs[i] === null ? [] : [avgs[i]!])))?.median ?? null,
        ]),
      );
      return { key, suppressed: false, kommuner: members.length, overall: spreadOf(overall), areaMedians };
    });
}

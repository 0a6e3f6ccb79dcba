import type { Area, Question, Questionnaire } from '../questionnaire/schema';
import { isCslRequirement } from '../questionnaire/legal-basis';
import type { Answer, Assessment } from '../assessment/types';
import type { AreaScore, QuestionScore } from './scores';
import { scoreArea } from './scores';
import { legalStatus } from './legal';

export type GapRow = QuestionScore & { area: Area };

const withArea = (areas: readonly AreaScore[]): GapRow[] =>
  areas.flatMap((a) => a.questions.map((q) => ({ ...q, area: a.area })));

/** The questions furthest below target; on a tie, what the law requires comes first, then questionnaire order. */
export function largestGaps(areas: readonly AreaScore[], limit: number): GapRow[] {
  return withArea(areas)
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.gap !== null && row.gap > 0)
    .sort(
      (a, b) =>
        b.row.gap! - a.row.gap! ||
        Number(isCslRequirement(b.row.question)) - Number(isCslRequirement(a.row.question)) ||
        a.index - b.index,
    )
    .slice(0, limit)
    .map(({ row }) => row);
}

/**
 * What cybersäkerhetslagen requires that is not in place: a legal requirement answered below level 3
 * (Infört). One that is not assessed (unanswered or vet ej) is not here: see `legalStatus`.
 */
export function legalGaps(areas: readonly AreaScore[]): GapRow[] {
  return legalStatus(areas).notInPlace;
}

export type OpenPoint = {
  area: Area;
  question: Question;
  kind: 'unknown' | 'flagged' | 'unanswered' | 'reason-missing';
};

/** Questions someone still has to look at: vet ej, flagged, not answered, or ej tillämplig without a reason. */
export function openPoints(questionnaire: Questionnaire, answers: ReadonlyMap<string, Answer>): OpenPoint[] {
  const points: OpenPoint[] = [];
  for (const area of questionnaire.areas)
    for (const question of area.questions) {
      const a = answers.get(question.id);
      if (a?.value?.kind === 'unknown') points.push({ area, question, kind: 'unknown' });
      else if (a?.value?.kind === 'not-applicable' && a.value.reason.trim() === '')
        points.push({ area, question, kind: 'reason-missing' });
      else if (!a?.value) points.push({ area, question, kind: 'unanswered' });
      if (a?.flagged) points.push({ area, question, kind: 'flagged' });
    }
  return points;
}

/** `change` is now − before, to one decimal; null unless both have a level. */
export type AreaComparison = { area: Area; before: number | null; now: number | null; change: number | null };
export type QuestionChange = { area: Area; question: Question; before: number; now: number };

/**
 * Then against now, for an assessment based on an earlier one: area averages with the same rule
 * as today's, and the questions whose level rose or fell.
 */
export function compareWithEarlier(
  questionnaire: Questionnaire,
  assessment: Pick<Assessment, 'targets' | 'basedOn'>,
  answers: ReadonlyMap<string, Answer>,
  now: readonly AreaScore[],
): { areas: AreaComparison[]; rose: QuestionChange[]; fell: QuestionChange[] } | null {
  const basedOn = assessment.basedOn;
  if (!basedOn) return null;
  const earlier = new Map<string, Answer>();
  for (const [questionId, level] of Object.entries(basedOn.levels))
    if (level !== null)
      earlier.set(questionId, {
        assessmentId: basedOn.id,
        questionId,
        value: { kind: 'level', level },
        note: '',
        flagged: false,
        carriedOver: false,
        updatedAt: '',
      });
  const areas = questionnaire.areas.map((area, i) => {
    const before = scoreArea(area, earlier, assessment).average;
    const current = now[i]?.average ?? null;
    const change = before === null || current === null ? null : Math.round((current - before) * 10) / 10;
    return { area, before, now: current, change };
  });
  const rose: QuestionChange[] = [];
  const fell: QuestionChange[] = [];
  for (const area of questionnaire.areas)
    for (const question of area.questions) {
      const before = basedOn.levels[question.id];
      const current = answers.get(question.id)?.value;
      if (before == null || current?.kind !== 'level') continue;
      const change = { area, question, before, now: current.level };
      if (current.level > before) rose.push(change);
      if (current.level < before) fell.push(change);
    }
  return { areas, rose, fell };
}

/** The area furthest below its target, or null when every area with a level meets it. */
export function largestAreaGap(areas: readonly AreaScore[]): AreaScore | null {
  let worst: AreaScore | null = null;
  for (const a of areas) if (a.gap !== null && a.gap > 0 && (worst === null || a.gap > worst.gap!)) worst = a;
  return worst;
}

/** Legal requirements not in place, counted per area, in questionnaire order. */
export function legalGapsByArea(rows: readonly GapRow[]): { area: Area; count: number }[] {
  const counts = new Map<string, { area: Area; count: number }>();
  for (const r of rows) {
    const entry = counts.get(r.area.id) ?? { area: r.area, count: 0 };
    entry.count++;
    counts.set(r.area.id, entry);
  }
  return [...counts.values()];
}

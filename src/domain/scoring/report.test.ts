import { describe, expect, it } from 'vitest';
import {
  compareWithEarlier,
  largestAreaGap,
  largestGaps,
  legalGaps,
  legalGapsByArea,
  openPoints,
} from './report';
import { scoreAssessment } from './scores';
import { answersByQuestion } from '../assessment/progress';
import { answer, assessment, level, sampleQuestionnaire } from '../../test/sample';

const q = sampleQuestionnaire();

describe('report sections', () => {
  const answers = answersByQuestion([
    answer('sty-01', level(0)),
    answer('sty-02', level(1), { flagged: true }),
    answer('sty-03', level(0)),
    answer('sky-01', { kind: 'unknown' }),
    answer('sky-02', { kind: 'not-applicable', reason: '' }),
    answer('sky-03', level(2)),
  ]);
  const score = scoreAssessment(q, answers, assessment({ targets: { skydd: { level: 2, reason: '' } } }));

  it('orders the largest gaps by size, then law, then questionnaire order', () => {
    expect(largestGaps(score.areas, 5).map((g) => [g.question.id, g.gap])).toEqual([
      ['sty-01', 3],
      ['sty-03', 3],
      ['sty-02', 2],
    ]);
    expect(largestGaps(score.areas, 1)).toHaveLength(1);
  });

  it('lists law-required questions below level 3, but not vet ej (not assessed) or ej tillämplig', () => {
    expect(legalGaps(score.areas).map((g) => g.question.id)).toEqual(['sty-01', 'sty-02']);
    expect(legalGapsByArea(legalGaps(score.areas)).map((x) => [x.area.id, x.count])).toEqual([
      ['styrning', 2],
    ]);
  });

  it('finds the area furthest below target, and none when all meet it', () => {
    expect(largestAreaGap(score.areas)?.area.id).toBe('styrning');
    const met = scoreAssessment(q, answersByQuestion([answer('sty-01', level(5))]), assessment());
    expect(largestAreaGap(met.areas)).toBeNull();
  });

  it('lists open points: vet ej, flagged, unanswered and ej tillämplig without a reason', () => {
    const points = openPoints(q, answers).map((p) => `${p.question.id}:${p.kind}`);
    expect(points).toEqual(['sty-02:flagged', 'sky-01:unknown', 'sky-02:reason-missing']);
    expect(openPoints(q, new Map()).filter((p) => p.kind === 'unanswered')).toHaveLength(6);
  });
});

describe('compareWithEarlier', () => {
  it('gives nothing for an assessment not based on another', () => {
    const s = scoreAssessment(q, new Map(), assessment());
    expect(compareWithEarlier(q, assessment(), new Map(), s.areas)).toBeNull();
  });

  it('compares area averages and lists questions that rose or fell', () => {
    const a = assessment({
      basedOn: {
        id: 'old',
        organisation: 'Ekby',
        date: '2025-03-01',
        levels: { 'sty-01': 1, 'sty-02': 3, 'sty-03': null },
      },
    });
    const answers = answersByQuestion([
      answer('sty-01', level(3)),
      answer('sty-02', level(2)),
      answer('sty-03', level(1)),
    ]);
    const s = scoreAssessment(q, answers, a);
    const c = compareWithEarlier(q, a, answers, s.areas)!;
    expect(c.areas[0]).toMatchObject({ before: 2, now: 2, change: 0 });
    expect(c.areas[1]).toMatchObject({ before: null, now: null, change: null });
    expect(c.rose.map((x) => [x.question.id, x.before, x.now])).toEqual([['sty-01', 1, 3]]);
    expect(c.fell.map((x) => [x.question.id, x.before, x.now])).toEqual([['sty-02', 3, 2]]);
  });
});

import { describe, expect, it } from 'vitest';
import { scoreArea, scoreAssessment } from './scores';
import { defaultTarget, targetFor } from './targets';
import { answer, assessment, level, sampleQuestionnaire } from '../../test/sample';
import { answersByQuestion } from '../assessment/progress';

const q = sampleQuestionnaire();
const styrning = q.areas[0]!;
const map = (...answers: ReturnType<typeof answer>[]) => answersByQuestion(answers);

describe('targets', () => {
  it('defaults to level 3 where the law requires a measure, else 2, and uses a set target', () => {
    expect(defaultTarget(styrning)).toBe(3);
    const noLaw = { ...styrning, questions: styrning.questions.map((x) => ({ ...x, legalBasis: [] })) };
    expect(defaultTarget(noLaw)).toBe(2);
    expect(
      targetFor(styrning, assessment({ targets: { styrning: { level: 4, reason: 'Beslut i KS' } } })),
    ).toEqual({
      level: 4,
      reason: 'Beslut i KS',
      isDefault: false,
    });
  });
});

describe('scoreArea', () => {
  it('gives nothing when nothing is answered', () => {
    const s = scoreArea(styrning, map(), assessment());
    expect(s).toMatchObject({
      average: null,
      cumulative: null,
      gap: null,
      coverage: { answered: 0, applicable: 3 },
    });
  });

  it('gives nothing, and nothing applicable, when all are not applicable', () => {
    const na = { kind: 'not-applicable' as const, reason: 'Vi har ingen egen IT' };
    const s = scoreArea(
      styrning,
      map(answer('sty-01', na), answer('sty-02', na), answer('sty-03', na)),
      assessment(),
    );
    expect(s).toMatchObject({ average: null, cumulative: null, coverage: { answered: 0, applicable: 0 } });
  });

  it('averages levels, takes the lowest as the cumulative level and leaves vet ej and ej tillämplig out', () => {
    const s = scoreArea(
      styrning,
      map(answer('sty-01', level(1)), answer('sty-02', level(4)), answer('sty-03', { kind: 'unknown' })),
      assessment(),
    );
    expect(s.average).toBe(2.5);
    expect(s.cumulative).toBe(1);
    expect(s.coverage).toEqual({ answered: 2, applicable: 3 });
    expect(s.gap).toBe(0.5);
    expect(s.questions.map((x) => x.gap)).toEqual([2, 0, null]);
    expect(s.questions[2]!.unknown).toBe(true);
  });

  it('takes the lowest level wherever it is in the area, not the first answered', () => {
    const s = scoreArea(
      styrning,
      map(answer('sty-03', level(3)), answer('sty-01', level(4)), answer('sty-02', level(1))),
      assessment(),
    );
    expect(s.cumulative).toBe(1);
    const last = scoreArea(
      styrning,
      map(answer('sty-01', level(5)), answer('sty-03', level(2))),
      assessment(),
    );
    expect(last.cumulative).toBe(2);
  });

  it('gives a gap of 0 when the target is already met', () => {
    const s = scoreArea(styrning, map(answer('sty-01', level(5)), answer('sty-02', level(4))), assessment());
    expect(s.gap).toBe(0);
    expect(s.questions.slice(0, 2).every((x) => x.gap === 0)).toBe(true);
  });
});

describe('scoreAssessment', () => {
  it('gives the mean of area averages, the lowest cumulative level and areas below target', () => {
    const s = scoreAssessment(
      q,
      map(
        answer('sty-01', level(1)),
        answer('sty-02', level(2)),
        answer('sky-01', level(4)),
        answer('sky-02', level(5)),
      ),
      assessment(),
    );
    expect(s.areas.map((a) => a.average)).toEqual([1.5, 4.5]);
    expect(s.overall).toEqual({
      average: 3,
      cumulative: 1,
      coverage: { answered: 4, applicable: 6 },
      areasBelowTarget: 1,
    });
  });

  it('takes the lowest cumulative level of all areas, also when it is not in the first area', () => {
    const s = scoreAssessment(
      q,
      map(answer('sty-01', level(4)), answer('sky-01', level(5)), answer('sky-02', level(2))),
      assessment(),
    );
    expect(s.areas.map((a) => a.cumulative)).toEqual([4, 2]);
    expect(s.overall.cumulative).toBe(2);
  });
});

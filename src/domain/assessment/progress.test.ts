import { describe, expect, it } from 'vitest';
import {
  answersByQuestion,
  areaProgress,
  firstOpenArea,
  isAnswered,
  neighbourQuestion,
  nextUnanswered,
  overallProgress,
} from './progress';
import { questionsToReview } from './review';
import { answer, level, sampleQuestionnaire } from '../../test/sample';

const q = sampleQuestionnaire();

describe('progress', () => {
  it('counts levels, vet ej and ej tillämplig with a reason as answered, and never notes, flags or nothing', () => {
    expect(isAnswered(answer('sty-01', level(0)))).toBe(true);
    expect(isAnswered(answer('sty-01', { kind: 'unknown' }))).toBe(true);
    expect(isAnswered(answer('sty-01', { kind: 'not-applicable', reason: 'Ingen egen drift' }))).toBe(true);
    expect(isAnswered(answer('sty-01', { kind: 'not-applicable', reason: '  ' }))).toBe(false);
    expect(isAnswered(answer('sty-01', null, { note: 'Fråga Bo', flagged: true }))).toBe(false);
    expect(isAnswered(undefined)).toBe(false);
  });

  it('sums per area and overall, and finds where to resume', () => {
    const answers = answersByQuestion([
      answer('sty-01', level(2)),
      answer('sty-02', { kind: 'unknown' }),
      answer('sty-03', { kind: 'not-applicable', reason: 'Se beslut' }),
      answer('sky-01', null, { note: 'x' }),
    ]);
    expect(areaProgress(q.areas[0]!, answers)).toEqual({ answered: 3, total: 3 });
    expect(overallProgress(q, answers)).toEqual({ answered: 3, total: 6 });
    expect(firstOpenArea(q, answers)?.id).toBe('skydd');
    expect(
      firstOpenArea(
        q,
        answersByQuestion(q.areas.flatMap((a) => a.questions.map((x) => answer(x.id, level(1))))),
      ),
    ).toBeNull();
  });
});

describe('nextUnanswered and neighbourQuestion', () => {
  it('finds the next open question across areas, wrapping round, never the one just answered', () => {
    const answers = answersByQuestion([answer('sty-02', level(2)), answer('sky-02', level(1))]);
    expect(nextUnanswered(q, answers)).toEqual({ areaId: 'styrning', questionId: 'sty-01' });
    expect(nextUnanswered(q, answers, 'sty-01')).toEqual({ areaId: 'styrning', questionId: 'sty-03' });
    expect(nextUnanswered(q, answers, 'sty-03')).toEqual({ areaId: 'skydd', questionId: 'sky-01' });
    expect(nextUnanswered(q, answers, 'sky-03')).toEqual({ areaId: 'styrning', questionId: 'sty-01' });
    const onlyOne = answersByQuestion(
      q.areas.flatMap((a) => a.questions.filter((x) => x.id !== 'sky-03').map((x) => answer(x.id, level(1)))),
    );
    expect(nextUnanswered(q, onlyOne, 'sky-03')).toBeNull();
    expect(nextUnanswered(q, onlyOne)).toEqual({ areaId: 'skydd', questionId: 'sky-03' });
  });

  it('steps to the neighbouring question across areas and stops at either end', () => {
    expect(neighbourQuestion(q, 'sty-03', 1)).toEqual({ areaId: 'skydd', questionId: 'sky-01' });
    expect(neighbourQuestion(q, 'sky-01', -1)).toEqual({ areaId: 'styrning', questionId: 'sty-03' });
    expect(neighbourQuestion(q, 'sty-01', -1)).toBeNull();
    expect(neighbourQuestion(q, 'sky-03', 1)).toBeNull();
  });
});

describe('questionsToReview', () => {
  it('lists flagged, unanswered, carried-over and vet ej questions', () => {
    const answers = answersByQuestion([
      answer('sty-01', level(2), { flagged: true }),
      answer('sty-02', { kind: 'unknown' }, { carriedOver: true }),
    ]);
    const ids = (f: Parameters<typeof questionsToReview>[2]) =>
      questionsToReview(q, answers, f).map((x) => x.question.id);
    expect(ids('flagged')).toEqual(['sty-01']);
    expect(ids('carried')).toEqual(['sty-02']);
    expect(ids('unknown')).toEqual(['sty-02']);
    expect(ids('unanswered')).toEqual(['sty-03', 'sky-01', 'sky-02', 'sky-03']);
  });
});

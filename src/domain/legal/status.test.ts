import { describe, expect, it } from 'vitest';
import { answer, level } from '../../test/sample';
import { answersByQuestion } from '../assessment/progress';
import type { AnswerValue } from '../assessment/types';
import { deriveStatus, linkedAnswers, openQuestions } from './status';

const ids = ['q1', 'q2', 'q3'];
const status = (values: (AnswerValue | null)[]) =>
  deriveStatus(linkedAnswers(ids, answersByQuestion(values.map((v, i) => answer(ids[i]!, v)))));
const unknown: AnswerValue = { kind: 'unknown' };
const na: AnswerValue = { kind: 'not-applicable', reason: 'Inga sådana system' };

describe('deriveStatus', () => {
  it('is inte bedömt until some linked question has a level', () => {
    expect(status([null, null, null])).toBe('inte-bedomt');
    expect(status([unknown, null, unknown])).toBe('inte-bedomt');
    expect(status([na, na, na])).toBe('inte-bedomt');
    expect(deriveStatus([])).toBe('inte-bedomt');
  });

  it('is på plats only when every counted question is at level 3 or above', () => {
    expect(status([level(3), level(5), level(4)])).toBe('pa-plats');
    expect(status([level(3), na, level(3)])).toBe('pa-plats');
    expect(status([level(3), level(2), level(5)])).toBe('delvis');
    expect(status([level(3), null, level(3)])).toBe('delvis');
    expect(status([level(4), unknown, level(4)])).toBe('delvis');
  });

  it('is saknas when every level given is 0', () => {
    expect(status([level(0), level(0), level(0)])).toBe('saknas');
    expect(status([level(0), null, na])).toBe('saknas');
    expect(status([level(0), level(1), level(0)])).toBe('delvis');
  });

  it('lists the open questions: unanswered or below 3, never the ones not applicable', () => {
    const linked = linkedAnswers(ids, answersByQuestion([answer('q1', level(2)), answer('q2', na)]));
    expect(openQuestions(linked).map((l) => [l.questionId, l.level])).toEqual([
      ['q1', 2],
      ['q3', null],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { carryForward } from './carry-forward';
import { answer, assessment, level, sampleQuestionnaire } from '../../test/sample';

describe('carryForward', () => {
  const q = sampleQuestionnaire();
  const source = assessment({
    targets: { styrning: { level: 4, reason: 'KS beslut' } },
    lastAreaId: 'skydd',
  });
  const answers = [
    answer('sty-01', level(2), { note: 'Policy från 2019', flagged: true }),
    answer('sty-02', { kind: 'not-applicable', reason: 'Delad funktion' }),
    answer('sty-03', null, { note: 'Fråga KD' }),
    answer('sky-01', null),
    answer('gone-01', level(5)),
  ];
  const next = carryForward(source, answers, q, {
    newId: 'b2',
    now: '2027-03-01T08:00:00.000Z',
    date: '2027-03-01',
  });

  it('copies answers, notes and targets and marks each carried-over answer for review', () => {
    expect(next.answers.map((a) => a.questionId)).toEqual(['sty-01', 'sty-02', 'sty-03']);
    expect(next.answers.every((a) => a.carriedOver && a.assessmentId === 'b2' && !a.flagged)).toBe(true);
    expect(next.answers[0]).toMatchObject({ value: level(2), note: 'Policy från 2019' });
    expect(next.answers[1]!.value).toEqual({ kind: 'not-applicable', reason: 'Delad funktion' });
    expect(next.assessment.targets).toEqual(source.targets);
    expect(next.assessment.targets).not.toBe(source.targets);
  });

  it('keeps the earlier levels for comparison and starts fresh where it should', () => {
    expect(next.assessment).toMatchObject({
      id: 'b2',
      date: '2027-03-01',
      organisation: 'Ekby kommun',
      lastAreaId: null,
      basedOn: {
        id: 'a1',
        date: '2026-03-01',
        levels: { 'sty-01': 2, 'sty-02': null, 'sty-03': null, 'sky-01': null },
      },
    });
  });

  it('leaves the source untouched', () => {
    expect(answers[0]!.carriedOver).toBe(false);
    expect(answers[0]!.flagged).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { sampleQuestionnaire } from '../../test/sample';
import { overallProgress, answersByQuestion } from '../assessment/progress';
import { fullBundle } from './fixtures/full-bundle';
import { leaveOutUnknownQuestions } from './unknown-questions';

const sample = sampleQuestionnaire();
const known = new Set(sample.areas.flatMap((a) => a.questions.map((q) => q.id)));
/** The full bundle answers some ids the small sample lacks; keep the ones it has. */
function sampleBundle() {
  const b = fullBundle();
  b.answers = b.answers.filter((a) => known.has(a.questionId));
  return b;
}

describe('leaveOutUnknownQuestions', () => {
  it('changes nothing when every question exists', () => {
    const bundle = sampleBundle();
    expect(leaveOutUnknownQuestions(bundle, sample)).toEqual({
      bundle,
      unknownQuestionIds: [],
      detachedActionIds: [],
    });
  });

  it('leaves out answers and earlier levels for unknown questions, lists them, and keeps their actions', () => {
    const bundle = sampleBundle();
    bundle.answers[0] = { ...bundle.answers[0]!, questionId: 'finns-inte-01' };
    bundle.answers[1] = { ...bundle.answers[1]!, questionId: 'finns-inte-02' };
    bundle.assessment.basedOn!.levels = { 'sty-01': 1, 'finns-inte-03': 2 };
    bundle.actions[0] = { ...bundle.actions[0]!, questionId: 'finns-inte-01' };

    const result = leaveOutUnknownQuestions(bundle, sample);
    expect(result.unknownQuestionIds).toEqual(['finns-inte-01', 'finns-inte-02', 'finns-inte-03']);
    expect(result.bundle.answers).toEqual(sampleBundle().answers.slice(2));
    expect(result.bundle.assessment.basedOn!.levels).toEqual({ 'sty-01': 1 });
    expect(result.detachedActionIds).toEqual([bundle.actions[0].id]);
    expect(result.bundle.actions[0]).toEqual({ ...bundle.actions[0], questionId: null });
    expect(result.bundle.actions).toHaveLength(bundle.actions.length);
  });

  it('leaves nothing that progress would count as answered', () => {
    const bundle = sampleBundle();
    const extra = ['x-01', 'x-02', 'x-03'].map((questionId) => ({ ...bundle.answers[0]!, questionId }));
    bundle.answers = [...bundle.answers, ...extra];
    const before = overallProgress(sample, answersByQuestion(sampleBundle().answers));
    const { bundle: kept } = leaveOutUnknownQuestions(bundle, sample);
    expect(kept.answers).toHaveLength(sampleBundle().answers.length);
    expect(overallProgress(sample, answersByQuestion(kept.answers))).toEqual(before);
  });
});

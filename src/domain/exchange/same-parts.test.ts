import { describe, expect, it } from 'vitest';
import { fullBundle } from './fixtures/full-bundle';
import { sameParts } from './same-parts';

const parts = () => {
  const { assessment, answers, actions } = fullBundle();
  return { assessment, answers, actions };
};

describe('sameParts', () => {
  it('is true for the same data in another row order', () => {
    const b = parts();
    expect(
      sameParts(parts(), { ...b, answers: [...b.answers].reverse(), actions: [...b.actions].reverse() }),
    ).toBe(true);
  });

  it('notices a change in any field of any row, a row more or a row less', () => {
    const changes: ((p: ReturnType<typeof parts>) => void)[] = [
      (p) => (p.assessment.scope = 'annat'),
      (p) => (p.answers[3]!.flagged = !p.answers[3]!.flagged),
      (p) => (p.answers[0]!.updatedAt = '2030-01-01T00:00:00.000Z'),
      (p) => (p.actions[2]!.note = 'ändrad i en annan flik'),
      (p) => (p.actions[1]!.order = 99),
      (p) => p.actions.pop(),
      (p) => p.answers.push({ ...p.answers[0]!, questionId: 'ny-01' }),
    ];
    for (const change of changes) {
      const changed = parts();
      change(changed);
      expect(sameParts(parts(), changed), String(change)).toBe(false);
    }
  });
});

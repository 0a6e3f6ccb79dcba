import { describe, expect, it } from 'vitest';
import { issuePlaces } from './issue-places';

const issues = (...paths: string[]) => paths.map((path) => ({ path, message: 'x' }));

describe('issuePlaces', () => {
  it('names the part of the file, counting answers and actions from 1, never a raw path', () => {
    expect(
      issuePlaces(issues('generator.name', 'assessment.targets.x', 'answers.0.note', 'actions.12.order', '')),
    ).toEqual([
      { part: 'file' },
      { part: 'assessment' },
      { part: 'answer', n: 1 },
      { part: 'action', n: 13 },
    ]);
  });

  it('lists each place once and at most five', () => {
    expect(issuePlaces(issues('answers.2.note', 'answers.2.value', 'answers'))).toEqual([
      { part: 'answer', n: 3 },
      { part: 'file' },
    ]);
    expect(issuePlaces(issues(...Array.from({ length: 20 }, (_, i) => `answers.${i}.note`)))).toHaveLength(5);
  });
});

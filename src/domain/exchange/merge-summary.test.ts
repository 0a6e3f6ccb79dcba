import { describe, expect, it } from 'vitest';
import type { ShareBundle } from './bundle';
import { fullAction, fullBundle } from './fixtures/full-bundle';
import { diffBundles } from './merge';
import { summarizeMerge } from './merge-summary';

describe('summarizeMerge', () => {
  const mine = fullBundle();
  mine.answers = mine.answers.filter((a) => a.questionId !== 'sky-01');
  mine.assessment.scope = '';
  const theirs: ShareBundle = fullBundle();
  theirs.answers[1]!.value = { kind: 'level', level: 4 };
  theirs.answers[2]!.note = 'Ny anteckning';
  theirs.answers[3]!.note = 'Annan anteckning';
  theirs.assessment.targets.styrning = { level: 5, reason: '' };
  theirs.actions[0]!.title = 'Ändrad titel';
  theirs.actions[1]!.ownerName = '';
  theirs.actions[2]!.note = '';
  theirs.actions.push(fullAction({ id: 'p9', templateId: null }));
  const plan = diffBundles(mine, theirs);

  it('counts automatic changes, and leaves conflicts unresolved until chosen', () => {
    expect(summarizeMerge(plan, {})).toEqual({
      details: 1,
      targets: 0,
      answersAdded: 1,
      answersChanged: 0,
      notes: 2,
      actionsAdded: 1,
      actionsChanged: 0,
      legal: 0,
      keptMine: 0,
      unresolved: 4,
    });
  });

  it('counts each resolution the way it will be applied', () => {
    const resolutions = {
      'target:styrning': 'theirs',
      'answer:sty-01': 'theirs',
      'answer:sty-03': 'both',
      'action:p1': 'both',
    } as const;
    expect(summarizeMerge(plan, resolutions)).toEqual({
      details: 1,
      targets: 1,
      answersAdded: 1,
      answersChanged: 1,
      notes: 3,
      actionsAdded: 2,
      actionsChanged: 0,
      legal: 0,
      keptMine: 0,
      unresolved: 0,
    });
    expect(
      summarizeMerge(plan, { ...resolutions, 'action:p1': 'theirs', 'answer:sty-01': 'mine' }),
    ).toMatchObject({
      answersChanged: 0,
      actionsAdded: 1,
      actionsChanged: 1,
      legal: 0,
      keptMine: 1,
    });
  });

  it('is all zeros for identical copies', () => {
    expect(
      Object.values(summarizeMerge(diffBundles(fullBundle(), fullBundle()), {})).every((n) => n === 0),
    ).toBe(true);
  });
});

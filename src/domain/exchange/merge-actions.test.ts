import { describe, expect, it } from 'vitest';
import { fullAction, fullBundle } from './fixtures/full-bundle';
import { theirCopy } from './fixtures/their-copy';
import { diffBundles } from './merge';

const mine = fullBundle();
const theirs = theirCopy;

describe('diffBundles: actions', () => {
  it('lists one conflict per action whose user fields differ, naming the fields', () => {
    const plan = diffBundles(
      mine,
      theirs((b) => {
        b.actions[0]!.status = 'klar';
        b.actions[0]!.due = '2026-06-30';
        b.actions[1]!.dismissedReason = null;
      }),
    );
    expect(plan.conflicts).toEqual([
      {
        id: 'action:p1',
        kind: 'action',
        actionId: 'p1',
        mine: mine.actions[0],
        theirs: { ...mine.actions[0], status: 'klar', due: '2026-06-30' },
        fields: ['due', 'status'],
        options: ['mine', 'theirs', 'both'],
      },
      {
        id: 'action:p2',
        kind: 'action',
        actionId: 'p2',
        mine: mine.actions[1],
        theirs: { ...mine.actions[1], dismissedReason: null },
        fields: ['dismissedReason'],
        options: ['mine', 'theirs', 'both'],
      },
    ]);
  });

  it('pairs actions both copies generated from one template under different ids', () => {
    const same = diffBundles(
      mine,
      theirs((b) => (b.actions[1]!.id = 'their-p2')),
    );
    expect(same).toMatchObject({ automatic: [], conflicts: [] });
    const changed = diffBundles(
      mine,
      theirs((b) => {
        b.actions[1]!.id = 'their-p2';
        b.actions[1]!.priority = 1;
      }),
    );
    expect(changed.conflicts).toMatchObject([
      { id: 'action:p2', actionId: 'p2', theirs: { id: 'their-p2' }, fields: ['priority'] },
    ]);
    // A hand-made action has no template: it is only ever matched by id.
    const manual = diffBundles(
      mine,
      theirs((b) => (b.actions[3]!.id = 'their-p4')),
    );
    expect(manual.automatic).toMatchObject([{ kind: 'action', actionId: 'their-p4', mine: null }]);
  });

  it('adds their new actions', () => {
    const added = fullAction({ id: 'p9', templateId: null, title: 'Deras nya åtgärd' });
    const plan = diffBundles(
      mine,
      theirs((b) => b.actions.push(added)),
    );
    expect(plan.automatic).toEqual([{ kind: 'action', actionId: 'p9', mine: null, result: added }]);
  });
});

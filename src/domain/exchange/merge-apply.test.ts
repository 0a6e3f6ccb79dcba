import { describe, expect, it } from 'vitest';
import type { ShareBundle } from './bundle';
import { fullAction, fullBundle } from './fixtures/full-bundle';
import { diffBundles } from './merge';
import { applyMerge } from './merge-apply';
import { MergeError, type MergeProblem } from './merge-error';
import type { MergeResolutions } from './merge-types';
import { readShareFile } from './parse';
import { serializeBundle } from './serialize';

const T2 = '2026-03-08T10:00:00.000Z';

function theirs(change: (b: ShareBundle) => void): ShareBundle {
  const b = fullBundle();
  b.exportedAt = '2026-03-09T10:00:00.000Z';
  change(b);
  return b;
}

/** Their copy with one conflict of every kind and one automatic addition. */
const other = theirs((b) => {
  b.assessment.organisation = 'Ekby kommunkoncern';
  b.assessment.participants = 'Dan';
  b.assessment.targets.styrning = { level: 5, reason: 'Högre ambition' };
  b.answers[1]!.value = { kind: 'level', level: 3 };
  b.answers[6]!.note = 'Deras anteckning';
  b.answers[6]!.updatedAt = T2;
  b.actions[0]!.status = 'klar';
  b.actions.push(fullAction({ id: 'p9', templateId: null, title: 'Deras nya åtgärd' }));
});

const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};

function problemOf(run: () => unknown): MergeProblem | undefined {
  try {
    run();
  } catch (e) {
    if (e instanceof MergeError) return e.problem;
    throw e;
  }
  return undefined;
}

describe('applyMerge', () => {
  const mine = fullBundle();
  const plan = diffBundles(mine, other);
  const all = (choice: 'mine' | 'theirs'): MergeResolutions =>
    Object.fromEntries(plan.conflicts.map((c) => [c.id, choice]));

  it('finds the conflicts this test is about', () => {
    expect(plan.conflicts.map((c) => `${c.id} ${c.options.join('/')}`)).toEqual([
      'detail:organisation mine/theirs',
      'detail:participants mine/theirs/both',
      'target:styrning mine/theirs',
      'answer:sty-01 mine/theirs',
      'answer:sky-01 mine/theirs/both',
      'action:p1 mine/theirs/both',
    ]);
  });

  it('keeps mine for every conflict resolved as mine, and still adds what mine lacked', () => {
    const result = applyMerge(mine, other, plan, all('mine'), ids());
    expect(result).toEqual({ ...mine, actions: [...mine.actions, other.actions[4]] });
  });

  it('takes theirs for every conflict resolved as theirs', () => {
    const result = applyMerge(mine, other, plan, all('theirs'), ids());
    expect(result.assessment).toEqual({
      ...mine.assessment,
      organisation: 'Ekby kommunkoncern',
      participants: 'Dan',
      targets: other.assessment.targets,
    });
    expect(result.answers).toEqual(other.answers);
    expect(result.actions).toEqual(other.actions);
  });

  it('keeps both where offered: notes joined, participants united, their action added under a new id', () => {
    const resolutions: MergeResolutions = {
      ...all('mine'),
      'detail:participants': 'both',
      'answer:sky-01': 'both',
      'action:p1': 'both',
    };
    const result = applyMerge(mine, other, plan, resolutions, ids());
    expect(result.assessment.participants).toBe('Anna Åberg, Bo Öst; Cia, Dan');
    expect(result.answers[6]).toEqual({
      ...mine.answers[6],
      note: 'Fråga IT-chefen 🙂\n\n— Från Ekby kommunkoncern, exporterad 2026-03-09:\nDeras anteckning',
      updatedAt: T2,
    });
    expect(result.actions.map((a) => [a.id, a.status])).toEqual([
      ['p1', 'pagar'],
      ['p2', 'ej-paborjad'],
      ['p3', 'klar'],
      ['p4', 'vilande'],
      ['p9', 'pagar'],
      ['new-1', 'klar'],
    ]);
    expect(result.actions[5]).toEqual({ ...other.actions[0], id: 'new-1' });
  });

  it('keeps an action edited, so regeneration will not overwrite the merged version', () => {
    const unedited = fullBundle();
    unedited.actions[0]!.edited = false;
    const theirCopy = theirs((b) => {
      b.actions[0]!.edited = false;
      b.actions[0]!.title = 'Deras titel';
    });
    const p = diffBundles(unedited, theirCopy);
    expect(applyMerge(unedited, theirCopy, p, { 'action:p1': 'theirs' }, ids()).actions[0]).toMatchObject({
      id: 'p1',
      title: 'Deras titel',
      edited: false,
    });
    const theirEdit = theirs((b) => (b.actions[0]!.title = 'Deras titel'));
    const p2 = diffBundles(unedited, theirEdit);
    expect(applyMerge(unedited, theirEdit, p2, { 'action:p1': 'theirs' }, ids()).actions[0]!.edited).toBe(
      true,
    );
  });

  it('refuses while a conflict is unresolved, or resolved with a choice it does not offer', () => {
    expect(problemOf(() => applyMerge(mine, other, plan, {}, ids()))).toEqual({
      kind: 'unresolved',
      conflictIds: plan.conflicts.map((c) => c.id),
    });
    const badChoice = { ...all('mine'), 'target:styrning': 'both' } as const;
    expect(problemOf(() => applyMerge(mine, other, plan, badChoice, ids()))).toEqual({
      kind: 'unresolved',
      conflictIds: ['target:styrning'],
    });
  });

  it('refuses a plan that no longer matches the two copies', () => {
    const changedSince = fullBundle();
    changedSince.answers[6]!.note = 'Skrivet i en annan flik';
    expect(problemOf(() => applyMerge(changedSince, other, plan, all('theirs'), ids()))).toEqual({
      kind: 'stale-plan',
    });
  });

  it('keeps a change made since the plan to something the plan does not touch', () => {
    const changedSince = fullBundle();
    changedSince.answers[0]!.note = 'Skrivet i en annan flik';
    const result = applyMerge(changedSince, other, plan, all('mine'), ids());
    expect(result.answers[0]!.note).toBe('Skrivet i en annan flik');
  });

  it('refuses to merge another assessment', () => {
    const stranger = theirs((b) => (b.assessment.id = 'zz'));
    expect(problemOf(() => applyMerge(mine, stranger, plan, all('mine'), ids()))).toMatchObject({
      kind: 'different-assessment',
    });
  });

  it('refuses a result that would break a limit, rather than write it', () => {
    const full = fullBundle();
    full.actions = Array.from({ length: 5000 }, (_, i) => fullAction({ id: `m-${i}`, templateId: null }));
    const more = theirs(
      (b) => (b.actions = [...full.actions, fullAction({ id: 'extra', templateId: null })]),
    );
    const p = diffBundles(full, more);
    expect(problemOf(() => applyMerge(full, more, p, {}, ids()))).toMatchObject({ kind: 'invalid-result' });
  });

  it('changes neither input', () => {
    const before = JSON.stringify([mine, other]);
    applyMerge(mine, other, plan, { ...all('theirs'), 'answer:sky-01': 'both' }, ids());
    expect(JSON.stringify([mine, other])).toBe(before);
  });

  it('loses nothing of either side when both are kept wherever offered', async () => {
    const resolutions = Object.fromEntries(
      plan.conflicts.map((c) => [c.id, c.options.includes('both') ? 'both' : 'mine'] as const),
    );
    const result = applyMerge(mine, other, plan, resolutions, ids());
    const text = serializeBundle(result);
    for (const a of [...mine.actions, ...other.actions])
      expect(result.actions).toContainEqual(expect.objectContaining({ ...a, id: expect.any(String) }));
    for (const a of [...mine.answers, ...other.answers])
      expect(text).toContain(JSON.stringify(a.note).slice(1, -1));
    const reread = await readShareFile(text);
    expect(reread.ok && reread.bundle).toEqual(result);
  });
});

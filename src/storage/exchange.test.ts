import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LisDatabase, useDatabase } from './db';
import {
  addImported,
  collisions,
  loadBundleParts,
  mergeUndoInfo,
  replaceWithMerged,
  undoMerge,
  upgradeStoredAssessments,
} from './exchange';
import { createAssessment, getAnswers, patchAnswer } from './assessments';
import { answer, assessment, level } from '../test/sample';
import { fullAction } from '../domain/exchange/fixtures/full-bundle';

let database: LisDatabase;
beforeEach(() => {
  database = new LisDatabase('exchange-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  useDatabase(database);
});
afterEach(() => database.close());

const parts = () => ({
  assessment: assessment({ id: 'imp-1' }),
  answers: [
    answer('sty-01', level(2), { assessmentId: 'imp-1' }),
    answer('sty-02', level(3), { assessmentId: 'imp-1' }),
  ],
  actions: [],
});

describe('import and merge writes', () => {
  it('adds an imported assessment and reports what it would collide with', async () => {
    expect(await collisions(parts())).toEqual({ assessment: false, actions: false });
    await addImported(parts());
    expect((await loadBundleParts('imp-1'))?.answers).toHaveLength(2);
    expect(await collisions(parts())).toEqual({ assessment: true, actions: false });
  });

  it('never overwrites: importing an id that exists fails and changes nothing', async () => {
    await addImported(parts());
    await patchAnswer('imp-1', 'sty-01', { note: 'min anteckning' });
    const changed = { ...parts(), answers: [answer('sty-01', level(5), { assessmentId: 'imp-1' })] };
    await expect(addImported(changed)).rejects.toThrow();
    const answers = await getAnswers('imp-1');
    expect(answers.find((a) => a.questionId === 'sty-01')).toMatchObject({
      value: level(2),
      note: 'min anteckning',
    });
  });

  it('writes a merge all or nothing: a failure half way leaves the assessment as it was', async () => {
    await addImported(parts());
    const before = await loadBundleParts('imp-1');
    const broken = {
      ...parts(),
      // Two answers with the same key make bulkAdd fail after the old answers were deleted.
      answers: [
        answer('sty-01', level(4), { assessmentId: 'imp-1' }),
        answer('sty-01', level(5), { assessmentId: 'imp-1' }),
      ],
    };
    await expect(replaceWithMerged(broken, before!)).rejects.toThrow();
    expect(await loadBundleParts('imp-1')).toEqual(before);
  });

  it('refuses a merge planned before a change made meanwhile', async () => {
    const id = await createAssessment({
      organisation: 'Ekby kommun',
      scope: '',
      participants: '',
      date: '2026-03-01',
      questionnaireId: 'prov',
      questionnaireVersion: '1.0.0',
    });
    const planned = (await loadBundleParts(id))!;
    await new Promise((r) => setTimeout(r, 5));
    await patchAnswer(id, 'sty-01', { value: level(1) });
    expect(await replaceWithMerged({ ...planned, answers: [] }, planned)).toBe('stale');
    expect(await getAnswers(id)).toHaveLength(1);
  });
});

describe('merge: changes the assessment timestamp does not show', () => {
  const withPlan = () => ({
    ...parts(),
    actions: [fullAction({ id: 'act-1', assessmentId: 'imp-1', note: '' })],
  });

  it('refuses a merge when a plan item was edited meanwhile without touching the assessment', async () => {
    await addImported(withPlan());
    const planned = (await loadBundleParts('imp-1'))!;
    // A plan write in another tab: the plan item changes, the assessment's updatedAt does not.
    await database.actions.update('act-1', { note: 'skrivet i en annan flik' });
    const merged = { ...planned, actions: planned.actions.map((a) => ({ ...a, status: 'klar' as const })) };
    expect(await replaceWithMerged(merged, planned)).toBe('stale');
    expect((await database.actions.get('act-1'))?.note).toBe('skrivet i en annan flik');
  });

  it('refuses a merge when an answer was written directly, as the immediate answer write does', async () => {
    await addImported(withPlan());
    const planned = (await loadBundleParts('imp-1'))!;
    await database.answers.put(answer('sty-03', level(4), { assessmentId: 'imp-1' }));
    expect(await replaceWithMerged(planned, planned)).toBe('stale');
  });
});

describe('undo a merge', () => {
  it('puts back exactly what was there before, once', async () => {
    await addImported(parts());
    const before = (await loadBundleParts('imp-1'))!;
    const merged = { ...before, answers: [answer('sty-01', level(5), { assessmentId: 'imp-1' })] };
    expect(await replaceWithMerged(merged, before)).toBe('ok');
    expect(await mergeUndoInfo('imp-1')).toMatchObject({ mergedAt: expect.any(String) });
    expect((await loadBundleParts('imp-1'))!.answers).toHaveLength(1);

    expect(await undoMerge('imp-1')).toBe('ok');
    expect(await loadBundleParts('imp-1')).toEqual(before);
    expect(await mergeUndoInfo('imp-1')).toBeNull();
    expect(await undoMerge('imp-1')).toBe('nothing');
  });

  it('does not throw away a change made after the merge unless told to', async () => {
    await addImported(parts());
    const before = (await loadBundleParts('imp-1'))!;
    expect(await replaceWithMerged(before, before)).toBe('ok');
    await patchAnswer('imp-1', 'sty-02', { note: 'efter sammanslagningen' });
    expect(await undoMerge('imp-1')).toBe('changed');
    expect((await getAnswers('imp-1')).find((a) => a.questionId === 'sty-02')?.note).toBe(
      'efter sammanslagningen',
    );
    expect(await undoMerge('imp-1', true)).toBe('ok');
    expect(await loadBundleParts('imp-1')).toEqual(before);
  });
});

describe('upgradeStoredAssessments', () => {
  it('brings older assessments to the app’s questionnaire in place and leaves the rest alone', async () => {
    await addImported(parts());
    await addImported({
      assessment: assessment({ id: 'cur-1', questionnaireVersion: '2.0.0' }),
      answers: [answer('sty-01', level(4), { assessmentId: 'cur-1' })],
      actions: [],
    });
    await addImported({
      assessment: assessment({ id: 'other', questionnaireId: 'annan' }),
      answers: [answer('sty-01', level(1), { assessmentId: 'other' })],
      actions: [],
    });
    const untouched = await loadBundleParts('other');
    const before = (await loadBundleParts('imp-1'))!;
    const app = {
      id: 'prov',
      version: '2.0.0',
      idMappings: [{ fromVersion: '1.0.0', questions: { 'sty-01': 'sty-10', 'sty-02': null } }],
    };

    const reports = await upgradeStoredAssessments(app);
    expect(reports).toEqual([
      {
        assessmentId: 'imp-1',
        organisation: 'Ekby kommun',
        fromVersion: before.assessment.questionnaireVersion,
        answeredIds: before.answers.map((a) => a.questionId),
        droppedQuestionIds: ['sty-02'],
      },
    ]);
    const upgraded = (await loadBundleParts('imp-1'))!;
    expect(upgraded.assessment.questionnaireVersion).toBe('2.0.0');
    expect(upgraded.assessment.updatedAt).toBe(before.assessment.updatedAt);
    expect(upgraded.answers.map((a) => [a.questionId, a.value])).toEqual([['sty-10', level(2)]]);
    expect(await loadBundleParts('other')).toEqual(untouched);
    expect((await loadBundleParts('cur-1'))!.answers.map((a) => a.questionId)).toEqual(['sty-01']);
    // A second run finds nothing to do.
    expect(await upgradeStoredAssessments(app)).toEqual([]);
  });
});

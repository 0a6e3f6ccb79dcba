import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { LisDatabase, useDatabase } from './db';
import {
  createAssessment,
  createFromEarlier,
  deleteAssessment,
  getAnswers,
  getAssessment,
  listAssessments,
  patchAnswer,
  putAnswerNow,
  restoreAssessment,
  updateAssessment,
  setAreaTarget,
} from './assessments';
import { getSetting, setSetting } from './settings';
import { sampleQuestionnaire } from '../test/sample';

let database: LisDatabase;
const input = {
  organisation: 'Ekby kommun',
  scope: 'Hela kommunen',
  participants: 'Anna',
  date: '2026-03-01',
  questionnaireId: 'prov',
  questionnaireVersion: '1.0.0',
};

beforeEach(() => {
  database = new LisDatabase('test', { indexedDB: new IDBFactory(), IDBKeyRange });
  useDatabase(database);
});
afterEach(() => database.close());

describe('assessments repository', () => {
  it('creates, lists, updates and reads back an assessment', async () => {
    const id = await createAssessment(input);
    await updateAssessment(id, { organisation: 'Ekby kommun (KS)' });
    const list = await listAssessments();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id, organisation: 'Ekby kommun (KS)', targets: {}, basedOn: null });
    await expect(updateAssessment('nope', { scope: 'x' })).rejects.toThrow();
  });

  it('changes one area target at a time, so quick changes to levels, reasons and areas all stay', async () => {
    const id = await createAssessment({ ...input });
    const fallback = { level: 3, reason: '' };
    // Three writes issued before any of them lands, each knowing only what the page showed.
    await Promise.all([
      setAreaTarget(id, 'styrning', { level: 4 }, fallback),
      setAreaTarget(id, 'styrning', { reason: 'Beslut i KS' }, fallback),
      setAreaTarget(id, 'risk', { reason: 'Förbundet sköter det' }, { level: 2, reason: '' }),
    ]);
    expect((await getAssessment(id))?.targets).toEqual({
      styrning: { level: 4, reason: 'Beslut i KS' },
      risk: { level: 2, reason: 'Förbundet sköter det' },
    });
    await setAreaTarget(id, 'styrning', { level: 1 }, fallback);
    expect((await getAssessment(id))?.targets.styrning).toEqual({ level: 1, reason: 'Beslut i KS' });
    await expect(setAreaTarget('nope', 'risk', { level: 1 }, fallback)).rejects.toThrow();
  });

  it('patches one field of an answer without touching the others', async () => {
    const id = await createAssessment(input);
    await patchAnswer(id, 'sty-01', { value: { kind: 'level', level: 3 } });
    await patchAnswer(id, 'sty-01', { note: 'Underlag: KS-beslut' });
    await patchAnswer(id, 'sty-01', { flagged: true });
    const [a] = await getAnswers(id);
    expect(a).toMatchObject({
      value: { kind: 'level', level: 3 },
      note: 'Underlag: KS-beslut',
      flagged: true,
    });
  });

  it('writes a whole answer in one put for a page that is going away, keeping the fields it knew', async () => {
    const id = await createAssessment(input);
    await patchAnswer(id, 'sty-01', { value: { kind: 'level', level: 2 }, flagged: true });
    const [known] = await getAnswers(id);
    await putAnswerNow(known, id, 'sty-01', { note: 'sista ordet' });
    await putAnswerNow(undefined, id, 'sty-02', { note: 'ny' });
    const answers = await getAnswers(id);
    expect(answers[0]).toMatchObject({
      value: { kind: 'level', level: 2 },
      flagged: true,
      note: 'sista ordet',
    });
    expect(answers[1]).toMatchObject({ questionId: 'sty-02', value: null, note: 'ny', flagged: false });
  });

  it('deletes an assessment with its answers and restores all of it on undo', async () => {
    const id = await createAssessment(input);
    await patchAnswer(id, 'sty-01', { value: { kind: 'unknown' } });
    const snapshot = await deleteAssessment(id);
    expect(await getAssessment(id)).toBeUndefined();
    expect(await getAnswers(id)).toEqual([]);
    await restoreAssessment(snapshot!);
    expect(await getAssessment(id)).toEqual(snapshot!.assessment);
    expect(await getAnswers(id)).toEqual(snapshot!.answers);
  });

  it('creates next year’s assessment from an earlier one', async () => {
    const id = await createAssessment(input);
    await patchAnswer(id, 'sty-01', { value: { kind: 'level', level: 2 }, note: 'n' });
    const next = await createFromEarlier(id, sampleQuestionnaire());
    const answers = await getAnswers(next);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ carriedOver: true, note: 'n' });
    expect((await getAssessment(next))?.basedOn?.id).toBe(id);
    expect(await getAnswers(id)).toHaveLength(1);
  });

  it('stores settings', async () => {
    await setSetting('language', 'en');
    expect(await getSetting('language')).toBe('en');
  });
});

describe('schema', () => {
  it('opens at version 2 with the four tables and their indexes', async () => {
    await database.open();
    expect(database.verno).toBe(2);
    expect(database.tables.map((t) => t.name).sort()).toEqual([
      'actions',
      'answers',
      'assessments',
      'settings',
    ]);
    expect(database.answers.schema.primKey.keyPath).toEqual(['assessmentId', 'questionId']);
    expect(Dexie.semVer).toMatch(/^4\./);
  });
});

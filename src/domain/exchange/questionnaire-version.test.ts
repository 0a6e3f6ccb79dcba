import { describe, expect, it } from 'vitest';
import { sampleQuestionnaire } from '../../test/sample';
import type { Questionnaire } from '../questionnaire/schema';
import type { ShareBundle } from './bundle';
import { fullAction, fullAssessment, fullBundle } from './fixtures/full-bundle';
import { mapToQuestionnaire } from './questionnaire-version';
import { validateBundle } from './validate';

const sample = sampleQuestionnaire();

function bundleAt(version: string, questionIds: string[], extra: Partial<ShareBundle> = {}): ShareBundle {
  const b = fullBundle();
  b.questionnaire = { id: 'prov', version };
  b.assessment = fullAssessment({
    questionnaireVersion: version,
    basedOn: { id: 'a0', organisation: 'Ekby kommun', date: '2025-03-01', levels: { [questionIds[0]!]: 2 } },
  });
  b.answers = questionIds.map((questionId, i) => ({ ...b.answers[i]!, questionId }));
  return { ...b, ...extra };
}

/** Version 1.2.0 of the sample, with three mappings listed out of order. */
const v120: Pick<Questionnaire, 'id' | 'version' | 'idMappings'> = {
  id: 'prov',
  version: '1.2.0',
  idMappings: [
    { fromVersion: '1.1.0', questions: { 'sty-10': 'sty-11', 'sky-02': null } },
    { fromVersion: '1.0.0', questions: { 'sty-01': 'sty-10', 'sky-03': null } },
    { fromVersion: '0.9.0', questions: { 'gammal-01': 'sty-01' } },
  ],
};

describe('mapToQuestionnaire', () => {
  it('leaves a file on the same version unchanged', () => {
    const bundle = bundleAt('1.0.0', ['sty-01', 'sty-02']);
    expect(mapToQuestionnaire(bundle, sample)).toEqual({
      ok: true,
      bundle,
      droppedQuestionIds: [],
      mapped: 0,
      detachedActionIds: [],
    });
  });

  it('refuses another questionnaire, naming it', () => {
    const bundle = fullBundle();
    bundle.questionnaire.id = 'annan';
    expect(mapToQuestionnaire(bundle, sample)).toEqual({
      ok: false,
      error: { kind: 'unknown-questionnaire', id: 'annan' },
    });
  });

  it('refuses a file answered against a newer questionnaire version', () => {
    expect(mapToQuestionnaire(bundleAt('1.10.0', ['sty-01']), sample)).toEqual({
      ok: false,
      error: { kind: 'newer-questionnaire', fileVersion: '1.10.0', appVersion: '1.0.0' },
    });
  });

  it('maps the sample questionnaire’s own 0.9.0 ids and reports the removed question', () => {
    const result = mapToQuestionnaire(bundleAt('0.9.0', ['gammal-01', 'borttagen-01', 'sty-02']), sample);
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.bundle.answers.map((a) => a.questionId)).toEqual(['sty-01', 'sty-02']);
    expect(result.droppedQuestionIds).toEqual(['borttagen-01']);
    expect(result.mapped).toBe(1);
    expect(result.bundle.questionnaire).toEqual({ id: 'prov', version: '1.0.0' });
    expect(result.bundle.assessment.questionnaireVersion).toBe('1.0.0');
    expect(validateBundle(result.bundle).ok).toBe(true);
  });

  it('applies every mapping from the file’s version on, oldest first, to answers, actions and earlier levels', () => {
    const bundle = bundleAt('1.0.0', ['sty-01', 'sky-02', 'sky-03', 'gammal-01'], {
      actions: [
        fullAction({ id: 'p1', questionId: 'sty-01' }),
        fullAction({ id: 'p2', questionId: 'sky-03' }),
        fullAction({ id: 'p3', questionId: null, templateId: null }),
      ],
    });
    const result = mapToQuestionnaire(bundle, v120);
    if (!result.ok) throw new Error(result.error.kind);
    // 0.9.0 is older than the file, so gammal-01 is not touched.
    expect(result.bundle.answers.map((a) => a.questionId)).toEqual(['sty-11', 'gammal-01']);
    expect(result.bundle.answers[0]).toEqual({ ...bundle.answers[0], questionId: 'sty-11' });
    expect(result.droppedQuestionIds.sort()).toEqual(['sky-02', 'sky-03']);
    expect(result.mapped).toBe(1);
    // An action is never dropped: one whose question was removed is kept, detached from it.
    expect(result.bundle.actions.map((a) => a.questionId)).toEqual(['sty-11', null, null]);
    expect(result.detachedActionIds).toEqual(['p2']);
    expect(result.bundle.assessment.basedOn?.levels).toEqual({ 'sty-11': 2 });
    expect(result.bundle.questionnaire.version).toBe('1.2.0');
    expect(validateBundle(result.bundle).ok).toBe(true);
  });

  it('applies only the mappings at or after the file’s version', () => {
    const result = mapToQuestionnaire(bundleAt('1.1.0', ['sty-10', 'sty-01']), v120);
    expect(result.ok && result.bundle.answers.map((a) => a.questionId)).toEqual(['sty-11', 'sty-01']);
  });

  it('reports an answer that would land on an id already answered, instead of overwriting', () => {
    const merged = {
      id: 'prov',
      version: '2.0.0',
      idMappings: [{ fromVersion: '1.0.0', questions: { 'sty-01': 'sty-02', 'sty-03': 'sty-02' } }],
    };
    const result = mapToQuestionnaire(bundleAt('1.0.0', ['sty-01', 'sty-02', 'sty-03']), merged);
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.bundle.answers.map((a) => a.questionId)).toEqual(['sty-02']);
    expect(result.droppedQuestionIds).toEqual(['sty-01', 'sty-03']);
    expect(validateBundle(result.bundle).ok).toBe(true);
  });

  it('does not change its input', () => {
    const bundle = bundleAt('1.0.0', ['sty-01', 'sky-03']);
    mapToQuestionnaire(bundle, v120);
    expect(bundle).toEqual(bundleAt('1.0.0', ['sty-01', 'sky-03']));
  });
});

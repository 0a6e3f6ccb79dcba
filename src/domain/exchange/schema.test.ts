import { describe, expect, it } from 'vitest';
import { fullAction, fullAnswers, fullAssessment, fullBundle } from './fixtures/full-bundle';
import { validateBundle } from './validate';

const issuesOf = (data: unknown) => {
  const r = validateBundle(data);
  return r.ok ? [] : r.issues;
};

describe('bundle schema', () => {
  it('accepts a fully filled bundle and returns it unchanged', () => {
    const r = validateBundle(fullBundle());
    expect(r).toEqual({ ok: true, bundle: fullBundle() });
  });

  it('accepts empty lists and free-text fields left empty', () => {
    const b = { ...fullBundle(), answers: [], actions: [] };
    b.assessment = fullAssessment({
      organisation: '',
      scope: '',
      participants: '',
      targets: {},
      basedOn: null,
    });
    expect(validateBundle(b).ok).toBe(true);
  });

  it.each([
    ['organisation', 121],
    ['scope', 201],
    ['participants', 1001],
  ] as const)('limits assessment.%s to %i - 1 characters', (field, length) => {
    const b = fullBundle();
    b.assessment = fullAssessment({ [field]: 'x'.repeat(length - 1) });
    expect(validateBundle(b).ok).toBe(true);
    b.assessment = fullAssessment({ [field]: 'x'.repeat(length) });
    expect(issuesOf(b)[0]?.path).toBe(`assessment.${field}`);
  });

  it.each([
    ['title', 200],
    ['description', 2000],
    ['deliverable', 400],
    ['followUp', 1000],
    ['decidedIn', 200],
    ['ownerRole', 80],
    ['ownerName', 120],
    ['note', 4000],
    ['dismissedReason', 1000],
  ] as const)('limits action %s to %i characters', (field, max) => {
    const b = fullBundle();
    b.actions = [fullAction({ [field]: 'x'.repeat(max) })];
    expect(validateBundle(b).ok).toBe(true);
    b.actions = [fullAction({ [field]: 'x'.repeat(max + 1) })];
    expect(issuesOf(b)[0]?.path).toBe(`actions.0.${field}`);
  });

  it('limits notes, reasons, ids and lists', () => {
    const b = fullBundle();
    b.answers[0]!.note = 'x'.repeat(4001);
    b.answers[1]!.value = { kind: 'not-applicable', reason: 'x'.repeat(1001) };
    b.assessment.targets.styrning!.reason = 'x'.repeat(1001);
    b.actions[0]!.id = 'x'.repeat(101);
    b.actions[1]!.references.iso = Array.from({ length: 21 }, () => '5.1');
    expect(issuesOf(b).map((i) => i.path)).toEqual([
      'assessment.targets.styrning.reason',
      'answers.0.note',
      'answers.1.value.reason',
      'actions.0.id',
      'actions.1.references.iso',
    ]);
  });

  it('limits answers and actions to 5000 each', () => {
    const answers = Array.from({ length: 5001 }, (_, i) => ({ ...fullAnswers()[0]!, questionId: `q-${i}` }));
    expect(issuesOf({ ...fullBundle(), answers })[0]?.path).toBe('answers');
    expect(validateBundle({ ...fullBundle(), answers: answers.slice(0, 5000) }).ok).toBe(true);
    const actions = Array.from({ length: 5001 }, (_, i) => fullAction({ id: `p-${i}` }));
    expect(issuesOf({ ...fullBundle(), actions })[0]?.path).toBe('actions');
  });

  it('limits the number of targets', () => {
    const targets = Object.fromEntries(
      Array.from({ length: 101 }, (_, i) => [`area-${i}`, { level: 2, reason: '' }]),
    );
    expect(issuesOf({ ...fullBundle(), assessment: fullAssessment({ targets }) })[0]?.path).toBe(
      'assessment.targets',
    );
  });

  it.each([-1, 6, 2.5, '3', null])('rejects the level %j', (level) => {
    const b = fullBundle() as unknown as { answers: { value: unknown }[] };
    b.answers[0]!.value = { kind: 'level', level };
    expect(issuesOf(b)[0]?.path).toMatch(/^answers\.0\.value/);
  });

  it('rejects dates that are not ISO dates', () => {
    const b = fullBundle();
    b.assessment.date = '1 mars 2026';
    b.assessment.createdAt = '2026-03-01';
    b.actions[0]!.due = '2026-02-30';
    expect(issuesOf(b).map((i) => i.path)).toEqual([
      'assessment.date',
      'assessment.createdAt',
      'actions.0.due',
    ]);
  });

  it('rejects unknown keys everywhere, and missing ones', () => {
    const b = fullBundle() as unknown as Record<string, Record<string, unknown>>;
    b.assessment!.extra = 1;
    expect(issuesOf(b)[0]).toMatchObject({ path: 'assessment', message: expect.stringContaining('extra') });
    const { note: _note, ...withoutNote } = fullAnswers()[0]!;
    expect(issuesOf({ ...fullBundle(), answers: [withoutNote] })[0]?.path).toBe('answers.0.note');
  });

  it('rejects a second answer to one question and a second action with one id', () => {
    const b = fullBundle();
    b.answers.push({ ...b.answers[0]! });
    b.actions.push({ ...b.actions[0]! });
    expect(issuesOf(b).map((i) => i.path)).toEqual(['answers.10.questionId', 'actions.4.id']);
  });

  it('rejects answers and actions of another assessment, and a header that contradicts the assessment', () => {
    const b = fullBundle();
    b.answers[0]!.assessmentId = 'other';
    b.actions[0]!.assessmentId = 'other';
    b.questionnaire = { id: 'annan', version: '2.0.0' };
    expect(issuesOf(b).map((i) => i.path)).toEqual([
      'questionnaire.id',
      'questionnaire.version',
      'answers.0.assessmentId',
      'actions.0.assessmentId',
    ]);
  });

  it('rejects ids that could break a route or an object key', () => {
    for (const id of ['', 'a/b', 'a#b', ' a', '__proto__', '../x']) {
      const b = fullBundle();
      b.actions[0]!.id = id;
      expect(issuesOf(b)[0]?.path, id).toBe('actions.0.id');
    }
  });

  it('keeps text verbatim: no trimming, no normalisation', () => {
    const b = fullBundle();
    b.assessment.organisation = '  Ekby\u0301 kommun  ';
    const r = validateBundle(b);
    expect(r.ok && r.bundle.assessment.organisation).toBe('  Ekby\u0301 kommun  ');
  });

  it('lists at most 20 issues, each with a short message', () => {
    const b = fullBundle();
    b.answers = Array.from({ length: 50 }, (_, i) => ({
      ...fullAnswers()[0]!,
      questionId: `q-${i}`,
      note: 'x'.repeat(5000),
    }));
    const issues = issuesOf(b);
    expect(issues).toHaveLength(20);
    expect(issues.every((i) => i.message.length <= 200 && !i.message.includes('xxxx'))).toBe(true);
  });
});

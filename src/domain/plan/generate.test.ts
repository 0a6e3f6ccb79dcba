import { describe, expect, it } from 'vitest';
import { generatePlan, planItemId } from './generate';
import { answer, assessment, level, realQuestionnaire, sampleQuestionnaire } from '../../test/sample';
import { answersByQuestion } from '../assessment/progress';
import type { Answer, AnswerValue } from '../assessment/types';
import type { Questionnaire } from '../questionnaire/schema';
import { isCslRequirement } from '../questionnaire/legal-basis';

const NOW = '2026-03-02T09:00:00.000Z';
const sample = sampleQuestionnaire();
const ids = (items: { templateId: string | null }[]) => items.map((i) => i.templateId);
const answers = (values: Record<string, AnswerValue | null>) =>
  answersByQuestion(Object.entries(values).map(([id, v]) => answer(id, v)));
const allAt = (q: Questionnaire, n: number): Map<string, Answer> =>
  answersByQuestion(q.areas.flatMap((a) => a.questions.map((x) => answer(x.id, level(n)))));
const plan = (values: Record<string, AnswerValue | null>, extra = {}, q = sample) =>
  generatePlan(q, answers(values), assessment(extra), NOW);

describe('generatePlan: which actions', () => {
  it('gives nothing when every target is met', () => {
    expect(generatePlan(sample, allAt(sample, 3), assessment(), NOW)).toEqual([]);
    expect(plan({ 'sty-01': level(2) }, { targets: { styrning: { level: 2, reason: '' } } })).toEqual([]);
    expect(plan({ 'sty-01': level(4) })).toEqual([]);
  });

  it('gives the three question actions for level 0 with target 3', () => {
    const items = plan({ 'sty-01': level(0) });
    expect(ids(items)).toEqual(['sty-01-1', 'sty-01-2', 'sty-01-3']);
    expect(items.map((i) => i.id)).toEqual(['a1:sty-01-1', 'a1:sty-01-2', 'a1:sty-01-3']);
  });

  it('gives only the steps above the current level', () => {
    expect(ids(plan({ 'sty-03': level(1) }))).toEqual(['sty-03-2', 'sty-03-3']);
    expect(ids(plan({ 'sty-03': level(2) }))).toEqual(['sty-03-3']);
  });

  it('stops at a målnivå below 3', () => {
    const items = plan({ 'sky-03': level(0) }, { targets: { skydd: { level: 2, reason: 'Budget' } } });
    expect(ids(items)).toEqual(['sky-03-1', 'sky-03-2']);
  });

  it('gives nothing for vet ej, ej tillämplig or no answer', () => {
    expect(
      plan({
        'sty-01': { kind: 'unknown' },
        'sty-02': { kind: 'not-applicable', reason: 'Ingen egen IT' },
        'sty-03': null,
      }),
    ).toEqual([]);
    expect(generatePlan(sample, new Map(), assessment(), NOW)).toEqual([]);
  });

  it('adds the area actions for steps 4–5 once per area, however many questions lag', () => {
    const target5 = { targets: { styrning: { level: 5, reason: 'Beslut i KS' } } };
    const items = plan({ 'sty-01': level(1), 'sty-02': level(2), 'sty-03': level(3) }, target5);
    expect(ids(items).filter((id) => id === 'sty-4')).toHaveLength(1);
    expect(ids(items).sort()).toEqual(['sty-01-2', 'sty-01-3', 'sty-02-3', 'sty-4'].sort());
    const area = items.find((i) => i.templateId === 'sty-4');
    expect(area).toMatchObject({
      areaId: 'styrning',
      questionId: null,
      toLevel: 4,
      ownerRole: 'kommundirektor',
    });
  });

  it('adds an area action only up to the target and only when a question is below its step', () => {
    const target4 = { targets: { styrning: { level: 4, reason: '' } } };
    expect(ids(plan({ 'sty-01': level(3) }, target4))).toEqual(['sty-4']);
    expect(plan({ 'sty-01': level(4), 'sty-02': level(4) }, target4)).toEqual([]);
    // Target 3: step 4 is beyond the target.
    expect(ids(plan({ 'sty-01': level(2) }))).toEqual(['sty-01-3']);
    // Only "vet ej" in the area: no level, so no area action either.
    expect(plan({ 'sty-01': { kind: 'unknown' } }, target4)).toEqual([]);
  });

  it('gives every action of a step when a question has several', () => {
    const real = realQuestionnaire();
    const iam = real.areas.find((a) => a.id === 'identitet-och-atkomst')!;
    const q = iam.questions.find((x) => x.actions.filter((a) => a.toLevel === 3).length > 1)!;
    const items = generatePlan(real, answers({ [q.id]: level(2) }), assessment(), NOW);
    expect(ids(items).sort()).toEqual(
      q.actions
        .filter((a) => a.toLevel === 3)
        .map((a) => a.id)
        .sort(),
    );
  });
});

describe('generatePlan: fields', () => {
  it('copies the template and starts every user field empty', () => {
    const [item] = plan({ 'sky-02': level(2) });
    expect(item).toEqual({
      id: 'a1:sky-02-3',
      assessmentId: 'a1',
      templateId: 'sky-02-3',
      areaId: 'skydd',
      questionId: 'sky-02',
      toLevel: 3,
      title: 'Åtgärd 3 för sky-02',
      description: 'Gör steg 3.',
      deliverable: 'Leverans 3',
      references: { iso: ['A.8.5'], csf: [], cis: [], nis2: [] },
      lawRequired: true,
      priority: 2,
      priorityReason: 'law',
      order: 0,
      ownerRole: 'informationssakerhetssamordnare',
      ownerName: '',
      // One month of the first quarter is left: a third of the samordnare's 12 points holds one "stor".
      start: '2026-03-01',
      due: '2026-03-31',
      effort: 'stor',
      costKronor: null,
      costDays: null,
      dependsOn: [],
      status: 'ej-paborjad',
      history: [],
      followUp: '',
      note: '',
      decidedIn: '',
      decidedDate: null,
      dismissedReason: null,
      edited: false,
      isNew: false,
      obsolete: false,
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it('does not share reference arrays with the questionnaire', () => {
    const [item] = plan({ 'sky-02': level(2) });
    item!.references.iso.push('A.5.1');
    expect(sample.areas[1]!.questions[1]!.actions[2]!.references.iso).toEqual(['A.8.5']);
  });

  it('marks an area action as law-required only with a law question and a NIS2 reference', () => {
    const target4 = { targets: { styrning: { level: 4, reason: '' } } };
    const withNis2 = structuredClone(sample);
    withNis2.areas[0]!.areaActions[0]!.references.nis2 = ['f'];
    const noLaw = structuredClone(withNis2);
    for (const q of noLaw.areas[0]!.questions) q.legalBasis = [{ kind: 'other-law', law: 'gdpr-33' }];
    const area = (q: Questionnaire) => plan({ 'sty-01': level(3) }, target4, q)[0]!;
    expect(area(sample)).toMatchObject({ lawRequired: false, priority: 3, priorityReason: 'gap' });
    expect(area(withNis2)).toMatchObject({ lawRequired: true, priority: 2, priorityReason: 'law' });
    expect(area(noLaw)).toMatchObject({ lawRequired: false, priority: 3 });
  });

  it('gives an area action priority 2 when the area lacks the basics, after every step of its area', () => {
    const target4 = { targets: { styrning: { level: 4, reason: '' } } };
    const items = plan({ 'sty-01': level(3), 'sty-03': level(1) }, target4);
    const area = items.find((i) => i.templateId === 'sty-4')!;
    expect(area).toMatchObject({ priority: 2, priorityReason: 'basics' });
    const steps = items.filter((i) => i.areaId === 'styrning' && i.questionId !== null);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.every((s) => s.due! < area.start!)).toBe(true);
  });

  it('keeps priority 1 for the first step of the most pressing question in each area', () => {
    const items = plan({ 'sty-01': level(0), 'sty-02': level(1), 'sky-03': level(0), 'sty-03': level(2) });
    const p = Object.fromEntries(items.map((i) => [i.templateId, [i.priority, i.priorityReason]]));
    // Styrning: sty-01 (gap 3) before sty-02 (gap 2); skydd: sky-03. Later steps are priority 2.
    expect(items.filter((i) => i.priority === 1).map((i) => i.templateId)).toEqual(['sty-01-1', 'sky-03-1']);
    expect(p['sty-02-2']).toEqual([2, 'basics']);
    expect(p['sty-01-2']).toEqual([2, 'basics']);
    expect(p['sty-03-3']).toEqual([3, 'gap']);
  });

  it('dates the most important items first', () => {
    const items = plan({ 'sty-01': level(0), 'sty-02': level(2), 'sty-03': level(2) });
    const due = Object.fromEntries(items.map((i) => [i.templateId, i.due!]));
    expect(due['sty-01-1']).toBe('2026-03-31');
    expect(due['sty-01-1']! <= due['sty-02-3']!).toBe(true);
    expect(due['sty-02-3']! <= due['sty-03-3']!).toBe(true);
  });

  it("plans a question's later steps one after the other, each in a later quarter than the one below", () => {
    const items = plan({ 'sty-01': level(0), 'sty-03': level(1) });
    const dates = Object.fromEntries(items.map((i) => [i.templateId, [i.start!, i.due!]]));
    expect(dates['sty-01-1']).toEqual(['2026-03-01', '2026-03-31']);
    expect(dates['sty-01-2']![0]).toBe('2026-04-01');
    expect(dates['sty-01-3']![0]).toBe('2026-07-01');
    expect(dates['sty-03-3']![0] > dates['sty-03-2']![1]!).toBe(true);
    expect(items.find((i) => i.templateId === 'sty-01-3')?.dependsOn).toEqual(['a1:sty-01-2']);
  });
});

describe('generatePlan: order', () => {
  it('sorts by priority, then gap, effort and step, numbering 0..n-1', () => {
    const items = plan({ 'sty-03': level(2), 'sky-01': level(2), 'sty-01': level(1), 'sky-03': level(0) });
    expect(ids(items)).toEqual([
      // Priority 1, one per area: sky-03 (gap 3) before sty-01 (gap 2).
      'sky-03-1',
      'sty-01-2',
      // Priority 2: the steps that wait only for priority 1 (gap 3 before gap 2), and law;
      // then priority 3, with sky-03's third step, which waits for a priority-2 step.
      'sky-03-2',
      'sty-01-3',
      'sky-01-3',
      'sky-03-3',
      'sty-03-3',
    ]);
    expect(items.map((i) => i.order)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('falls back to questionnaire order when everything else is equal', () => {
    const items = plan({ 'sky-02': level(2), 'sty-02': level(2), 'sky-01': level(2), 'sty-01': level(2) });
    expect(ids(items)).toEqual(['sty-01-3', 'sty-02-3', 'sky-01-3', 'sky-02-3']);
  });

  it('is deterministic', () => {
    const values = { 'sty-01': level(0), 'sky-02': level(1), 'sty-03': level(2) };
    expect(plan(values)).toEqual(plan(values));
    expect(planItemId('a1', 'sty-01-1')).toBe('a1:sty-01-1');
  });
});

describe('generatePlan: the real question bank', () => {
  const real = realQuestionnaire();

  it('gives every question action up to level 3 when all is at 0, and nothing when all is at 5', () => {
    const items = generatePlan(real, allAt(real, 0), assessment(), NOW);
    // Default targets are 2 or 3; count what each area's target allows.
    const byTarget = real.areas.flatMap((a) => {
      const target = a.questions.some(isCslRequirement) ? 3 : 2;
      return a.questions.flatMap((q) => q.actions.filter((x) => x.toLevel <= target).map((x) => x.id));
    });
    expect(ids(items).sort()).toEqual(byTarget.sort());
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(items.every((i) => i.priorityReason !== 'gap' && i.toLevel !== null && i.toLevel <= 3)).toBe(true);
    expect(items.filter((i) => i.priority === 1)).toHaveLength(real.areas.length);
    expect(generatePlan(real, allAt(real, 5), assessment(), NOW)).toEqual([]);
  });

  it('adds each area action once per area with target 5', () => {
    const targets = Object.fromEntries(real.areas.map((a) => [a.id, { level: 5, reason: '' }]));
    const items = generatePlan(real, allAt(real, 3), assessment({ targets }), NOW);
    const areaActions = real.areas.flatMap((a) =>
      a.areaActions.filter((x) => x.toLevel >= 4).map((x) => x.id),
    );
    expect(ids(items).sort()).toEqual(areaActions.sort());
    expect(items.every((i) => i.questionId === null && i.due !== null)).toBe(true);
    // Level 5 waits for level 4 of the same area.
    const five = items.find((i) => i.toLevel === 5)!;
    expect(five.dependsOn.length).toBeGreaterThan(0);
    // Role ids resolve to the questionnaire's roles.
    const roles = new Set(real.roles.map((r) => r.id));
    expect(items.every((i) => roles.has(i.ownerRole))).toBe(true);
  });
});

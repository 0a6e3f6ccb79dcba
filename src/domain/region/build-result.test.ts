import { describe, expect, it } from 'vitest';
import type { Answer, AnswerValue } from '../assessment/types';
import { answersByQuestion } from '../assessment/progress';
import { filledBundle } from '../exchange/fixtures/full-bundle';
import { generatePlan } from '../plan/generate';
import { realQuestionnaire } from '../../test/sample';
import { buildResultFile, senderOf, type IdentityChoice } from './build-result';
import { readResultFile, writeResultFile } from './result-io';

const bank = realQuestionnaire();
const NOW = '2026-11-30T12:00:00.000Z';

/**
 * The fields the builder may read: ids, codes, dates, kinds and statuses. Every other string of a
 * real bundle (notes, reasons, names, titles, the organisation, contacts, roles, evidence …) gets a
 * marker; a field added to the domain later gets one too, without this test changing.
 */
const STRUCTURAL = new Set([
  'questionId',
  'questionnaireId',
  'questionnaireVersion',
  'date',
  'templateId',
  'areaId',
  'status',
  'kind',
]);

function markEveryText<T>(value: T, path = 'x'): T {
  if (Array.isArray(value)) return value.map((v, i) => markEveryText(v, `${path}.${i}`)) as T;
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        typeof v === 'string' && !STRUCTURAL.has(k)
          ? `MARKER ${path}.${k}`
          : markEveryText(v, `${path}.${k}`),
      ]),
    ) as T;
  return value;
}

/** Every question of the real bank answered, all three kinds, and the plan the app generates from it. */
function realBundle() {
  const base = filledBundle();
  const assessment = {
    ...base.assessment,
    questionnaireId: bank.id,
    questionnaireVersion: bank.version,
    targets: { [bank.areas[0]!.id]: { level: 4, reason: 'Beslut i KS' } },
  };
  const kinds: AnswerValue[] = [
    { kind: 'level', level: 0 },
    { kind: 'level', level: 1 },
    { kind: 'unknown' },
    { kind: 'not-applicable', reason: 'Vi har ingen egen drift' },
    { kind: 'level', level: 3 },
  ];
  const questions = bank.areas.flatMap((a) => a.questions);
  const answers: Answer[] = questions.map((q, i) => ({
    assessmentId: assessment.id,
    questionId: q.id,
    value: kinds[i % kinds.length]!,
    note: `Anteckning om ${q.id}, Anna Åberg vet mer`,
    flagged: i % 2 === 0,
    carriedOver: false,
    updatedAt: NOW,
  }));
  const plan = generatePlan(bank, answersByQuestion(answers), assessment, NOW).map((item, i) => ({
    ...item,
    ownerName: 'Bo Berg',
    note: 'Leverantören X AB',
    followUp: 'Kvartalsvis',
    status: (['ej-paborjad', 'pagar', 'klar', 'vilande'] as const)[i % 4]!,
    dismissedReason: i % 7 === 6 ? 'Görs av förbundet' : null,
  }));
  return { assessment, answers, plan };
}

const identities: IdentityChoice[] = [
  { kind: 'kommun', kommunCode: '1480', kommungrupp: 'A1' },
  { kind: 'grupp', lan: '14', kommungrupp: 'C8' },
];

describe('buildResultFile', () => {
  it.each(identities)('lets no note, reason or name reach the file (%o)', async (identity) => {
    const real = realBundle();
    const marked = markEveryText(real);
    const file = buildResultFile({
      ...marked,
      questionnaire: bank,
      identity,
      sender: await senderOf(marked.assessment.id),
      exportedAt: NOW,
      generatorVersion: '0.2.0',
    });
    // The built object itself, before the schema (a second guard) sees it, and the written text.
    expect(JSON.stringify(file)).not.toContain('MARKER');
    const written = await writeResultFile(file);
    if (!written.ok) throw new Error(JSON.stringify(written.error));
    expect(written.text).not.toContain('MARKER');
    // The markers really were in the input: the check above would see them if they got through.
    expect(JSON.stringify(marked).match(/MARKER/g)!.length).toBeGreaterThan(1000);
    for (const word of ['Anna', 'Åberg', 'Bo Berg', 'Leverantören', 'Ekby', 'Beslut i KS'])
      expect(written.text).not.toContain(word);
  });

  it('holds the level or vet ej or ej tillämplig per question, the targets and the plan counts', async () => {
    const { assessment, answers, plan } = realBundle();
    const file = buildResultFile({
      assessment,
      answers,
      plan,
      questionnaire: bank,
      identity: identities[0]!,
      sender: await senderOf(assessment.id),
      exportedAt: NOW,
      generatorVersion: '0.2.0',
    });
    const questions = bank.areas.flatMap((a) => a.questions);
    expect(Object.keys(file.answers)).toHaveLength(questions.length);
    expect(file.answers[questions[0]!.id]).toBe(0);
    expect(file.answers[questions[2]!.id]).toBe('vet-ej');
    expect(file.answers[questions[3]!.id]).toBe('ej-tillampligt');
    expect(file.identity).toEqual({
      kind: 'kommun',
      kommunCode: '1480',
      name: 'Göteborg',
      kommungrupp: 'A1',
    });
    // The target set for the first area, the default (2, or 3 where the law requires) for the others.
    expect(file.targets[bank.areas[0]!.id]).toBe(4);
    expect(Object.keys(file.targets)).toHaveLength(bank.areas.length);
    expect(Object.values(file.targets).every((t) => t === 2 || t === 3 || t === 4)).toBe(true);

    const kept = plan.filter((p) => p.dismissedReason === null);
    const sum = Object.values(file.plan.byStatus).reduce((a, b) => a + b, 0);
    expect(sum).toBe(kept.length);
    expect(file.plan.byStatus.klar).toBe(kept.filter((p) => p.status === 'klar').length);
    const perArea = Object.values(file.plan.byArea).flatMap((c) => Object.values(c));
    expect(perArea.reduce((a, b) => a + b, 0)).toBe(kept.filter((p) => p.areaId !== null).length);
    const open = new Set(kept.filter((p) => p.status !== 'klar').map((p) => p.templateId));
    expect(file.plan.openActions).toEqual([...open].filter((t) => t !== null).sort());

    const written = await writeResultFile(file);
    if (!written.ok) throw new Error('not written');
    const read = await readResultFile(written.text);
    expect(read).toEqual({ ok: true, file, encrypted: false });
  });

  it('leaves out questions nobody answered', () => {
    const file = buildResultFile({
      assessment: {
        questionnaireId: bank.id,
        questionnaireVersion: bank.version,
        date: '2026-11-01',
        targets: {},
      },
      answers: [{ questionId: 'sty-01', value: null }],
      plan: [],
      questionnaire: bank,
      identity: identities[1]!,
      sender: 'a'.repeat(32),
      exportedAt: NOW,
      generatorVersion: '0.2.0',
    });
    expect(file.answers).toEqual({});
  });

  it('refuses a kommun code that is not a kommun’s', () => {
    const build = () =>
      buildResultFile({
        assessment: {
          questionnaireId: bank.id,
          questionnaireVersion: bank.version,
          date: '2026-11-01',
          targets: {},
        },
        answers: [],
        plan: [],
        questionnaire: bank,
        identity: { kind: 'kommun', kommunCode: '9999', kommungrupp: null },
        sender: 'a'.repeat(32),
        exportedAt: NOW,
        generatorVersion: '0.2.0',
      });
    expect(build).toThrow(RangeError);
  });

  it('gives one sender per assessment, and different ones for different assessments', async () => {
    expect(await senderOf('a1')).toBe(await senderOf('a1'));
    expect(await senderOf('a1')).not.toBe(await senderOf('a2'));
    expect(await senderOf('a1')).toMatch(/^[0-9a-f]{32}$/);
  });
});

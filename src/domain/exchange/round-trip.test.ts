import { describe, expect, it } from 'vitest';
import { encryptText } from './crypto';
import { filledBundle, fullBundle } from './fixtures/full-bundle';
import { readShareFile } from './parse';
import { serializeBundle } from './serialize';
import { exportShareFile } from './share-file';
import { createBundle } from './bundle';

const encode = (text: string) => new TextEncoder().encode(text);

async function readBack(text: string, password?: string) {
  const result = await readShareFile(encode(text), { password });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result;
}

describe('round trip', { timeout: 60_000 }, () => {
  it('gives back every field of a fully filled assessment, byte for byte', async () => {
    const original = filledBundle();
    const text = serializeBundle(original);
    const result = await readBack(text);
    expect(result).toEqual({ ok: true, bundle: original, encrypted: false });
    expect(serializeBundle(result.bundle)).toBe(text);
  });

  it('reads the same from text as from bytes, with or without a byte-order mark', async () => {
    const text = serializeBundle(fullBundle());
    expect(await readShareFile(text)).toEqual(await readBack(text));
    expect(await readShareFile(`\uFEFF${text}`)).toEqual(await readBack(text));
    expect(await readShareFile(encode(`\uFEFF${text}`))).toEqual(await readBack(text));
  });

  it('gives back every field through an encrypted file', async () => {
    const original = filledBundle();
    const exported = await exportShareFile(original, { password: 'Kommun-2026!' });
    if (!exported.ok) throw new Error(exported.error.kind);
    expect(exported.encrypted).toBe(true);
    const result = await readBack(exported.text, 'Kommun-2026!');
    expect(result).toEqual({ ok: true, bundle: original, encrypted: true });
    expect(serializeBundle(result.bundle)).toBe(serializeBundle(original));
  });

  it('uses 600,000 PBKDF2 iterations by default and reads them back', async () => {
    const text = serializeBundle(fullBundle());
    const encrypted = await encryptText(text, 'lösenord med åäö');
    expect(JSON.parse(encrypted)).toMatchObject({ kdf: { iterations: 600_000 } });
    const result = await readBack(encrypted, 'lösenord med åäö');
    expect(result.bundle).toEqual(fullBundle());
  });

  it('keeps text the JSON encoder must escape: lone surrogates, control characters, U+2028', async () => {
    const original = fullBundle();
    original.answers[0]!.note = 'halv emoji \uD83D slut \u0000\u0007\u001b \u2028\u2029 \uDC00';
    const text = serializeBundle(original);
    expect((await readBack(text)).bundle).toEqual(original);
    const encrypted = await encryptText(text, 'x');
    expect((await readBack(encrypted, 'x')).bundle).toEqual(original);
  });

  it('keeps everything but the personal names when they are omitted', async () => {
    const exported = await exportShareFile(filledBundle(), { omitPersonalNames: true });
    if (!exported.ok) throw new Error(exported.error.kind);
    const expected = filledBundle();
    expected.assessment.participants = '';
    for (const a of expected.actions) a.ownerName = '';
    const { legal } = expected.assessment;
    for (const c of Object.values(legal.place.contacts)) Object.assign(c, { name: '', phone: '', email: '' });
    for (const e of legal.trainings) e.name = '';
    expect((await readBack(exported.text)).bundle).toEqual(expected);
  });
});

describe('a real generated plan', { timeout: 60_000 }, () => {
  it('exports and imports the plan that generatePlan makes, ids and all', async () => {
    const { generatePlan } = await import('../plan/generate');
    const { realQuestionnaire, answer, assessment, level } = await import('../../test/sample');
    const q = realQuestionnaire();
    const a = assessment({
      id: '7f1c2a9e-0d3b-4c5e-9a8b-1c2d3e4f5a6b',
      questionnaireId: q.id,
      questionnaireVersion: q.version,
    });
    const answers = q.areas.flatMap((area) =>
      area.questions.map((x) => answer(x.id, level(0), { assessmentId: a.id })),
    );
    const actions = generatePlan(
      q,
      new Map(answers.map((x) => [x.questionId, x])),
      a,
      '2026-03-01T08:00:00.000Z',
    );
    expect(actions.length).toBeGreaterThan(200);
    const bundle = createBundle({
      assessment: a,
      answers,
      actions,
      exportedAt: '2026-03-02T08:00:00.000Z',
      generatorVersion: '0.1.0',
    });
    const exported = await exportShareFile(bundle);
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    const read = await readShareFile(exported.text);
    expect(read.ok && read.bundle).toEqual(bundle);
  });
});

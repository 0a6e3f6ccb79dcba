import { createBundle, exportShareFile, readShareFile } from '../../src/domain/exchange/index';
import { answersByQuestion } from '../../src/domain/assessment/progress';
import type { Answer, Assessment } from '../../src/domain/assessment/types';
import { generatePlan } from '../../src/domain/plan/generate';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { emptyPlanSettings } from '../../src/domain/plan/settings';
import { emptyLegalRecord } from '../../src/domain/legal/types';

export type ExchangeResult = {
  answers: number;
  actions: number;
  plainBytes: number;
  encryptedBytes: number;
  exportPlain: number[];
  exportEncrypted: number[];
  importPlain: number[];
  importEncrypted: number[];
};

const PASSWORD = 'korrekt häst batteri häftklammer';

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

/**
 * Export and import of the largest assessment: every question of the synthetic questionnaire
 * answered (level 0, a 400-character note each) and the plan the app generates from it, timed
 * around exportShareFile and readShareFile (src/domain/exchange) in Node, with the app's default
 * PBKDF2 iteration count for the encrypted file. Import reads bytes, as the app does with a File.
 */
export async function exchangeTimings(questionnaire: Questionnaire, runs: number): Promise<ExchangeResult> {
  const now = '2026-11-22T12:00:00.000Z';
  const assessment: Assessment = {
    id: '6f1c2f4e-8a43-4b8e-9d2a-0c5b7e1d9a10',
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    organisation: 'Mätby kommun',
    scope: 'Hela kommunen',
    participants: 'Anna Andersson, Bo Berg',
    date: '2026-11-22',
    targets: {},
    basedOn: null,
    lastAreaId: null,
    planSettings: emptyPlanSettings(),
    legal: emptyLegalRecord(),
    createdAt: now,
    updatedAt: now,
  };
  const note = 'Underlaget finns hos samordnaren. '.repeat(12).slice(0, 400);
  const answers: Answer[] = questionnaire.areas.flatMap((a) =>
    a.questions.map((q) => ({
      assessmentId: assessment.id,
      questionId: q.id,
      value: { kind: 'level', level: 0 },
      note,
      flagged: false,
      carriedOver: false,
      updatedAt: now,
    })),
  );
  const actions = generatePlan(questionnaire, answersByQuestion(answers), assessment, now);
  const bundle = createBundle({ assessment, answers, actions, exportedAt: now, generatorVersion: '0.1.0' });
  const result: ExchangeResult = {
    answers: answers.length,
    actions: actions.length,
    plainBytes: 0,
    encryptedBytes: 0,
    exportPlain: [],
    exportEncrypted: [],
    importPlain: [],
    importEncrypted: [],
  };
  const check = (r: { ok: boolean }, what: string) => {
    if (!r.ok) throw new Error(`${what} failed: ${JSON.stringify(r).slice(0, 300)}`);
  };
  for (let i = 0; i < runs; i++) {
    const plain = await timed(() => exportShareFile(bundle));
    check(plain.value, 'plain export');
    const encrypted = await timed(() => exportShareFile(bundle, { password: PASSWORD }));
    check(encrypted.value, 'encrypted export');
    if (!plain.value.ok || !encrypted.value.ok) return result;
    const plainBytes = new TextEncoder().encode(plain.value.text);
    const encryptedBytes = new TextEncoder().encode(encrypted.value.text);
    const readPlain = await timed(() => readShareFile(plainBytes));
    check(readPlain.value, 'plain import');
    const readEncrypted = await timed(() => readShareFile(encryptedBytes, { password: PASSWORD }));
    check(readEncrypted.value, 'encrypted import');
    for (const r of [readPlain.value, readEncrypted.value])
      if (r.ok && (r.bundle.answers.length !== answers.length || r.bundle.actions.length !== actions.length))
        throw new Error('the import did not give back every answer and action');
    result.plainBytes = plainBytes.byteLength;
    result.encryptedBytes = encryptedBytes.byteLength;
    result.exportPlain.push(plain.ms);
    result.exportEncrypted.push(encrypted.ms);
    result.importPlain.push(readPlain.ms);
    result.importEncrypted.push(readEncrypted.ms);
  }
  return result;
}

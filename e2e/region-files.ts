import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestInfo } from '@playwright/test';
import { writeResultFile } from '../src/domain/region/result-io.ts';
import type { ResultAnswer, ResultFile, ResultIdentity } from '../src/domain/region/result-file.ts';
import { realBank } from './bank.ts';

const bank = realBank();

/** The question ids of a released bank version (questionnaires/kommun/released). */
function releasedIds(version: string): string[] {
  const path = join(import.meta.dirname, '..', 'questionnaires', 'kommun', 'released', `${version}.json`);
  return (JSON.parse(readFileSync(path, 'utf8')) as { questions: string[] }).questions;
}

type Options = {
  identity: ResultIdentity;
  /** Sender number: one per assessment. */
  n: number;
  /** The level of each question, by its index in bank order. */
  level?: (index: number) => ResultAnswer;
  version?: string;
  date?: string;
  password?: string;
  openActions?: string[];
};

/**
 * A result file as the app writes it (the domain writer), for the coordinator's side of the e2e:
 * the kommuner's side saves real ones through the page.
 */
export async function resultFile(testInfo: TestInfo, name: string, o: Options): Promise<string> {
  const version = o.version ?? bank.version;
  const ids =
    version === bank.version ? bank.areas.flatMap((a) => a.questions.map((q) => q.id)) : releasedIds(version);
  const answers: Record<string, ResultAnswer> = {};
  ids.forEach((id, i) => (answers[id] = o.level ? o.level(i) : 1));
  const file: ResultFile = {
    format: 'lis-stegen-resultat',
    formatVersion: 1,
    exportedAt: `${o.date ?? '2026-11-20'}T10:00:00.000Z`,
    generator: { name: 'LIS-stegen', version: '0.2.0' },
    questionnaire: { id: bank.id, version },
    sender: o.n.toString(16).padStart(32, '0'),
    identity: o.identity,
    assessmentDate: o.date ?? '2026-11-20',
    answers,
    targets: Object.fromEntries(bank.areas.map((a) => [a.id, 3])),
    plan: {
      byStatus: { 'ej-paborjad': 3, pagar: 1, klar: 1, vilande: 0 },
      byArea: {},
      openActions: o.openActions ?? [],
    },
  };
  const written = await writeResultFile(file, o.password === undefined ? {} : { password: o.password });
  if (!written.ok) throw new Error(`result file ${name}: ${JSON.stringify(written.error)}`);
  const path = testInfo.outputPath(name);
  writeFileSync(path, written.text);
  return path;
}

export const named = (kommunCode: string, name: string, kommungrupp: ResultIdentity['kommungrupp'] = null) =>
  ({ kind: 'kommun', kommunCode, name, kommungrupp }) as ResultIdentity;

export { bank as regionBank };

import type { Answer, Assessment } from '../assessment/types';
import { kommunByCodeOf } from '../legal/kommuner';
import { PLAN_STATUSES, type PlanItem } from '../plan/types';
import type { Questionnaire } from '../questionnaire/schema';
import { targetFor } from '../scoring/targets';
import type { Kommungrupp } from './kommungrupper';
import {
  RESULT_FORMAT,
  RESULT_FORMAT_VERSION,
  type ResultAnswer,
  type ResultFile,
  type ResultIdentity,
  type StatusCounts,
} from './result-file';

/** What the kommun chooses to say about itself; the name comes from the code, never from free text. */
export type IdentityChoice =
  | { kind: 'kommun'; kommunCode: string; kommungrupp: Kommungrupp | null }
  | { kind: 'grupp'; lan: string; kommungrupp: Kommungrupp };

export type ResultInput = {
  assessment: Pick<Assessment, 'questionnaireId' | 'questionnaireVersion' | 'date' | 'targets'>;
  answers: readonly Pick<Answer, 'questionId' | 'value'>[];
  plan: readonly Pick<PlanItem, 'areaId' | 'templateId' | 'status' | 'dismissedReason'>[];
  /** The bank the assessment is answered against: its areas give the targets. */
  questionnaire: Pick<Questionnaire, 'areas'>;
  identity: IdentityChoice;
  /** From `senderOf(assessment.id)`. */
  sender: string;
  exportedAt: string;
  generatorVersion: string;
};

/**
 * Builds the result file. It copies numbers, ids and codes only, field by field, from narrow
 * `Pick`s of the assessment, answers and plan: there is no path by which a note, a reason, a title
 * or a name could reach the file (build-result.test.ts fills every text field with a marker and
 * looks for it in the output). Throws on a kommun code that is not a kommun's.
 */
export function buildResultFile(input: ResultInput): ResultFile {
  const { assessment } = input;
  const answers: Record<string, ResultAnswer> = {};
  for (const a of input.answers) {
    const value = resultAnswerOf(a.value);
    if (value !== null) answers[a.questionId] = value;
  }
  const targets: Record<string, number> = {};
  for (const area of input.questionnaire.areas) targets[area.id] = targetFor(area, assessment).level;

  const byStatus = zeroCounts();
  const byArea: Record<string, StatusCounts> = {};
  const open = new Set<string>();
  for (const item of input.plan) {
    if (item.dismissedReason !== null) continue;
    byStatus[item.status]++;
    if (item.areaId !== null) (byArea[item.areaId] ??= zeroCounts())[item.status]++;
    if (item.templateId !== null && item.status !== 'klar') open.add(item.templateId);
  }

  return {
    format: RESULT_FORMAT,
    formatVersion: RESULT_FORMAT_VERSION,
    exportedAt: input.exportedAt,
    generator: { name: 'LIS-stegen', version: input.generatorVersion },
    questionnaire: { id: assessment.questionnaireId, version: assessment.questionnaireVersion },
    sender: input.sender,
    identity: identityOf(input.identity),
    assessmentDate: assessment.date,
    answers,
    targets,
    plan: { byStatus, byArea, openActions: [...open].sort() },
  };
}

/** An answer as a result file holds it: the level, "vet-ej" or "ej-tillampligt"; null when unanswered. */
export function resultAnswerOf(value: Answer['value']): ResultAnswer | null {
  if (value === null) return null;
  return value.kind === 'level' ? value.level : value.kind === 'unknown' ? 'vet-ej' : 'ej-tillampligt';
}

function identityOf(choice: IdentityChoice): ResultIdentity {
  if (choice.kind === 'grupp') return { kind: 'grupp', lan: choice.lan, kommungrupp: choice.kommungrupp };
  const kommun = kommunByCodeOf(choice.kommunCode);
  if (!kommun) throw new RangeError('Not a kommun code');
  return { kind: 'kommun', kommunCode: kommun.code, name: kommun.name, kommungrupp: choice.kommungrupp };
}

function zeroCounts(): StatusCounts {
  return Object.fromEntries(PLAN_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/**
 * The file's `sender`: 128 bits of SHA-256 over the assessment's random id. Stable across sends of
 * one assessment (so a second send is found as a duplicate), and says nothing else.
 */
export async function senderOf(assessmentId: string): Promise<string> {
  const bytes = new TextEncoder().encode(`lis-stegen-resultat:${assessmentId}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

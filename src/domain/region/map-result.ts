import { compareVersions } from '../exchange/semver';
import type { Questionnaire } from '../questionnaire/schema';
import type { ResultAnswer, ResultFile } from './result-file';

export type ResultMismatch =
  | { kind: 'unknown-questionnaire'; id: string }
  | { kind: 'newer-questionnaire'; fileVersion: string; appVersion: string };

export type MappedResult =
  | {
      ok: true;
      /** The file with its answers keyed by the current bank's question ids. */
      file: ResultFile;
      /** The version the file was answered against, when it was older than the app's. */
      mappedFrom: string | null;
      /** Question ids whose answer could not be carried over (removed, merged, or unknown to the bank). */
      dropped: string[];
    }
  | { ok: false; error: ResultMismatch };

type Bank = Pick<Questionnaire, 'id' | 'version' | 'idMappings' | 'areas'>;

/**
 * Brings a result file to the app's questionnaire version with the bank's `idMappings`, oldest step
 * first, as `mapToQuestionnaire` does for a share file: old id → new id, or removed. Where two answers
 * land on one id, the one already there wins. Answers to questions the bank does not have are
 * dropped and listed, so that nothing unknown is pooled. Targets of areas the bank lacks are dropped.
 */
export function mapResultToQuestionnaire(file: ResultFile, bank: Bank): MappedResult {
  if (file.questionnaire.id !== bank.id)
    return { ok: false, error: { kind: 'unknown-questionnaire', id: file.questionnaire.id } };
  const order = compareVersions(file.questionnaire.version, bank.version);
  if (order > 0)
    return {
      ok: false,
      error: {
        kind: 'newer-questionnaire',
        fileVersion: file.questionnaire.version,
        appVersion: bank.version,
      },
    };

  const dropped: string[] = [];
  let answers: Record<string, ResultAnswer> = { ...file.answers };
  if (order < 0) {
    const steps = bank.idMappings
      .filter((m) => compareVersions(m.fromVersion, file.questionnaire.version) >= 0)
      .sort((a, b) => compareVersions(a.fromVersion, b.fromVersion));
    for (const step of steps) answers = mapStep(answers, step.questions, dropped);
  }
  const { questionIds, areaIds } = idsOf(bank);
  const known: Record<string, ResultAnswer> = {};
  for (const [id, value] of Object.entries(answers))
    if (questionIds.has(id)) known[id] = value;
    else dropped.push(id);
  const targets = Object.fromEntries(Object.entries(file.targets).filter(([id]) => areaIds.has(id)));

  return {
    ok: true,
    file: {
      ...file,
      questionnaire: { id: bank.id, version: bank.version },
      answers: known,
      targets,
    },
    mappedFrom: order < 0 ? file.questionnaire.version : null,
    dropped,
  };
}

/** The bank's ids, built once per bank rather than once per file (a region pools hundreds). */
const ids = new WeakMap<object, { questionIds: Set<string>; areaIds: Set<string> }>();
function idsOf(bank: Pick<Questionnaire, 'areas'>) {
  let found = ids.get(bank.areas);
  if (!found) {
    found = {
      questionIds: new Set(bank.areas.flatMap((a) => a.questions.map((q) => q.id))),
      areaIds: new Set(bank.areas.map((a) => a.id)),
    };
    ids.set(bank.areas, found);
  }
  return found;
}

function mapStep(
  answers: Readonly<Record<string, ResultAnswer>>,
  step: Readonly<Record<string, string | null>>,
  dropped: string[],
): Record<string, ResultAnswer> {
  const next = (id: string) => (Object.hasOwn(step, id) ? (step[id] ?? null) : id);
  const result: Record<string, ResultAnswer> = {};
  const entries = Object.entries(answers);
  for (const [id, value] of entries) if (next(id) === id) result[id] = value;
  for (const [id, value] of entries) {
    const to = next(id);
    if (to === id) continue;
    if (to === null || Object.hasOwn(result, to)) dropped.push(id);
    else result[to] = value;
  }
  return result;
}

import { compareVersions } from '../exchange/semver';
import type { BankChange, Questionnaire } from './schema';

type Bank = Pick<Questionnaire, 'version' | 'idMappings' | 'changes'>;

/**
 * Where an answer given to `id` under `version` belongs today: the same id, a new id by the
 * `idMappings` from that version on, or null when the question was removed without a successor.
 */
export function followId(
  bank: Pick<Questionnaire, 'idMappings'>,
  version: string,
  id: string,
): string | null {
  let current: string | null = id;
  const steps = bank.idMappings
    .filter((m) => compareVersions(m.fromVersion, version) >= 0)
    .sort((a, b) => compareVersions(a.fromVersion, b.fromVersion));
  for (const step of steps)
    if (current !== null && Object.hasOwn(step.questions, current)) current = step.questions[current] ?? null;
  return current;
}

/** What changed between `fromVersion` and the bank: every entry after it, oldest first. */
export function changesSince(bank: Bank, fromVersion: string): BankChange[] {
  return bank.changes
    .filter(
      (c) => compareVersions(c.version, fromVersion) > 0 && compareVersions(c.version, bank.version) <= 0,
    )
    .sort((a, b) => compareVersions(a.version, b.version));
}

/**
 * What the changes since `fromVersion` mean for one assessment, given the question ids it had
 * answered under that version. This is what the user is told, so every list is in bank order
 * of today's ids where there is one.
 */
export type AnswerConsequences = {
  from: string;
  to: string;
  /** New questions, still to answer. */
  added: string[];
  /** Answered questions whose meaning or level texts changed: the answer stays, look at it again. */
  recheck: string[];
  /** Answers that now belong to a question with another id. */
  moved: { from: string; to: string }[];
  /** Answers to questions removed without a successor: no longer part of the assessment. */
  dropped: string[];
};

export function answerConsequences(
  bank: Bank,
  fromVersion: string,
  answeredIds: readonly string[],
): AnswerConsequences | null {
  if (compareVersions(fromVersion, bank.version) >= 0) return null;
  const entries = changesSince(bank, fromVersion);
  const answeredToday = new Set<string>();
  const moved: AnswerConsequences['moved'] = [];
  const dropped: string[] = [];
  for (const id of answeredIds) {
    const now = followId(bank, fromVersion, id);
    if (now === null) dropped.push(id);
    else {
      answeredToday.add(now);
      if (now !== id) moved.push({ from: id, to: now });
    }
  }
  const unique = (ids: string[]) => [...new Set(ids)];
  return {
    from: fromVersion,
    to: bank.version,
    added: unique(entries.flatMap((c) => c.added)).filter((id) => !answeredToday.has(id)),
    recheck: unique(entries.flatMap((c) => c.changed)).filter((id) => answeredToday.has(id)),
    moved,
    dropped,
  };
}

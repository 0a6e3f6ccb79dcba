import type { Questionnaire } from '../questionnaire/schema';
import { mapResultToQuestionnaire, type ResultMismatch } from './map-result';
import type { ResultFile } from './result-file';
import type { ResultImportError, ResultReadResult } from './result-io';
import { MAX_RESULT_FILES } from './result-limits';

export type Coverage = {
  /** Questions answered with a level. */
  levels: number;
  unknown: number;
  notApplicable: number;
  /** Questions in the app's bank. */
  total: number;
};

export type AcceptedResult = {
  fileName: string;
  /** Mapped to the app's questionnaire. */
  file: ResultFile;
  encrypted: boolean;
  mappedFrom: string | null;
  dropped: string[];
  coverage: Coverage;
};

export type RejectReason =
  | { kind: 'read'; error: ResultImportError }
  | { kind: 'questionnaire'; error: ResultMismatch }
  | { kind: 'too-many-files'; limit: number };

export type RejectedResult = { fileName: string; reason: RejectReason };

/** The same kommun (by code) or the same assessment (by sender) twice: the newer file is kept. */
export type DuplicateResult = { kept: string; replaced: string };

export type Intake = {
  accepted: AcceptedResult[];
  duplicates: DuplicateResult[];
  rejected: RejectedResult[];
};

type Bank = Pick<Questionnaire, 'id' | 'version' | 'idMappings' | 'areas'>;

export const emptyIntake = (): Intake => ({ accepted: [], duplicates: [], rejected: [] });

/**
 * Adds one read file to what came in, before anything is pooled: a file that could not be read or
 * mapped is rejected with its reason; a second file from the same kommun or the same assessment
 * replaces the first only if it is newer (assessment date, then export time), and either way the
 * pair is listed. Returns a new intake; the one given is not changed. Files are added one at a time,
 * so the UI never holds more than one file's bytes.
 */
export function addToIntake(intake: Intake, fileName: string, read: ResultReadResult, bank: Bank): Intake {
  const reject = (reason: RejectReason): Intake => ({
    ...intake,
    rejected: [...intake.rejected, { fileName, reason }],
  });
  if (!read.ok) return reject({ kind: 'read', error: read.error });
  if (intake.accepted.length >= MAX_RESULT_FILES)
    return reject({ kind: 'too-many-files', limit: MAX_RESULT_FILES });
  const mapped = mapResultToQuestionnaire(read.file, bank);
  if (!mapped.ok) return reject({ kind: 'questionnaire', error: mapped.error });

  const entry: AcceptedResult = {
    fileName,
    file: mapped.file,
    encrypted: read.encrypted,
    mappedFrom: mapped.mappedFrom,
    dropped: mapped.dropped,
    coverage: coverageOf(mapped.file, bank),
  };
  const index = intake.accepted.findIndex((a) => sameSender(a.file, entry.file));
  if (index < 0) return { ...intake, accepted: [...intake.accepted, entry] };
  const existing = intake.accepted[index]!;
  if (isNewer(entry.file, existing.file)) {
    const accepted = [...intake.accepted];
    accepted[index] = entry;
    return {
      ...intake,
      accepted,
      duplicates: [...intake.duplicates, { kept: entry.fileName, replaced: existing.fileName }],
    };
  }
  return { ...intake, duplicates: [...intake.duplicates, { kept: existing.fileName, replaced: fileName }] };
}

export function intakeOf(files: Iterable<{ fileName: string; read: ResultReadResult }>, bank: Bank): Intake {
  let intake = emptyIntake();
  for (const f of files) intake = addToIntake(intake, f.fileName, f.read, bank);
  return intake;
}

function sameSender(a: ResultFile, b: ResultFile): boolean {
  if (a.sender === b.sender) return true;
  return (
    a.identity.kind === 'kommun' &&
    b.identity.kind === 'kommun' &&
    a.identity.kommunCode === b.identity.kommunCode
  );
}

function isNewer(a: ResultFile, b: ResultFile): boolean {
  if (a.assessmentDate !== b.assessmentDate) return a.assessmentDate > b.assessmentDate;
  return Date.parse(a.exportedAt) > Date.parse(b.exportedAt);
}

export function coverageOf(file: ResultFile, bank: Pick<Questionnaire, 'areas'>): Coverage {
  const coverage: Coverage = { levels: 0, unknown: 0, notApplicable: 0, total: 0 };
  for (const area of bank.areas)
    for (const q of area.questions) {
      coverage.total++;
      const a = file.answers[q.id];
      if (typeof a === 'number') coverage.levels++;
      else if (a === 'vet-ej') coverage.unknown++;
      else if (a === 'ej-tillampligt') coverage.notApplicable++;
    }
  return coverage;
}

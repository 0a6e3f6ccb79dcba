import type { PlanStatus } from '../plan/types';
import type { Kommungrupp } from './kommungrupper';

export const RESULT_FORMAT = 'lis-stegen-resultat';
/** Bump together with a migration and a frozen fixture, as for the share file (docs/result-file.md). */
export const RESULT_FORMAT_VERSION = 1;
export const RESULT_FILE_EXTENSION = '.lisresultat';
export const RESULT_MIME_TYPE = 'application/vnd.lis-stegen-resultat+json';

/** One question's answer as aggregation needs it: a level 0–5, "vet ej" or "ej tillämplig", nothing else. */
export type ResultAnswer = number | 'vet-ej' | 'ej-tillampligt';

/**
 * Who sent the file, as the kommun chose: its code (the name is the official one for that code,
 * never the assessment's free text), or only its län and kommungrupp.
 */
export type ResultIdentity =
  | { kind: 'kommun'; kommunCode: string; name: string; kommungrupp: Kommungrupp | null }
  | { kind: 'grupp'; lan: string; kommungrupp: Kommungrupp };

export type StatusCounts = Record<PlanStatus, number>;

/** What a kommun sends to its region: the content of a plain result file. */
export type ResultFile = {
  format: typeof RESULT_FORMAT;
  formatVersion: typeof RESULT_FORMAT_VERSION;
  exportedAt: string;
  generator: { name: 'LIS-stegen'; version: string };
  questionnaire: { id: string; version: string };
  /**
   * The same for every file sent from one assessment and unrelated to anything else in it (a hash of
   * the assessment's random id), so that a file sent twice is found even when the kommun is anonymous.
   */
  sender: string;
  identity: ResultIdentity;
  /** The day of the assessment. */
  assessmentDate: string;
  /** Question id → answer; a question nobody answered is left out. */
  answers: Record<string, ResultAnswer>;
  /** Area id → the target level the kommun set (or the default), for every area of the bank. */
  targets: Record<string, number>;
  plan: {
    /** Items in the plan (dismissed ones left out) by status. */
    byStatus: StatusCounts;
    /** The same per area id; items without an area count only in `byStatus`. */
    byArea: Record<string, StatusCounts>;
    /** The bank's action ids of the items not yet done, each once: what joint work could serve. */
    openActions: string[];
  };
};

import type { Answer, Assessment } from '../assessment/types';
import type { PlanItem } from '../plan/types';

export const FORMAT = 'lis-stegen';
/** Bump together with a migration in migrate.ts and a frozen fixture (docs/file-format.md). */
export const FORMAT_VERSION = 2;
export const GENERATOR_NAME = 'LIS-stegen';

/** The content of a plain share file: one assessment with its answers and action plan. */
export type ShareBundle = {
  format: typeof FORMAT;
  formatVersion: typeof FORMAT_VERSION;
  exportedAt: string;
  generator: { name: typeof GENERATOR_NAME; version: string };
  questionnaire: { id: string; version: string };
  assessment: Assessment;
  answers: Answer[];
  actions: PlanItem[];
};

export type BundleInput = {
  assessment: Assessment;
  answers: readonly Answer[];
  actions: readonly PlanItem[];
  /** ISO date-time, normally `nowIso()`. */
  exportedAt: string;
  /** The app version, e.g. from package.json. */
  generatorVersion: string;
};

/**
 * Builds the bundle for one assessment. The questionnaire header repeats the assessment's own
 * questionnaire id and version so a reader can check compatibility without reading the assessment.
 */
export function createBundle(input: BundleInput): ShareBundle {
  const { assessment } = input;
  return {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    exportedAt: input.exportedAt,
    generator: { name: GENERATOR_NAME, version: input.generatorVersion },
    questionnaire: { id: assessment.questionnaireId, version: assessment.questionnaireVersion },
    assessment: structuredClone(assessment),
    answers: structuredClone([...input.answers]),
    actions: structuredClone([...input.actions]),
  };
}

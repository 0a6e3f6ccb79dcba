import type { Questionnaire } from '../domain/questionnaire/schema';

let pending: Promise<Questionnaire> | null = null;

/**
 * The default questionnaire, loaded when first needed so that the start page stays small.
 * The YAML is turned into JSON at build time and validated here with the same schema as in tests.
 */
export function loadQuestionnaire(): Promise<Questionnaire> {
  pending ??= import('./kommun').then((m) => m.questionnaire);
  return pending;
}

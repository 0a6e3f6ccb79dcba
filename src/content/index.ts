import type { Questionnaire } from '../domain/questionnaire/schema';

let pending: Promise<Questionnaire> | null = null;
let loaded: Questionnaire | null = null;

/**
 * The default questionnaire, loaded when first needed so that the start page stays small.
 * The YAML is turned into JSON at build time and validated here with the same schema as in tests.
 */
export function loadQuestionnaire(): Promise<Questionnaire> {
  pending ??= import('./kommun').then((m) => (loaded = m.questionnaire));
  return pending;
}

/** The questionnaire if it has loaded already, so pages can render without suspending. */
export function loadedQuestionnaire(): Questionnaire | null {
  return loaded;
}

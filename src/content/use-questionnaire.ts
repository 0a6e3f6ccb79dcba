import { use, useEffect, useReducer } from 'react';
import type { Questionnaire } from '../domain/questionnaire/schema';
import { loadedQuestionnaire, loadQuestionnaire } from './index';

/** The questionnaire; suspends only until it has loaded the first time. Wrap callers in <Suspense>. */
export function useQuestionnaire() {
  return use(loadQuestionnaire());
}

/**
 * The questionnaire, or undefined while it loads, without suspending. A page that reads the
 * database too uses this, so that its reads start while the questionnaire loads: a suspended
 * component runs none of its effects, and its live queries would wait for the questionnaire.
 */
export function useQuestionnaireWhenLoaded(): Questionnaire | undefined {
  const questionnaire = loadedQuestionnaire();
  const [, loaded] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (questionnaire === undefined) void loadQuestionnaire().then(loaded, loaded);
  }, [questionnaire]);
  return questionnaire;
}

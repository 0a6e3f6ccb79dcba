import { use } from 'react';
import { loadedQuestionnaire, loadQuestionnaire } from './index';

/** The questionnaire; suspends only the first time, until it has loaded. Wrap callers in <Suspense>. */
export function useQuestionnaire() {
  return loadedQuestionnaire() ?? use(loadQuestionnaire());
}

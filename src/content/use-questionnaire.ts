import { use } from 'react';
import { loadQuestionnaire } from './index';

/** The questionnaire; suspends only until it has loaded the first time. Wrap callers in <Suspense>. */
export function useQuestionnaire() {
  return use(loadQuestionnaire());
}

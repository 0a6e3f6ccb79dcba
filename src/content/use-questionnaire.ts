import { use } from 'react';
import { loadQuestionnaire } from './index';

/** Suspends until the questionnaire is loaded; wrap callers in <Suspense>. */
export function useQuestionnaire() {
  return use(loadQuestionnaire());
}

import type { safety as sv } from '../sv/safety';

/** Import limits, undoing a merge, the backup habit and removing everything (issue 17). */
export const safety: Record<keyof typeof sv, string> = {
  'place.file': 'the structure of the file (heading, format or lists)',
  'place.assessment': 'the assessment details',
  'place.answer': 'answer number {n}',
  'place.action': 'action number {n}',
  'open.error.places': 'Where in the file the problems are',
  'open.unknownQuestions':
    'The file has answers to {count} questions that are not in the question bank ({ids}). Those answers are left out.',
};

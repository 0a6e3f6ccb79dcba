import { join } from 'node:path';
import { readQuestionnaireFolder } from '../scripts/read-questionnaire.ts';

/**
 * The question bank the app is built with, read from the same YAML files. Specs take counts
 * (areas, questions) from here, so that adding or splitting a question does not break them.
 */
function readBank() {
  const result = readQuestionnaireFolder(join(import.meta.dirname, '..', 'questionnaires', 'kommun'));
  if (!result.ok)
    throw new Error('The kommun question bank does not load; run npm run validate:questionnaires');
  const areas = result.questionnaire.areas;
  return { areas: areas.length, questions: areas.reduce((n, a) => n + a.questions.length, 0) };
}

export const bank = readBank();

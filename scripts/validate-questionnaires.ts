/**
 * Validates every questionnaire under questionnaires/ (file schema and content rules) and writes
 * the JSON Schemas that editors use. Prints one summary line per questionnaire; exits 1 on any problem.
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { areaSchema, questionnaireHeadSchema } from '../src/domain/questionnaire/schema';
import { checkQuestionnaire, countContent, uncoveredNis2Letters } from '../src/domain/questionnaire/check';
import { questionnaireFolders, readQuestionnaireFolder } from './read-questionnaire';

const root = join(import.meta.dirname, '..', 'questionnaires');
const schemaFor = (schema: z.ZodType, title: string) =>
  JSON.stringify({ title, ...z.toJSONSchema(schema, { io: 'input' }) }, null, 2) + '\n';
writeFileSync(
  join(root, 'questionnaire-head.schema.json'),
  schemaFor(questionnaireHeadSchema, 'LIS-stegen questionnaire head'),
);
writeFileSync(join(root, 'area.schema.json'), schemaFor(areaSchema, 'LIS-stegen questionnaire area'));

// --partial: validate the area files that exist and skip missing ones (for writing content area by area).
const partial = process.argv.includes('--partial');
let failed = false;
for (const folder of questionnaireFolders(root)) {
  const name = relative(root, folder);
  const result = readQuestionnaireFolder(folder, partial);
  if (!result.ok) {
    failed = true;
    console.log(`✗ ${name}: ${result.problems.length} fel i filformatet`);
    for (const p of result.problems.slice(0, 50)) console.log(`    ${p.file} ${p.path}: ${p.message}`);
    continue;
  }
  const q = result.questionnaire;
  const problems = checkQuestionnaire(q);
  const missing = uncoveredNis2Letters(q);
  const { areas, questions, actions } = countContent(q);
  const summary = `${name} ${q.version}: ${areas} områden, ${questions} frågor, ${actions} åtgärder`;
  if (problems.length > 0) {
    failed = true;
    console.log(`✗ ${summary}; ${problems.length} innehållsfel`);
    for (const p of problems.slice(0, 50)) console.log(`    ${p.where}: ${p.message}`);
  } else {
    console.log(`✓ ${summary}${missing.length ? ` (NIS2 21.2 ej täckt: ${missing.join(', ')})` : ''}`);
  }
}
process.exit(failed ? 1 : 0);

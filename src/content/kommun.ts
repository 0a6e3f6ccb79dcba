import head from '../../questionnaires/kommun/questionnaire.yaml';
import { assembleQuestionnaire } from '../domain/questionnaire/load';

const files = import.meta.glob<unknown>('../../questionnaires/kommun/areas/*.yaml', {
  eager: true,
  import: 'default',
});
const areas = Object.fromEntries(
  Object.entries(files).map(([path, data]) => [path.replace(/^.*\/(.+)\.yaml$/, '$1'), data]),
);

const result = assembleQuestionnaire(head, areas);
if (!result.ok) {
  throw new Error(
    `Frågebanken är trasig: ${result.problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join('; ')}`,
  );
}
export const questionnaire = result.questionnaire;

import type { Answer, Assessment } from '../assessment/types';
import type { ColumnValue } from '../plan/columns';
import { formatReferences, yesNo } from '../plan/labels';
import type { Question, Questionnaire } from '../questionnaire/schema';
import { isCslRequirement } from '../questionnaire/legal-basis';
import { scoreAssessment, type QuestionScore } from './scores';

/** One exported row: a question of the questionnaire with its answer and scores. */
export type AnswerRow = { areaTitle: string; score: QuestionScore; answer: Answer | undefined };

export type AnswerColumn = { header: string; width: number; value: (row: AnswerRow) => ColumnValue };

const text = (value: string): ColumnValue => ({ type: 'text', value });
const number = (value: number | null): ColumnValue => ({ type: 'number', value });

const MSB_STEP_SV: Record<Question['msb']['step'], string> = {
  'identifiera-och-analysera': 'Identifiera och analysera',
  utforma: 'Utforma',
  anvanda: 'Använda',
  'folja-upp-och-forbattra': 'Följa upp och förbättra',
};

/** "Nivå 2 – Delvis infört", "Vet ej", "Ej tillämplig" or "Ej besvarad", in the words of the app. */
function answerText(answer: Answer | undefined, scale: Questionnaire['scale']): string {
  const value = answer?.value;
  if (!value) return 'Ej besvarad';
  if (value.kind === 'unknown') return 'Vet ej';
  if (value.kind === 'not-applicable') return 'Ej tillämplig';
  const name = scale.find((s) => s.level === value.level)?.name.sv;
  return name ? `Nivå ${value.level} – ${name}` : `Nivå ${value.level}`;
}

/**
 * The columns of the exported answers, shared by CSV and Excel. Swedish, like the plan export:
 * the file is read outside the app.
 */
export function answerColumns(scale: Questionnaire['scale']): AnswerColumn[] {
  return [
    { header: 'Område', width: 28, value: (r) => text(r.areaTitle) },
    { header: 'Fråge-id', width: 10, value: (r) => text(r.score.question.id) },
    { header: 'Fråga', width: 60, value: (r) => text(r.score.question.text.sv) },
    { header: 'MSB-steg', width: 22, value: (r) => text(MSB_STEP_SV[r.score.question.msb.step]) },
    { header: 'Krav i lag', width: 10, value: (r) => text(yesNo(isCslRequirement(r.score.question))) },
    { header: 'Svar', width: 30, value: (r) => text(answerText(r.answer, scale)) },
    { header: 'Nivå', width: 6, value: (r) => number(r.score.level) },
    { header: 'Målnivå', width: 9, value: (r) => number(r.score.target) },
    { header: 'Skillnad mot målnivå', width: 12, value: (r) => number(r.score.gap) },
    {
      header: 'Varför ej tillämplig',
      width: 30,
      value: (r) => text(r.answer?.value?.kind === 'not-applicable' ? r.answer.value.reason : ''),
    },
    { header: 'Anteckning', width: 50, value: (r) => text(r.answer?.note ?? '') },
    { header: 'Markerad för granskning', width: 12, value: (r) => text(yesNo(r.answer?.flagged ?? false)) },
    {
      header: 'Från förra skattningen, ej granskad',
      width: 14,
      value: (r) => text(yesNo(r.answer?.carriedOver ?? false)),
    },
    { header: 'Hänvisningar', width: 40, value: (r) => text(formatReferences(r.score.question.references)) },
    {
      header: 'Senast ändrad',
      width: 12,
      value: (r) => ({ type: 'date', value: r.answer?.updatedAt.slice(0, 10) ?? null }),
    },
  ];
}

/** Every question of the questionnaire in its order, answered or not, with its scores. */
export function answerRows(
  questionnaire: Questionnaire,
  answers: ReadonlyMap<string, Answer>,
  assessment: Pick<Assessment, 'targets'>,
): AnswerRow[] {
  return scoreAssessment(questionnaire, answers, assessment).areas.flatMap((area) =>
    area.questions.map((score) => ({
      areaTitle: area.area.title.sv,
      score,
      answer: answers.get(score.question.id),
    })),
  );
}

/** The table to write: column headers and widths, and one row of cells per question. */
export function answersTable(
  questionnaire: Questionnaire,
  answers: ReadonlyMap<string, Answer>,
  assessment: Pick<Assessment, 'targets'>,
): { columns: AnswerColumn[]; rows: ColumnValue[][] } {
  const columns = answerColumns(questionnaire.scale);
  const rows = answerRows(questionnaire, answers, assessment).map((row) => columns.map((c) => c.value(row)));
  return { columns, rows };
}

import type { Answer, Assessment } from '../../domain/assessment/types';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { answersTable } from '../../domain/scoring/answers-export';
import { tableToCsv } from '../../domain/plan/export-csv';
import { useT } from '../../i18n';
import { downloadBlob, safeFileName } from '../../ui/download';
import { useSaveFile } from '../../data/use-save-file';

type Props = { questionnaire: Questionnaire; assessment: Assessment; answers: ReadonlyMap<string, Answer> };

/** Every question with its answer, note and gap, as CSV or Excel, for work outside the app. */
export function AnswerExports({ questionnaire, assessment, answers }: Props) {
  const t = useT();
  const base = `svar-${safeFileName(assessment.organisation)}-${assessment.date}`;
  const run = useSaveFile();
  const table = () => answersTable(questionnaire, answers, assessment);
  return (
    <div className="actions no-print" role="group" aria-label={t('report.exportAnswers')}>
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          run(() => {
            const { columns, rows } = table();
            const csv = tableToCsv(
              columns.map((c) => c.header),
              rows,
            );
            downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${base}.csv`);
          })
        }
      >
        {t('report.answersCsv')}
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          run(async () => {
            const { sheetToXlsx, tableSheet } = await import('../../domain/plan/export-xlsx');
            const { columns, rows } = table();
            downloadBlob(await sheetToXlsx(tableSheet(columns, rows), 'Svar'), `${base}.xlsx`);
          })
        }
      >
        {t('report.answersXlsx')}
      </button>
    </div>
  );
}

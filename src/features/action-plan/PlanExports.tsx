import type { PlanItem } from '../../domain/plan/types';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { planToCsv } from '../../domain/plan/export-csv';
import { planToIcs, ICS_MIME } from '../../domain/plan/export-ics';
import { nowIso } from '../../domain/ids';
import { useT } from '../../i18n';
import { downloadBlob, safeFileName } from '../../ui/download';
import { useSaveFile } from '../../data/use-save-file';
import type { YearGoal } from '../../domain/plan/year-goals';

type Props = {
  items: readonly PlanItem[];
  questionnaire: Questionnaire;
  organisation: string;
  date: string;
  goals: readonly YearGoal[];
};

/** Save the plan as CSV (Swedish Excel), XLSX or a calendar of due dates; print it for the ledningsgrupp. */
export function PlanExports({ items, questionnaire, organisation, date, goals }: Props) {
  const t = useT();
  const base = `handlingsplan-${safeFileName(organisation)}-${date}`;
  const run = useSaveFile();
  const saveText = (text: string, type: string, extension: string) =>
    downloadBlob(new Blob([text], { type }), `${base}.${extension}`);
  return (
    <div className="actions no-print" role="group" aria-label={t('plan.export')}>
      <button type="button" className="button" onClick={() => window.print()}>
        {t('plan.print')}
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          run(() => saveText(planToCsv(items, questionnaire, { goals }), 'text/csv;charset=utf-8', 'csv'))
        }
      >
        {t('plan.csv')}
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          run(async () => {
            const { planToXlsx } = await import('../../domain/plan/export-xlsx');
            downloadBlob(await planToXlsx(items, questionnaire, { goals }), `${base}.xlsx`);
          })
        }
      >
        {t('plan.xlsx')}
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          run(() => saveText(planToIcs(items, organisation, nowIso(), { questionnaire }), ICS_MIME, 'ics'))
        }
      >
        {t('plan.ics')}
      </button>
    </div>
  );
}

import type { PlanItem } from '../../domain/plan/types';
import type { Assessment } from '../../domain/assessment/types';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { today } from '../../domain/ids';
import { useT } from '../../i18n';
import { useLanguage } from '../../i18n/language';
import { downloadBlob, safeFileName } from '../../ui/download';
import { useSaveFile } from '../../data/use-save-file';
import type { YearGoal } from '../../domain/plan/year-goals';
import type { Completeness } from '../../domain/assessment/answer-counts';

type Props = {
  items: readonly PlanItem[];
  questionnaire: Questionnaire;
  assessment: Assessment;
  goals: readonly YearGoal[];
  coverage: Completeness;
};

/** Saves the plan as .docx for the nämnd; the Word library loads only when the button is pressed. */
export function PlanWord({ items, questionnaire, assessment, goals, coverage }: Props) {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const run = useSaveFile();
  return (
    <div className="actions no-print">
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          run(async () => {
            const { planDocx } = await import('./plan-word-file');
            const day = today();
            const blob = await planDocx({
              assessment,
              questionnaire,
              items,
              goals,
              coverage,
              today: day,
              t,
              language,
            });
            downloadBlob(blob, `handlingsplan-${safeFileName(assessment.organisation)}-${day}.docx`);
          })
        }
      >
        {t('planWord.button')}
      </button>
      <a className="button button--secondary" href={`#/skattning/${assessment.id}/uppfoljning`}>
        {t('followUp.link')}
      </a>
    </div>
  );
}

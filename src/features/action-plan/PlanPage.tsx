import { useT } from '../../i18n';
import { Notice } from '../../ui/Notice';
import { useAssessmentData } from '../../data/use-assessment-data';
import { usePlanItems, useSetting } from '../../storage/hooks';
import { PLAN_VIEW_SETTING } from '../../storage/settings';
import { Plan } from './Plan';

export default function PlanPage({ id }: { id: string }) {
  const t = useT();
  const data = useAssessmentData(id);
  // Read here, beside the assessment and its answers, so that the reads overlap.
  const stored = usePlanItems(id);
  const chosenView = useSetting(PLAN_VIEW_SETTING);
  if (data.status === 'missing') return <Notice tone="error">{t('app.missingAssessment')}</Notice>;
  if (data.status === 'loading' || stored === undefined || chosenView === undefined)
    return <p>{t('app.loading')}</p>;
  return (
    <Plan
      questionnaire={data.questionnaire}
      assessment={data.assessment}
      answers={data.answers}
      stored={stored}
      chosenView={chosenView}
    />
  );
}

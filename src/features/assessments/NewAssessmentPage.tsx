import { useT } from '../../i18n';
import { Page } from '../../ui/Page';
import { today } from '../../domain/ids';
import { createAssessment } from '../../storage/assessments';
import { loadQuestionnaire } from '../../content';
import { AssessmentForm } from './AssessmentForm';
import { SecrecyNotes } from './SecrecyNotes';

export default function NewAssessmentPage() {
  const t = useT();
  return (
    <Page title={t('assessment.new.title')}>
      <SecrecyNotes />
      <AssessmentForm
        defaults={{ organisation: '', scope: t('assessment.defaultScope'), participants: '', date: today() }}
        submitLabel={t('assessment.create')}
        onSubmit={async (values) => {
          const q = await loadQuestionnaire();
          const id = await createAssessment({
            ...values,
            questionnaireId: q.id,
            questionnaireVersion: q.version,
          });
          window.location.hash = `#/skattning/${id}`;
        }}
      />
    </Page>
  );
}

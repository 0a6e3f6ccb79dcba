import { useState } from 'react';
import { useT } from '../../i18n';
import { Page } from '../../ui/Page';
import { Notice } from '../../ui/Notice';
import { updateAssessment } from '../../storage/assessments';
import { useAssessment } from '../../storage/hooks';
import { AssessmentForm } from './AssessmentForm';

export default function DetailsPage({ id }: { id: string }) {
  const t = useT();
  const assessment = useAssessment(id);
  const [saved, setSaved] = useState(false);
  if (assessment === undefined) return <p>{t('app.loading')}</p>;
  if (assessment === null) return <Notice tone="error">{t('app.missingAssessment')}</Notice>;
  return (
    <Page title={t('assessment.edit.title')}>
      <p>
        <a href={`#/skattning/${id}`}>{t('walk.toOverview')}</a>
      </p>
      <div role="status">{saved && <Notice tone="ok">{t('assessment.saved')}</Notice>}</div>
      <AssessmentForm
        defaults={{
          organisation: assessment.organisation,
          scope: assessment.scope,
          participants: assessment.participants,
          date: assessment.date,
        }}
        submitLabel={t('assessment.save')}
        onSubmit={async (values) => {
          await updateAssessment(id, values);
          setSaved(true);
        }}
      />
    </Page>
  );
}

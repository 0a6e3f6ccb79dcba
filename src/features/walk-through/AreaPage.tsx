import { useEffect } from 'react';
import { useT, useLocalize } from '../../i18n';
import { Page } from '../../ui/Page';
import { Notice } from '../../ui/Notice';
import { ProgressBar } from '../../ui/ProgressBar';
import { areaProgress } from '../../domain/assessment/progress';
import { updateAssessment } from '../../storage/assessments';
import { useAssessmentData } from '../../data/use-assessment-data';
import { QuestionCard } from './QuestionCard';
import { AreaJump } from './AreaJump';
import { persist } from '../../data/save-failure';

export default function AreaPage({ id, areaId }: { id: string; areaId: string }) {
  const t = useT();
  const loc = useLocalize();
  const data = useAssessmentData(id);
  const ready = data.status === 'ready';
  const lastAreaId = ready ? data.assessment.lastAreaId : null;

  // Remember where the user is, so that "Fortsätt" resumes here.
  useEffect(() => {
    if (ready && lastAreaId !== areaId) void persist(updateAssessment(id, { lastAreaId: areaId }));
  }, [ready, lastAreaId, areaId, id]);

  if (data.status === 'loading') return <p>{t('app.loading')}</p>;
  if (data.status === 'missing') return <Notice tone="error">{t('app.missingAssessment')}</Notice>;
  const { questionnaire, answers, assessment } = data;
  const index = questionnaire.areas.findIndex((a) => a.id === areaId);
  const area = questionnaire.areas[index];
  if (!area) return <Notice tone="error">{t('app.notFound.body')}</Notice>;
  const previous = questionnaire.areas[index - 1];
  const next = questionnaire.areas[index + 1];
  const progress = areaProgress(area, answers);
  const title = loc(area.title);

  return (
    <Page key={area.id} title={`${title} – ${assessment.organisation}`} heading={title}>
      <p className="muted">
        {assessment.organisation} · {t('walk.areaOf', { n: index + 1, total: questionnaire.areas.length })} ·{' '}
        <a href={`#/skattning/${id}`}>{t('walk.toOverview')}</a>
      </p>
      <p>{loc(area.description)}</p>
      <ProgressBar
        value={progress.answered}
        max={progress.total}
        label={t('overview.areaProgress', { area: title })}
      />
      {progress.answered === progress.total && <p className="tag tag--ok">{t('walk.done')}</p>}
      {area.questions.map((q, i) => (
        <QuestionCard
          key={q.id}
          assessmentId={id}
          question={q}
          questionnaire={questionnaire}
          answer={answers.get(q.id)}
          index={i}
          total={area.questions.length}
        />
      ))}
      <nav className="area-nav" aria-label={t('overview.areas')}>
        {previous ? (
          <a className="button button--secondary" href={`#/skattning/${id}/omrade/${previous.id}`}>
            ← {t('walk.previous')}: {loc(previous.title)}
          </a>
        ) : (
          <a className="button button--secondary" href={`#/skattning/${id}`}>
            ← {t('walk.toOverview')}
          </a>
        )}
        {next ? (
          <a className="button" href={`#/skattning/${id}/omrade/${next.id}`}>
            {t('walk.next')}: {loc(next.title)} →
          </a>
        ) : (
          <a className="button" href={`#/skattning/${id}/rapport`}>
            {t('overview.report')} →
          </a>
        )}
      </nav>
      <AreaJump assessmentId={id} areas={questionnaire.areas} current={area.id} />
    </Page>
  );
}

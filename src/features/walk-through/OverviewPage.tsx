import { useT, useLocalize } from '../../i18n';
import { Page } from '../../ui/Page';
import { Notice } from '../../ui/Notice';
import { ProgressBar } from '../../ui/ProgressBar';
import { areaProgress, firstOpenArea, overallProgress } from '../../domain/assessment/progress';
import { useAssessmentData } from '../../data/use-assessment-data';
import { TargetsSection } from './TargetsSection';
import { ReviewList } from './ReviewList';
import { BackupStatus } from './BackupStatus';

export default function OverviewPage({ id }: { id: string }) {
  const t = useT();
  const loc = useLocalize();
  const data = useAssessmentData(id);
  if (data.status === 'loading') return <p>{t('app.loading')}</p>;
  if (data.status === 'missing') return <Notice tone="error">{t('app.missingAssessment')}</Notice>;
  const { assessment, questionnaire, answers, answerList } = data;
  const progress = overallProgress(questionnaire, answers);
  const resumeArea =
    questionnaire.areas.find((a) => a.id === assessment.lastAreaId) ??
    firstOpenArea(questionnaire, answers) ??
    questionnaire.areas[0]!;
  const carried = answerList.filter((a) => a.carriedOver).length;
  const base = `#/skattning/${id}`;

  return (
    <Page title={assessment.organisation}>
      <p className="muted">{t('overview.meta', { scope: assessment.scope, date: assessment.date })}</p>
      {assessment.basedOn && <p>{t('overview.basedOn', { date: assessment.basedOn.date })}</p>}
      {carried > 0 && <Notice tone="warn">{t('overview.carriedOver', { count: carried })}</Notice>}
      <ProgressBar value={progress.answered} max={progress.total} label={t('overview.progress')} />
      <BackupStatus assessmentId={id} />
      <div className="actions">
        <a className="button" href={`${base}/omrade/${resumeArea.id}`}>
          {progress.answered === 0 ? t('overview.start') : t('overview.resume')}: {loc(resumeArea.title)}
        </a>
        <a className="button button--secondary" href={`${base}/rapport`}>
          {t('overview.report')}
        </a>
        <a className="button button--secondary" href={`${base}/plan`}>
          {t('overview.plan')}
        </a>
        <a className="button button--secondary" href={`${base}/dela`}>
          {t('overview.share')}
        </a>
        <a className="button button--secondary" href={`${base}/uppgifter`}>
          {t('overview.details')}
        </a>
        <a className="button button--secondary" href={`${base}/fragor`}>
          {t('overview.sheet')}
        </a>
        <a className="button button--secondary" href={`${base}/lagkrav`}>
          {t('legal.link')}
        </a>
        <a className="button button--secondary" href={`${base}/tillampning`}>
          {t('legal.soaLink')}
        </a>
      </div>
      <h2>{t('overview.areas')}</h2>
      <ol className="card-list area-grid">
        {questionnaire.areas.map((area) => {
          const p = areaProgress(area, answers);
          const title = loc(area.title);
          return (
            <li key={area.id}>
              <a href={`${base}/omrade/${area.id}`}>{title}</a>
              <ProgressBar
                value={p.answered}
                max={p.total}
                label={t('overview.areaProgress', { area: title })}
              />
            </li>
          );
        })}
      </ol>
      <TargetsSection assessment={assessment} questionnaire={questionnaire} />
      <ReviewList assessmentId={id} questionnaire={questionnaire} answers={answers} />
    </Page>
  );
}

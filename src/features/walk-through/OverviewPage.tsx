import { useState } from 'react';
import { useT, useLocalize } from '../../i18n';
import { useLanguage } from '../../i18n/language';
import { formatLevel } from '../../i18n/format';
import { Page } from '../../ui/Page';
import { Notice } from '../../ui/Notice';
import { ProgressBar } from '../../ui/ProgressBar';
import { areaProgress, nextUnanswered, overallProgress } from '../../domain/assessment/progress';
import { scoreArea } from '../../domain/scoring/scores';
import { defaultTarget, targetsDecided } from '../../domain/scoring/targets';
import { acceptTargets } from '../../storage/assessments';
import { persist } from '../../data/save-failure';
import { countAllAnswers } from '../../domain/assessment/answer-counts';
import { useAssessmentData } from '../../data/use-assessment-data';
import { TargetsSection, defaultReasonKey } from './TargetsSection';
import { ReviewList } from './ReviewList';
import { BackupStatus } from './BackupStatus';

export default function OverviewPage({ id }: { id: string }) {
  const t = useT();
  const loc = useLocalize();
  const language = useLanguage((s) => s.language);
  const data = useAssessmentData(id);
  // Decided once per visit, so the table does not jump away while the user is changing a target.
  const [targetsFirst, setTargetsFirst] = useState<boolean | null>(null);
  if (data.status === 'ready' && targetsFirst === null)
    setTargetsFirst(
      overallProgress(data.questionnaire, data.answers).answered === 0 && !targetsDecided(data.assessment),
    );
  if (data.status === 'loading') return <p>{t('app.loading')}</p>;
  if (data.status === 'missing') return <Notice tone="error">{t('app.missingAssessment')}</Notice>;
  const { assessment, questionnaire, answers, answerList } = data;
  const progress = overallProgress(questionnaire, answers);
  const counts = countAllAnswers(questionnaire, answers);
  const carried = answerList.filter((a) => a.carriedOver).length;
  const base = `#/skattning/${encodeURIComponent(id)}`;
  // The main action goes to the first unanswered question; when all is answered, to the report.
  const resume = nextUnanswered(questionnaire, answers);
  const resumeArea = resume && questionnaire.areas.find((a) => a.id === resume.areaId);
  const resumeNumber = resumeArea ? resumeArea.questions.findIndex((q) => q.id === resume.questionId) + 1 : 0;
  const resumeHref = resume
    ? `${base}/omrade/${encodeURIComponent(resume.areaId)}/${encodeURIComponent(resume.questionId)}`
    : `${base}/rapport`;
  // A new assessment proposes its targets first; accepting stores them with the reasons shown.
  const accept = async () => {
    const proposed = Object.fromEntries(
      questionnaire.areas.map((area) => [
        area.id,
        { level: defaultTarget(area), reason: t(defaultReasonKey(area)) },
      ]),
    );
    if (await persist(acceptTargets(id, proposed))) window.location.hash = resumeHref;
  };

  return (
    <Page title={assessment.organisation}>
      <p className="muted">{t('overview.meta', { scope: assessment.scope, date: assessment.date })}</p>
      {assessment.basedOn && <p>{t('overview.basedOn', { date: assessment.basedOn.date })}</p>}
      {carried > 0 && <Notice tone="warn">{t('overview.carriedOver', { count: carried })}</Notice>}
      {targetsFirst && (
        <TargetsSection assessment={assessment} questionnaire={questionnaire} first>
          <div className="actions">
            <button type="button" className="button" onClick={() => void accept()}>
              {t('overview.targetsConfirm')}
            </button>
          </div>
          <p className="muted">{t('overview.targetsLater')}</p>
        </TargetsSection>
      )}
      <ProgressBar value={progress.answered} max={progress.total} label={t('overview.progress')} />
      <BackupStatus assessmentId={id} />
      <p className="muted">
        {t('counts.answered', { answered: counts.answered, total: counts.total })} (
        {t('counts.beside', { unknown: counts.unknown, na: counts.notApplicable })})
        {counts.reasonMissing > 0 && <> {t('counts.reasonMissing', { count: counts.reasonMissing })}</>}
      </p>
      <div className="actions">
        <a className={targetsFirst ? 'button button--secondary' : 'button'} href={resumeHref}>
          {!resumeArea
            ? t('overview.allDone')
            : progress.answered === 0
              ? `${t('overview.start')}: ${loc(resumeArea.title)}`
              : t('overview.resumeAt', { area: loc(resumeArea.title), n: resumeNumber })}
        </a>
        <a className="button button--secondary" href={`${base}/rapport`}>
          {t('overview.report')}
        </a>
        <a className="button button--secondary" href={`${base}/plan`}>
          {t('overview.plan')}
        </a>
        <a className="button button--secondary" href={`${base}/uppfoljning`}>
          {t('followUp.link')}
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
        <a className="button button--secondary" href={`${base}/visning`}>
          {t('walk.present')}
        </a>
      </div>
      <h2>{t('overview.areas')}</h2>
      <ol className="card-list area-grid">
        {questionnaire.areas.map((area) => {
          const p = areaProgress(area, answers);
          const score = scoreArea(area, answers, assessment);
          const title = loc(area.title);
          return (
            <li key={area.id}>
              <a href={`${base}/omrade/${area.id}`}>{title}</a>
              <p className="area-card__levels">
                {t('overview.areaLevel', {
                  level: formatLevel(score.average, language),
                  target: score.target,
                })}
              </p>
              <ProgressBar
                value={p.answered}
                max={p.total}
                label={t('overview.areaProgress', { area: title })}
              />
            </li>
          );
        })}
      </ol>
      {!targetsFirst && <TargetsSection assessment={assessment} questionnaire={questionnaire} />}
      <ReviewList assessmentId={id} questionnaire={questionnaire} answers={answers} />
    </Page>
  );
}

import { useId } from 'react';
import { useLocalize, useT } from '../../i18n';
import { useLanguage } from '../../i18n/language';
import { Page } from '../../ui/Page';
import { Notice } from '../../ui/Notice';
import { setSetting } from '../../storage/settings';
import { persist } from '../../data/save-failure';
import { isIsoDate } from '../../domain/plan/dates';
import { useReview, sinceKey } from './use-review';
import { reviewTexts } from './review-text';
import { AreaProgressTable, ChangeList, OverdueOwners, OverdueTable, QuarterTable } from './ReviewParts';

/** The follow-up over the year (MSB's fourth step): the plan quarter by quarter, overdue items, progress per area. */
export default function FollowUpPage({ id }: { id: string }) {
  const t = useT();
  const loc = useLocalize();
  const language = useLanguage((s) => s.language);
  const sinceId = useId();
  const { data, items, review } = useReview(id);
  if (data.status === 'missing') return <Notice tone="error">{t('app.missingAssessment')}</Notice>;
  if (data.status === 'loading' || items === undefined) return <p>{t('app.loading')}</p>;
  const { assessment, questionnaire } = data;
  const base = `#/skattning/${assessment.id}`;
  const words = reviewTexts(questionnaire, assessment, { t, loc: (x) => loc(x), language });
  return (
    <Page title={`${t('followUp.title')} – ${assessment.organisation}`}>
      <div className="follow-up">
        <p>{t('followUp.intro')}</p>
        <div className="actions">
          <a className="button" href={`${base}/genomgang`}>
            {t('followUp.reviewLink')}
          </a>
          <a className="button button--secondary" href={`${base}/plan`}>
            {t('overview.plan')}
          </a>
          <a className="button button--link" href={base}>
            {t('walk.toOverview')}
          </a>
        </div>
        {items.length === 0 || !review ? (
          items.length === 0 ? (
            <Notice tone="info">
              {t('followUp.noPlan')} <a href={`${base}/plan`}>{t('overview.plan')}</a>
            </Notice>
          ) : (
            <p>{t('app.loading')}</p>
          )
        ) : (
          <>
            <div className="field follow-up-since">
              <label htmlFor={sinceId}>{t('followUp.since')}</label>
              <input
                id={sinceId}
                type="date"
                aria-describedby={`${sinceId}-hint`}
                value={review.since}
                onChange={(e) => {
                  if (isIsoDate(e.target.value))
                    void persist(setSetting(sinceKey(assessment.id), e.target.value));
                }}
              />
              <p className="hint" id={`${sinceId}-hint`}>
                {t('followUp.sinceHint')}
              </p>
            </div>
            <section className="report-section" aria-labelledby="fu-status">
              <h2 id="fu-status">{t('followUp.statusTitle')}</h2>
              <p>{words.statusLine(review)}</p>
              {review.counts.doneWithoutDate > 0 && (
                <p className="muted">
                  {t('followUp.doneWithoutDate', { count: review.counts.doneWithoutDate })}
                </p>
              )}
            </section>
            <section className="report-section" aria-labelledby="fu-quarters">
              <h2 id="fu-quarters">{t('followUp.quartersTitle')}</h2>
              <QuarterTable review={review} words={words} />
            </section>
            <section className="report-section" aria-labelledby="fu-overdue">
              <h2 id="fu-overdue">
                {t('followUp.overdueTitle')} ({review.overdue.length})
              </h2>
              <OverdueOwners review={review} words={words} note={false} />
              {review.overdue.length > 0 && (
                <details className="follow-up-details">
                  <summary>{t('followUp.overdueAll', { count: review.overdue.length })}</summary>
                  <OverdueTable review={review} words={words} />
                </details>
              )}
            </section>
            <section className="report-section" aria-labelledby="fu-areas">
              <h2 id="fu-areas">{t('followUp.areasTitle')}</h2>
              <p>
                {review.hasNewer
                  ? t('followUp.areasNewer', { date: review.latestDate })
                  : t('followUp.areasNoNewer', { date: assessment.date })}
              </p>
              <AreaProgressTable review={review} words={words} startDate={assessment.date} />
            </section>
            <section className="report-section" aria-labelledby="fu-changes">
              <h2 id="fu-changes">{t('followUp.changesTitle')}</h2>
              <ChangeList review={review} words={words} />
            </section>
          </>
        )}
      </div>
    </Page>
  );
}

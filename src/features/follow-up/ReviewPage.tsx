import { useLocalize, useT } from '../../i18n';
import { useLanguage } from '../../i18n/language';
import { Page } from '../../ui/Page';
import { Notice } from '../../ui/Notice';
import { PrintFrame } from '../../ui/PrintFrame';
import { useSaveFile } from '../../data/use-save-file';
import { downloadBlob, safeFileName } from '../../ui/download';
import { useReview } from './use-review';
import { reviewTexts, type ReviewWords } from './review-text';
import { checklistLine, legalCounts } from './review-legal';
import { AreaProgressTable, ChangeList, OverdueOwners, QuarterTable } from './ReviewParts';

/** Ledningens genomgång: the document for the yearly (or quarterly) review, on A4 and as Word. */
export default function ReviewPage({ id }: { id: string }) {
  const t = useT();
  const loc = useLocalize();
  const language = useLanguage((s) => s.language);
  const run = useSaveFile();
  const { data, items, review, checklist } = useReview(id);
  if (data.status === 'missing') return <Notice tone="error">{t('app.missingAssessment')}</Notice>;
  if (data.status === 'loading' || items === undefined || !review) return <p>{t('app.loading')}</p>;
  const { assessment, questionnaire } = data;
  const base = `#/skattning/${assessment.id}`;
  const words: ReviewWords = { t, loc: (x) => loc(x), language };
  const texts = reviewTexts(questionnaire, assessment, words);
  const title = t('review.title');
  return (
    <PrintFrame
      marking={t('secrecy.marking')}
      header={
        <>
          <span>
            {assessment.organisation} · {assessment.scope}
          </span>
          <span>
            {title} · {review.today}
          </span>
        </>
      }
    >
      <Page title={`${title} – ${assessment.organisation}`}>
        <div className="review">
          <p className="muted">{t('review.period', { since: review.since, today: review.today })}</p>
          <div className="actions no-print">
            <button type="button" className="button" onClick={() => window.print()}>
              {t('report.print')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                run(async () => {
                  const { reviewDocx } = await import('./review-word-file');
                  const blob = await reviewDocx({ assessment, review, words, texts, checklist });
                  downloadBlob(
                    blob,
                    `ledningens-genomgang-${safeFileName(assessment.organisation)}-${review.today}.docx`,
                  );
                })
              }
            >
              {t('review.word')}
            </button>
            <a className="button button--secondary" href={`${base}/uppfoljning`}>
              {t('followUp.title')}
            </a>
            <a className="button button--link" href={base}>
              {t('walk.toOverview')}
            </a>
          </div>
          {items.length === 0 && <Notice tone="info">{t('followUp.noPlan')}</Notice>}
          <section aria-labelledby="rv-decisions" className="review-decisions">
            <h2 id="rv-decisions">{t('review.decisionsTitle')}</h2>
            <ol>
              {review.decisions.map((d) => (
                <li key={d.kind}>{texts.decision(d)}</li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="rv-progress">
            <h2 id="rv-progress">{t('review.progressTitle')}</h2>
            <p>{texts.statusLine(review)}</p>
            <QuarterTable review={review} words={texts} />
          </section>
          <section aria-labelledby="rv-overdue">
            <h2 id="rv-overdue">
              {t('followUp.overdueTitle')} ({review.overdue.length})
            </h2>
            <OverdueOwners review={review} words={texts} />
          </section>
          <section aria-labelledby="rv-changes">
            <h2 id="rv-changes">{t('followUp.changesTitle')}</h2>
            <ChangeList review={review} words={texts} limit={12} />
          </section>
          <section aria-labelledby="rv-legal">
            <h2 id="rv-legal">{t('review.legalTitle')}</h2>
            <p>
              {legalCounts(review, t)} {t('review.legalFrom', { date: review.latestDate })}
            </p>
            {checklist && <p>{checklistLine(checklist, t)}</p>}
          </section>
          <section aria-labelledby="rv-areas">
            <h2 id="rv-areas">{t('followUp.areasTitle')}</h2>
            <AreaProgressTable review={review} words={texts} startDate={assessment.date} />
          </section>
        </div>
      </Page>
    </PrintFrame>
  );
}

import type { Assessment } from '../../domain/assessment/types';
import type { Completeness } from '../../domain/assessment/answer-counts';
import { IncompletePrintLine } from '../../data/IncompleteNotice';
import { useT } from '../../i18n';

/** The links above a report on screen; on paper only the print frame's header shows. */
export function ReportLinks({
  assessment,
  current,
}: {
  assessment: Assessment;
  current: 'report' | 'summary';
}) {
  const t = useT();
  const base = `#/skattning/${assessment.id}`;
  return (
    <div className="actions no-print">
      <button type="button" className="button" onClick={() => window.print()}>
        {t('report.print')}
      </button>
      {current === 'report' ? (
        <a className="button button--secondary" href={`${base}/sammanfattning`}>
          {t('report.summaryLink')}
        </a>
      ) : (
        <a className="button button--secondary" href={`${base}/rapport`}>
          {t('report.title')}
        </a>
      )}
      <a className="button button--secondary" href={`${base}/plan`}>
        {t('overview.plan')}
      </a>
      {current === 'report' && (
        <a className="button button--secondary" href={`${base}/resultat`}>
          {t('regionSend.link')}
        </a>
      )}
      {current === 'report' && (
        <a className="button button--secondary" href={`${base}/regionbild`}>
          {t('regionSend.picture.link')}
        </a>
      )}
      <a className="button button--secondary" href="#/sa-raknar-vi">
        {t('report.method')}
      </a>
      <a className="button button--link" href={base}>
        {t('walk.toOverview')}
      </a>
    </div>
  );
}

export function PrintHeaderText({
  assessment,
  document,
  coverage,
}: {
  assessment: Assessment;
  document: string;
  coverage?: Completeness;
}) {
  return (
    <>
      <IncompletePrintLine coverage={coverage} />
      <span>
        {assessment.organisation} · {assessment.scope}
      </span>
      <span>
        {document} · {assessment.date}
      </span>
    </>
  );
}

import { useT } from '../../i18n';
import { Page } from '../../ui/Page';
import { Notice } from '../../ui/Notice';
import { PrintFrame } from '../../ui/PrintFrame';
import { useAssessmentData } from '../../data/use-assessment-data';
import { useReport } from './use-report';
import { Figures } from './Figures';
import { AreaChart } from './AreaChart';
import { AreaTable } from './AreaTable';
import { GapTable } from './GapTable';
import { OpenPoints } from './OpenPoints';
import { Comparison } from './Comparison';
import { PrintHeaderText, ReportLinks } from './ReportHeader';
import { AnswerExports } from './AnswerExports';
import { LegalSummary } from './LegalSummary';
import { LegalCounts } from './Honest';
import { IncompleteNotice } from '../../data/IncompleteNotice';
import type { Answer, Assessment } from '../../domain/assessment/types';
import type { Questionnaire } from '../../domain/questionnaire/schema';

type Data = { questionnaire: Questionnaire; assessment: Assessment; answers: ReadonlyMap<string, Answer> };

function Report({ questionnaire, assessment, answers }: Data) {
  const t = useT();
  const report = useReport(questionnaire, assessment, answers);
  return (
    <PrintFrame
      marking={t('secrecy.marking')}
      header={
        <PrintHeaderText assessment={assessment} document={t('report.title')} coverage={report.coverage} />
      }
    >
      <Page title={`${t('report.title')} – ${assessment.organisation}`}>
        <p className="muted">{t('overview.meta', { scope: assessment.scope, date: assessment.date })}</p>
        <IncompleteNotice coverage={report.coverage} />
        <ReportLinks assessment={assessment} current="report" />
        <AnswerExports questionnaire={questionnaire} assessment={assessment} answers={answers} />
        <section aria-labelledby="figures-title">
          <h2 id="figures-title">{t('report.figures')}</h2>
          <Figures report={report} />
          <AreaChart report={report} />
          <AreaTable report={report} />
        </section>
        <section className="report-section" aria-labelledby="gaps-title">
          <h2 id="gaps-title">{t('report.gaps')}</h2>
          {report.gaps.length === 0 ? (
            <p>{t('report.gapsNone')}</p>
          ) : (
            <GapTable rows={report.gaps} caption={t('report.gaps')} />
          )}
        </section>
        <section className="report-section" aria-labelledby="legal-title">
          <div className="section-head">
            <h2 id="legal-title">{t('report.legal')}</h2>
            <p>{t('report.legalIntro')}</p>
          </div>
          <LegalCounts legal={report.legal} />
          {report.legal.notInPlace.length === 0 ? (
            report.legal.notAssessed.length === 0 && <p>{t('report.legalNone')}</p>
          ) : (
            <GapTable rows={report.legal.notInPlace} caption={t('report.legal')} showGap={false} />
          )}
        </section>
        <LegalSummary questionnaire={questionnaire} assessment={assessment} answers={answers} />
        {report.legal.notAssessed.length > 0 && (
          <section className="report-section" aria-labelledby="legal-unknown-title">
            <div className="section-head">
              <h2 id="legal-unknown-title">{t('legal.notAssessedTitle')}</h2>
              <p>{t('legal.notAssessedIntro')}</p>
            </div>
            <GapTable rows={report.legal.notAssessed} caption={t('legal.notAssessedTitle')} showGap={false} />
          </section>
        )}
        <section className="report-section" aria-labelledby="open-title">
          <h2 id="open-title">{t('report.open')}</h2>
          <OpenPoints points={report.open} />
        </section>
        <Comparison report={report} date={assessment.basedOn?.date ?? ''} />
      </Page>
    </PrintFrame>
  );
}

export default function ReportPage({ id }: { id: string }) {
  const t = useT();
  const data = useAssessmentData(id);
  if (data.status === 'loading') return <p>{t('app.loading')}</p>;
  if (data.status === 'missing') return <Notice tone="error">{t('app.missingAssessment')}</Notice>;
  return <Report questionnaire={data.questionnaire} assessment={data.assessment} answers={data.answers} />;
}

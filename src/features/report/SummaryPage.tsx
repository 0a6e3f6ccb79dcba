import { useMemo } from 'react';
import { useLocalize, useT } from '../../i18n';
import { useFormatLevel } from '../../i18n/use-format';
import { Page } from '../../ui/Page';
import { Notice } from '../../ui/Notice';
import { PrintFrame } from '../../ui/PrintFrame';
import { useAssessmentData } from '../../data/use-assessment-data';
import { usePlanItems } from '../../storage/hooks';
import { generatePlan } from '../../domain/plan/generate';
import { firstSteps } from '../../domain/plan/first-steps';
import { actionTemplates, shownTexts } from '../../domain/plan/texts';
import type { PlanItem } from '../../domain/plan/types';
import { useLanguage } from '../../i18n/language';
import { nowIso } from '../../domain/ids';
import type { Answer, Assessment } from '../../domain/assessment/types';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { useReport } from './use-report';
import { AreaChart } from './AreaChart';
import { AreaTable } from './AreaTable';
import { GapTable } from './GapTable';
import { LegalByArea } from './LegalByArea';
import { PrintHeaderText, ReportLinks } from './ReportHeader';
import { LegalSummary } from './LegalSummary';

type Data = { questionnaire: Questionnaire; assessment: Assessment; answers: ReadonlyMap<string, Answer> };

/** The first five open actions of the plan; before the plan is opened, the five it would start with. */
function FirstSteps({ questionnaire, assessment, answers }: Data) {
  const t = useT();
  const loc = useLocalize();
  const language = useLanguage((s) => s.language);
  const items = usePlanItems(assessment.id);
  const first = firstSteps(items, () => generatePlan(questionnaire, answers, assessment, nowIso()));
  const templates = useMemo(() => actionTemplates(questionnaire), [questionnaire]);
  const title = (i: PlanItem) =>
    shownTexts(i, i.templateId ? templates.get(i.templateId) : undefined, language).title;
  const role = (id: string) => {
    const r = questionnaire.roles.find((x) => x.id === id);
    return r ? loc(r.name) : id;
  };
  if (first.length === 0) return <p>{t('summary.firstStepsNone')}</p>;
  return (
    <ol>
      {first.map((i) => (
        <li key={i.id}>
          <strong>{title(i)}</strong> – {role(i.ownerRole)}
          {i.due ? `, ${i.due}` : ''}
        </li>
      ))}
    </ol>
  );
}

function Summary({ questionnaire, assessment, answers }: Data) {
  const t = useT();
  const fmt = useFormatLevel();
  const report = useReport(questionnaire, assessment, answers);
  const { overall, areas } = report.score;
  return (
    <PrintFrame header={<PrintHeaderText assessment={assessment} document={t('summary.heading')} />}>
      <Page title={`${t('summary.heading')} – ${assessment.organisation}`}>
        <div className="summary">
          <p className="muted">
            {assessment.organisation} · {t('summary.scope', { scope: assessment.scope })} · {assessment.date}
          </p>
          {assessment.participants && (
            <p className="muted">{t('summary.participants', { names: assessment.participants })}</p>
          )}
          <ReportLinks assessment={assessment} current="summary" />
          <section aria-labelledby="picture-title">
            <h2 id="picture-title">{t('summary.picture')}</h2>
            <p>
              {t('summary.pictureText', {
                organisation: assessment.organisation,
                answered: report.progress.answered,
                total: report.progress.total,
                average: fmt(overall.average),
                below: overall.areasBelowTarget,
                areas: areas.length,
              })}{' '}
              {report.legal.length > 0
                ? t('summary.pictureLaw', { count: report.legal.length })
                : t('summary.pictureLawNone')}
            </p>
            <AreaChart report={report} />
            <details>
              <summary>{t('report.tableCaption')}</summary>
              <div>
                <AreaTable report={report} />
              </div>
            </details>
          </section>
          <section className="report-section" aria-labelledby="top-title">
            <h2 id="top-title">{t('summary.topGaps')}</h2>
            {report.gaps.length === 0 ? (
              <p>{t('report.gapsNone')}</p>
            ) : (
              <GapTable rows={report.gaps.slice(0, 5)} caption={t('summary.topGaps')} />
            )}
          </section>
          <section className="report-section" aria-labelledby="law-title">
            <h2 id="law-title">{t('report.legal')}</h2>
            {report.legal.length === 0 ? (
              <p>{t('report.legalNone')}</p>
            ) : (
              <>
                <LegalByArea rows={report.legal} />
                <p className="muted">{t('summary.legalMore')}</p>
              </>
            )}
          </section>
          <LegalSummary questionnaire={questionnaire} assessment={assessment} answers={answers} />
          <section className="report-section" aria-labelledby="steps-title">
            <h2 id="steps-title">{t('summary.firstSteps')}</h2>
            <FirstSteps questionnaire={questionnaire} assessment={assessment} answers={answers} />
          </section>
        </div>
      </Page>
    </PrintFrame>
  );
}

export default function SummaryPage({ id }: { id: string }) {
  const t = useT();
  const data = useAssessmentData(id);
  if (data.status === 'loading') return <p>{t('app.loading')}</p>;
  if (data.status === 'missing') return <Notice tone="error">{t('app.missingAssessment')}</Notice>;
  return <Summary questionnaire={data.questionnaire} assessment={data.assessment} answers={data.answers} />;
}

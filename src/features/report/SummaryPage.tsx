import { useMemo } from 'react';
import { useLocalize, useT } from '../../i18n';
import { useLanguage } from '../../i18n/language';
import { formatLevel } from '../../i18n/format';
import { Page } from '../../ui/Page';
import { Notice } from '../../ui/Notice';
import { PrintFrame } from '../../ui/PrintFrame';
import { useAssessmentData } from '../../data/use-assessment-data';
import { usePlanItems } from '../../storage/hooks';
import { generatePlan } from '../../domain/plan/generate';
import { roleNames } from '../../domain/plan/settings';
import { actionTemplates, shownTexts } from '../../domain/plan/texts';
import type { PlanItem } from '../../domain/plan/types';
import { decisionBrief, type DecisionBrief } from '../../domain/brief/brief';
import { STATUS_SYMBOL } from '../../domain/brief/area-status';
import { nowIso, today } from '../../domain/ids';
import type { Answer, Assessment } from '../../domain/assessment/types';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { useReport } from './use-report';
import { AreaChart } from './AreaChart';
import { AreaTable } from './AreaTable';
import { PrintHeaderText, ReportLinks } from './ReportHeader';
import { LegalSummary } from './LegalSummary';
import { LegalCounts } from './Honest';
import { IncompleteNotice } from '../../data/IncompleteNotice';
import { decisionText, riskFacts, verdictSentences, type Words } from './brief-text';
import { SummaryWord } from './SummaryWord';
import { SecrecyNotice } from '../../ui/SecrecyNotice';

type Data = { questionnaire: Questionnaire; assessment: Assessment; answers: ReadonlyMap<string, Answer> };

/** The plan as stored; before the plan is first opened, the plan it would start with. */
function usePlanOrPreview({ questionnaire, assessment, answers }: Data): PlanItem[] | undefined {
  const items = usePlanItems(assessment.id);
  return useMemo(() => {
    if (items === undefined) return undefined;
    return items.length > 0 ? items : generatePlan(questionnaire, answers, assessment, nowIso());
  }, [items, questionnaire, answers, assessment]);
}

function AreaStatusTable({ brief, words }: { brief: DecisionBrief; words: Words }) {
  const { t, loc, language } = words;
  return (
    <table className="brief-areas stack-table">
      <caption className="visually-hidden">{t('brief.areasTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report.col.area')}</th>
          <th scope="col">{t('brief.col.status')}</th>
          <th scope="col" className="num">
            {t('brief.col.level')}
          </th>
          <th scope="col" className="num">
            {t('brief.col.target')}
          </th>
        </tr>
      </thead>
      <tbody>
        {brief.areas.map(({ score, status, level }) => (
          <tr key={score.area.id}>
            <th scope="row">{loc(score.area.title)}</th>
            <td data-label={t('brief.col.status')}>
              <span className={`status status--${status}`}>
                <span aria-hidden="true" className="status__symbol">
                  {STATUS_SYMBOL[status]}
                </span>{' '}
                {t(`brief.status.${status}`)}
              </span>
            </td>
            <td className="num" data-label={t('brief.col.level')}>
              {formatLevel(level, language)}
            </td>
            <td className="num" data-label={t('brief.col.target')}>
              {score.target}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Brief({ data, items }: { data: Data; items: PlanItem[] }) {
  const { questionnaire, assessment, answers } = data;
  const t = useT();
  const loc = useLocalize();
  const language = useLanguage((s) => s.language);
  const words: Words = { t, loc, language };
  const report = useReport(questionnaire, assessment, answers);
  const day = today();
  const brief = useMemo(
    () => decisionBrief({ questionnaire, assessment, answers, items, today: day }),
    [questionnaire, assessment, answers, items, day],
  );
  const templates = useMemo(() => actionTemplates(questionnaire), [questionnaire]);
  const stepTitle = (i: PlanItem) =>
    shownTexts(i, i.templateId ? templates.get(i.templateId) : undefined, language).title;
  // The kommun's own roles and people own steps too (plan settings), named as the plan names them.
  const roles = roleNames(questionnaire.roles, assessment.planSettings, loc);
  const role = (id: string) => roles.get(id) ?? id;
  const stepText = (i: PlanItem) =>
    `${stepTitle(i)} – ${role(i.ownerRole)}${i.ownerName ? ` (${i.ownerName})` : ''}${i.due ? `, ${i.due}` : ''}`;
  const steps = brief.firstSteps.map(stepText);
  return (
    <PrintFrame
      marking={t('secrecy.marking')}
      header={
        <PrintHeaderText assessment={assessment} document={t('summary.heading')} coverage={brief.coverage} />
      }
    >
      <Page title={`${t('summary.heading')} – ${assessment.organisation}`}>
        <div className="summary brief">
          <p className="muted">
            {assessment.organisation} · {t('summary.scope', { scope: assessment.scope })} · {assessment.date}
            {assessment.participants && (
              <> · {t('summary.participants', { names: assessment.participants })}</>
            )}
          </p>
          <IncompleteNotice coverage={brief.coverage} />
          <ReportLinks assessment={assessment} current="summary" />
          <SummaryWord assessment={assessment} brief={brief} words={words} steps={steps} />
          <SecrecyNotice title={t('secrecy.title')} body={t('secrecy.body')} />
          <section aria-labelledby="verdict-title" className="brief-verdict">
            <h2 id="verdict-title">{t('brief.verdictTitle')}</h2>
            <p>{verdictSentences(brief.verdict, words).join(' ')}</p>
          </section>
          <section aria-labelledby="areas-title">
            <h2 id="areas-title">{t('brief.areasTitle')}</h2>
            <AreaStatusTable brief={brief} words={words} />
          </section>
          <section aria-labelledby="risks-title">
            <h2 id="risks-title">{t('brief.risksTitle')}</h2>
            {brief.risks.length === 0 ? (
              <p>{t('brief.risksNone')}</p>
            ) : (
              <ul className="brief-risks">
                {brief.risks.map((r) => (
                  <li key={r.area.id}>
                    <strong>{loc(r.area.title)}:</strong> {r.area.risk ? loc(r.area.risk) : ''}{' '}
                    <span className="muted">({riskFacts(r, words)})</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <div className="brief-columns">
            <section aria-labelledby="decide-title" className="brief-decisions">
              <h2 id="decide-title">{t('brief.decisionsTitle')}</h2>
              <ol>
                {brief.decisions.map((d) => (
                  <li key={d.kind}>{decisionText(d, words)}</li>
                ))}
              </ol>
            </section>
            <section aria-labelledby="steps-title">
              <h2 id="steps-title">{t('brief.stepsTitle')}</h2>
              {brief.firstSteps.length === 0 ? (
                <p>{t('summary.firstStepsNone')}</p>
              ) : (
                <ol className="brief-steps">
                  {brief.firstSteps.map((i, n) => (
                    <li key={i.id}>{steps[n]}</li>
                  ))}
                </ol>
              )}
            </section>
          </div>
          <section aria-labelledby="appendix-title" className="brief-appendix">
            <h2 id="appendix-title">{t('brief.appendix')}</h2>
            <LegalCounts legal={report.legal} />
            <AreaChart report={report} />
            <AreaTable report={report} />
          </section>
          <LegalSummary questionnaire={questionnaire} assessment={assessment} answers={answers} />
        </div>
      </Page>
    </PrintFrame>
  );
}

function Summary(data: Data) {
  const t = useT();
  const items = usePlanOrPreview(data);
  if (!items) return <p>{t('app.loading')}</p>;
  return <Brief data={data} items={items} />;
}

export default function SummaryPage({ id }: { id: string }) {
  const t = useT();
  const data = useAssessmentData(id);
  if (data.status === 'loading') return <p>{t('app.loading')}</p>;
  if (data.status === 'missing') return <Notice tone="error">{t('app.missingAssessment')}</Notice>;
  return <Summary questionnaire={data.questionnaire} assessment={data.assessment} answers={data.answers} />;
}

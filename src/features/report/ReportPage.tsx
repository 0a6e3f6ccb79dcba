import { useT, useLocalize } from '../../i18n';
import { Page } from '../../ui/Page';
import { Notice } from '../../ui/Notice';
import { scoreAssessment } from '../../domain/scoring/scores';
import { useAssessmentData } from '../../data/use-assessment-data';

export default function ReportPage({ id }: { id: string }) {
  const t = useT();
  const loc = useLocalize();
  const data = useAssessmentData(id);
  if (data.status === 'loading') return <p>{t('app.loading')}</p>;
  if (data.status === 'missing') return <Notice tone="error">{t('app.missingAssessment')}</Notice>;
  const { assessment, questionnaire, answers } = data;
  const score = scoreAssessment(questionnaire, answers, assessment);
  const fmt = (n: number | null) => (n === null ? t('summary.notAnswered') : n.toLocaleString('sv-SE'));

  return (
    <Page title={`${t('overview.report')} – ${assessment.organisation}`}>
      <p>
        <a href={`#/skattning/${id}`}>{t('walk.toOverview')}</a>
      </p>
      <table>
        <caption>{t('summary.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('summary.area')}</th>
            <th scope="col" className="num">
              {t('summary.level')}
            </th>
            <th scope="col" className="num">
              {t('summary.target')}
            </th>
            <th scope="col" className="num">
              {t('summary.answered')}
            </th>
          </tr>
        </thead>
        <tbody>
          {score.areas.map((a) => (
            <tr key={a.area.id}>
              <th scope="row">{loc(a.area.title)}</th>
              <td className="num">{fmt(a.average)}</td>
              <td className="num">{a.target}</td>
              <td className="num">
                {a.coverage.answered} / {a.coverage.applicable}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}

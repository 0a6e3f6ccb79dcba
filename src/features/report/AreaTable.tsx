import { useLocalize, useT } from '../../i18n';
import { useFormatLevel } from '../../i18n/use-format';
import type { Report } from './use-report';

/** The table alternative to the chart: every number the chart shows, and more. */
export function AreaTable({ report }: { report: Report }) {
  const t = useT();
  const loc = useLocalize();
  const fmt = useFormatLevel();
  return (
    <table className="stack-table">
      <caption>{t('report.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report.col.area')}</th>
          <th scope="col" className="num">
            {t('report.col.average')}
          </th>
          <th scope="col" className="num">
            {t('report.col.cumulative')}
          </th>
          <th scope="col" className="num">
            {t('report.col.target')}
          </th>
          <th scope="col" className="num">
            {t('report.col.gap')}
          </th>
          <th scope="col" className="num">
            {t('report.col.coverage')}
          </th>
        </tr>
      </thead>
      <tbody>
        {report.score.areas.map((a) => (
          <tr key={a.area.id}>
            <th scope="row">{loc(a.area.title)}</th>
            <td className="num" data-label={t('report.col.average')}>
              {fmt(a.average)}
            </td>
            <td className="num" data-label={t('report.col.cumulative')}>
              {fmt(a.cumulative)}
            </td>
            <td className="num" data-label={t('report.col.target')}>
              {a.target}
            </td>
            <td className="num" data-label={t('report.col.gap')}>
              {fmt(a.gap)}
            </td>
            <td className="num" data-label={t('report.col.coverage')}>
              {t('report.ofTotal', { value: a.coverage.answered, total: a.coverage.applicable })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

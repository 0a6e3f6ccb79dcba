import type { QuestionChange } from '../../domain/scoring/report';
import { useLocalize, useT } from '../../i18n';
import { useFormatLevel } from '../../i18n/use-format';
import type { Report } from './use-report';
import { TableFrame } from '../../ui/TableFrame';

function ChangeList({ title, changes }: { title: string; changes: readonly QuestionChange[] }) {
  const t = useT();
  const loc = useLocalize();
  return (
    <div className="keep">
      <h3>{title}</h3>
      {changes.length === 0 ? (
        <p>{t('report.noChanges')}</p>
      ) : (
        <ul>
          {changes.map((c) => (
            <li key={c.question.id}>
              {loc(c.question.text)} ({loc(c.area.title)}):{' '}
              {t('report.change', { before: c.before, now: c.now })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Comparison({ report, date }: { report: Report; date: string }) {
  const t = useT();
  const loc = useLocalize();
  const fmt = useFormatLevel();
  const c = report.comparison;
  if (!c) return null;
  return (
    <section className="report-section" aria-labelledby="compare-title">
      <h2 id="compare-title">{t('report.compare')}</h2>
      <p>{t('report.compareIntro', { date })}</p>
      <TableFrame label={t('report.compare')}>
        <table>
          <caption className="visually-hidden">{t('report.compare')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.col.area')}</th>
              <th scope="col" className="num">
                {t('report.col.before')}
              </th>
              <th scope="col" className="num">
                {t('report.col.now')}
              </th>
              <th scope="col" className="num">
                {t('report.col.change')}
              </th>
            </tr>
          </thead>
          <tbody>
            {c.areas.map((a) => (
              <tr key={a.area.id}>
                <th scope="row">{loc(a.area.title)}</th>
                <td className="num">{fmt(a.before)}</td>
                <td className="num">{fmt(a.now)}</td>
                <td className="num">
                  {a.change === null ? '–' : `${a.change >= 0 ? '+' : ''}${fmt(a.change)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <ChangeList title={t('report.rose')} changes={c.rose} />
      <ChangeList title={t('report.fell')} changes={c.fell} />
    </section>
  );
}

import type { GapRow } from '../../domain/scoring/report';
import { useLocalize, useT } from '../../i18n';

/** For the summary: how many legal requirements are missing in each area, not every question. */
export function LegalByArea({ rows }: { rows: readonly GapRow[] }) {
  const t = useT();
  const loc = useLocalize();
  const byArea = new Map<string, { title: string; count: number }>();
  for (const r of rows) {
    const entry = byArea.get(r.area.id) ?? { title: loc(r.area.title), count: 0 };
    entry.count++;
    byArea.set(r.area.id, entry);
  }
  return (
    <table>
      <caption className="visually-hidden">{t('report.legal')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report.col.area')}</th>
          <th scope="col" className="num">
            {t('summary.legalCount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {[...byArea.entries()].map(([id, { title, count }]) => (
          <tr key={id}>
            <th scope="row">{title}</th>
            <td className="num">{count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

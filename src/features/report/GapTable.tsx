import type { GapRow } from '../../domain/scoring/report';
import { useLocalize, useT } from '../../i18n';
import { TableFrame } from '../../ui/TableFrame';

type Props = { rows: readonly GapRow[]; caption: string; showGap?: boolean };

/** Questions with their area, current level (or why there is none) and target. */
export function GapTable({ rows, caption, showGap = true }: Props) {
  const t = useT();
  const loc = useLocalize();
  const now = (r: GapRow) =>
    r.level !== null ? String(r.level) : r.unknown ? t('report.level.unknown') : t('report.level.unanswered');
  return (
    <TableFrame label={caption}>
      <table className="gap-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.col.question')}</th>
            <th scope="col">{t('report.col.area')}</th>
            <th scope="col" className="num">
              {t('report.col.now')}
            </th>
            <th scope="col" className="num">
              {t('report.col.target')}
            </th>
            {showGap && (
              <th scope="col" className="num">
                {t('report.col.gap')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.question.id}>
              <td>{loc(r.question.text)}</td>
              <td>{loc(r.area.title)}</td>
              <td className="num">{now(r)}</td>
              <td className="num">{r.target}</td>
              {showGap && <td className="num">{r.gap ?? '–'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

import { legalGapsByArea, type GapRow } from '../../domain/scoring/report';
import { useLocalize, useT } from '../../i18n';

/** For the summary: how many legal requirements are missing in each area, as one compact list. */
export function LegalByArea({ rows }: { rows: readonly GapRow[] }) {
  const t = useT();
  const loc = useLocalize();
  return (
    <>
      <p>{t('summary.legalCount')}:</p>
      <ul className="inline-list">
        {legalGapsByArea(rows).map(({ area, count }) => (
          <li key={area.id}>
            {loc(area.title)}: <strong>{count}</strong>
          </li>
        ))}
      </ul>
    </>
  );
}

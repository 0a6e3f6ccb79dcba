import type { GapRow } from '../../domain/scoring/report';
import { useLocalize, useT } from '../../i18n';

/** For the summary: how many legal requirements are missing in each area, as one compact list. */
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
    <>
      <p>{t('summary.legalCount')}:</p>
      <ul className="inline-list">
        {[...byArea.entries()].map(([id, { title, count }]) => (
          <li key={id}>
            {title}: <strong>{count}</strong>
          </li>
        ))}
      </ul>
    </>
  );
}

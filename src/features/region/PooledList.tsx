import type { AcceptedResult } from '../../domain/region';
import { useT } from '../../i18n';
import { useFormatDateTime } from '../../i18n/use-format';
import { TableFrame } from '../../ui/TableFrame';
import type { PooledResult } from '../../storage/region-db';
import { coverageText, versionText } from './IntakePreview';
import { identityLabel } from './labels';

type Props = {
  results: readonly { pooled: PooledResult; accepted: AcceptedResult }[];
  onRemove: (p: PooledResult) => void;
  onClear: () => void;
};

/** The kommuner in the overview, each removable; the whole list folded away once it is long. */
export function PooledList({ results, onRemove, onClear }: Props) {
  const t = useT();
  const when = useFormatDateTime();
  return (
    <section aria-labelledby="region-pooled-title" className="no-print">
      <h2 id="region-pooled-title">{t('region.pooled.title', { count: results.length })}</h2>
      <details open={results.length <= 12}>
        <summary>{t('region.pooled.show', { count: results.length })}</summary>
        <TableFrame label={t('region.pooled.caption')}>
          <table className="stack-table">
            <caption className="visually-hidden">{t('region.pooled.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('region.col.kommun')}</th>
                <th scope="col">{t('region.col.date')}</th>
                <th scope="col">{t('region.col.version')}</th>
                <th scope="col">{t('region.col.coverage')}</th>
                <th scope="col">{t('region.col.imported')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('region.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {results.map(({ pooled, accepted }) => {
                const who = identityLabel(t, accepted.file);
                return (
                  <tr key={pooled.key}>
                    <th scope="row">{who}</th>
                    <td data-label={t('region.col.date')}>{accepted.file.assessmentDate}</td>
                    <td data-label={t('region.col.version')}>{versionText(t, accepted)}</td>
                    <td data-label={t('region.col.coverage')}>{coverageText(t, accepted.coverage)}</td>
                    <td data-label={t('region.col.imported')}>{when(pooled.importedAt)}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--link"
                        aria-label={t('region.remove', { name: who })}
                        onClick={() => onRemove(pooled)}
                      >
                        {t('region.removeShort')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableFrame>
      </details>
      <p>
        <button type="button" className="button button--secondary" onClick={onClear}>
          {t('region.clear')}
        </button>
      </p>
    </section>
  );
}

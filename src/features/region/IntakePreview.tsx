import type { AcceptedResult, Coverage, Intake } from '../../domain/region';
import { useT, type Translate } from '../../i18n';
import { TableFrame } from '../../ui/TableFrame';
import { identityLabel, rejectText } from './labels';

export const coverageText = (t: Translate, c: Coverage) =>
  t('region.coverage', { levels: c.levels, total: c.total, unknown: c.unknown, na: c.notApplicable });

export function versionText(t: Translate, a: Pick<AcceptedResult, 'file' | 'mappedFrom' | 'dropped'>) {
  if (a.mappedFrom === null) return a.file.questionnaire.version;
  return t('region.mapped', {
    from: a.mappedFrom,
    to: a.file.questionnaire.version,
    dropped: a.dropped.length,
  });
}

type Props = {
  intake: Intake;
  pooled: ReadonlySet<AcceptedResult>;
  onConfirm: () => void;
  onCancel: () => void;
};

/** What came in, before anything is pooled: the new results, the duplicates and the files refused. */
export function IntakePreview({ intake, pooled, onConfirm, onCancel }: Props) {
  const t = useT();
  const fresh = intake.accepted.filter((a) => !pooled.has(a));
  const pooledNames = new Set([...pooled].map((a) => a.fileName));
  const byName = new Map(intake.accepted.map((a) => [a.fileName, a]));
  const changes = fresh.length > 0;
  return (
    <section className="panel region-intake no-print" aria-labelledby="region-intake-title">
      <h2 id="region-intake-title">{t('region.intake.title')}</h2>
      <p>
        {t('region.intake.summary', {
          accepted: fresh.length,
          duplicates: intake.duplicates.length,
          rejected: intake.rejected.length,
        })}
      </p>
      {fresh.length > 0 && (
        <TableFrame label={t('region.intake.accepted')}>
          <table className="stack-table">
            <caption>{t('region.intake.accepted')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('region.col.kommun')}</th>
                <th scope="col">{t('region.col.date')}</th>
                <th scope="col">{t('region.col.version')}</th>
                <th scope="col">{t('region.col.coverage')}</th>
                <th scope="col">{t('region.col.file')}</th>
              </tr>
            </thead>
            <tbody>
              {fresh.map((a) => (
                <tr key={a.fileName + a.file.sender}>
                  <th scope="row">{identityLabel(t, a.file)}</th>
                  <td data-label={t('region.col.date')}>{a.file.assessmentDate}</td>
                  <td data-label={t('region.col.version')}>{versionText(t, a)}</td>
                  <td data-label={t('region.col.coverage')}>{coverageText(t, a.coverage)}</td>
                  <td data-label={t('region.col.file')} className="region-file">
                    {a.fileName}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      {intake.duplicates.length > 0 && (
        <>
          <h3>{t('region.intake.duplicates')}</h3>
          <ul>
            {intake.duplicates.map((d, i) => {
              const kept = byName.get(d.kept);
              return (
                <li key={i}>
                  {t(pooledNames.has(d.replaced) ? 'region.duplicate.replacesPooled' : 'region.duplicate', {
                    who: kept ? identityLabel(t, kept.file) : d.kept,
                    kept: d.kept,
                    replaced: d.replaced,
                  })}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {intake.rejected.length > 0 && (
        <TableFrame label={t('region.intake.rejected')}>
          <table className="stack-table">
            <caption>{t('region.intake.rejected')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('region.col.file')}</th>
                <th scope="col">{t('region.col.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {intake.rejected.map((r, i) => (
                <tr key={i}>
                  <th scope="row" className="region-file">
                    {r.fileName}
                  </th>
                  <td data-label={t('region.col.reason')}>{rejectText(t, r.reason)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      <div className="actions">
        {changes ? (
          <>
            <button type="button" className="button" onClick={onConfirm}>
              {t('region.intake.confirm', { count: fresh.length })}
            </button>
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('region.intake.cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={onCancel}>
            {t('region.intake.close')}
          </button>
        )}
      </div>
    </section>
  );
}

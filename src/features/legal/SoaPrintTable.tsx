import { useT } from '../../i18n';
import { useLanguage } from '../../i18n/language';
import type { SoaRow } from '../../domain/legal/soa';
import { statusKey } from './labels';

/** The tillämpningsförklaring on paper: one row per control, A4 landscape (see styles). */
export function SoaPrintTable({ rows }: { rows: readonly SoaRow[] }) {
  const t = useT();
  const language = useLanguage((s) => s.language);
  return (
    <table className="soa-table">
      <caption className="visually-hidden">{t('soa.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('soa.col.control')}</th>
          <th scope="col">{t('soa.col.name')}</th>
          <th scope="col">{t('soa.col.applicable')}</th>
          <th scope="col">{t('soa.col.reasons')}</th>
          <th scope="col">{t('soa.col.justification')}</th>
          <th scope="col">{t('soa.col.status')}</th>
          <th scope="col">{t('soa.col.plan')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.control.id}>
            <th scope="row">A.{r.control.id}</th>
            <td>
              {r.control.name.en}
              {language === 'sv' && <span className="muted"> – {r.control.name.sv}</span>}
            </td>
            <td>{r.entry.applicable ? t('soa.yes') : t('soa.no')}</td>
            <td>{r.entry.reasons.map((x) => t(`soa.reason.${x}`)).join(', ')}</td>
            <td>
              {r.entry.justification}
              {r.entry.override !== null && r.entry.overrideReason && (
                <span className="muted"> ({r.entry.overrideReason})</span>
              )}
            </td>
            <td>{t(statusKey(r.status))}</td>
            <td>{r.plan.map((i) => i.title).join('; ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

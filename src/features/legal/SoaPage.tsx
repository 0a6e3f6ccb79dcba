import { useT } from '../../i18n';
import { Page } from '../../ui/Page';
import { Notice } from '../../ui/Notice';
import { PrintFrame } from '../../ui/PrintFrame';
import { usePrinting } from '../../ui/use-printing';
import { downloadBlob, safeFileName } from '../../ui/download';
import { useSaveFile } from '../../data/use-save-file';
import { useLegalData } from '../../data/use-legal-data';
import type { AnnexTheme } from '../../domain/legal/annex-a';
import { soaSummary } from '../../domain/legal/summary';
import type { SoaRow } from '../../domain/legal/soa';
import { SoaControl } from './SoaControl';
import { SoaPrintTable } from './SoaPrintTable';

const THEMES: AnnexTheme[] = ['organisational', 'people', 'physical', 'technological'];

/** The tillämpningsförklaring: all 93 Annex A controls, saved as Excel and printed on A4 landscape. */
export default function SoaPage({ id }: { id: string }) {
  const t = useT();
  const printing = usePrinting();
  const saveFile = useSaveFile();
  const data = useLegalData(id);
  if (data.status === 'loading') return <p>{t('app.loading')}</p>;
  if (data.status === 'missing') return <Notice tone="error">{t('app.missingAssessment')}</Notice>;
  const { assessment, soa } = data;
  const summary = soaSummary(soa);
  const exportXlsx = (rows: readonly SoaRow[]) =>
    saveFile(async () => {
      const { soaToXlsx } = await import('../../domain/legal/soa-export');
      downloadBlob(
        await soaToXlsx(rows),
        `tillampningsforklaring-${safeFileName(assessment.organisation)}-${assessment.date}.xlsx`,
      );
    });
  const exportDocx = (rows: readonly SoaRow[]) =>
    saveFile(async () => {
      const [{ soaDocument }, { toDocx }] = await Promise.all([
        import('../../domain/legal/soa-document'),
        import('../../domain/document/docx'),
      ]);
      downloadBlob(
        await toDocx(soaDocument(rows, assessment)),
        `tillampningsforklaring-${safeFileName(assessment.organisation)}-${assessment.date}.docx`,
      );
    });
  return (
    <PrintFrame
      marking={t('secrecy.marking')}
      header={
        <>
          <span>{assessment.organisation}</span>
          <span>
            {t('soa.title')} · {assessment.date}
          </span>
        </>
      }
    >
      <div className="soa-page legal-view">
        <Page title={`${t('soa.title')} – ${assessment.organisation}`}>
          <p>{t('soa.intro')}</p>
          <p>
            {t('soa.counts', {
              applicable: summary.applicable,
              total: summary.total,
              inPlace: summary.counts['pa-plats'],
              partly: summary.counts.delvis,
              missing: summary.counts.saknas,
              notAssessed: summary.counts['inte-bedomt'],
              decided: summary.decided,
            })}
          </p>
          <p className="muted">{t('soa.names')}</p>
          <div className="actions no-print">
            <button type="button" className="button" onClick={() => void exportXlsx(soa)}>
              {t('soa.xlsx')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => void exportDocx(soa)}>
              {t('soa.docx')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => window.print()}>
              {t('soa.print')}
            </button>
            <a className="button button--link" href={`#/skattning/${id}/lagkrav`}>
              {t('legal.link')}
            </a>
            <a className="button button--link" href={`#/skattning/${id}`}>
              {t('walk.toOverview')}
            </a>
          </div>
          {printing ? (
            <SoaPrintTable rows={soa} />
          ) : (
            THEMES.map((theme) => (
              <section key={theme} className="report-section" aria-labelledby={`soa-${theme}`}>
                <h2 id={`soa-${theme}`}>{t(`soa.theme.${theme}`)}</h2>
                <ul className="card-list soa-list">
                  {soa
                    .filter((r) => r.control.theme === theme)
                    .map((r) => (
                      <SoaControl key={r.control.id} id={id} row={r} />
                    ))}
                </ul>
              </section>
            ))
          )}
        </Page>
      </div>
    </PrintFrame>
  );
}

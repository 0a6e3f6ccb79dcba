import type { RegionPicture } from '../../domain/region';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { useSaveFile } from '../../data/use-save-file';
import { useLocalize, useT } from '../../i18n';
import { downloadBlob } from '../../ui/download';

type Props = {
  picture: Extract<RegionPicture, { suppressed: false }>;
  bank: Pick<Questionnaire, 'areas'>;
  selection: string;
  date: string;
};

/** Print (A4, the print stylesheet) and the same figures as an Excel workbook, made only when asked for. */
export function RegionExports({ picture, bank, selection, date }: Props) {
  const t = useT();
  const localize = useLocalize();
  const run = useSaveFile();
  const saveXlsx = () =>
    run(async () => {
      const [{ regionSheets }, { sheetsToXlsx }] = await Promise.all([
        import('./region-sheets'),
        import('../../domain/region/export-xlsx'),
      ]);
      const texts = new Map<string, string>();
      const areas = new Map<string, string>();
      for (const area of bank.areas) {
        areas.set(area.id, localize(area.title));
        for (const q of area.questions) {
          texts.set(q.id, localize(q.text));
          for (const a of q.actions) texts.set(a.id, localize(a.title));
        }
        for (const a of area.areaActions) texts.set(a.id, localize(a.title));
      }
      const sheets = regionSheets(
        t,
        picture,
        { areaTitle: (id) => areas.get(id) ?? id, text: (id) => texts.get(id) ?? id },
        { date, selection },
      );
      downloadBlob(await sheetsToXlsx(sheets), `regional-oversikt-${date}.xlsx`);
    });
  return (
    <div className="actions no-print" role="group" aria-label={t('region.exports')}>
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {t('region.print')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => void saveXlsx()}>
        {t('region.xlsx')}
      </button>
    </div>
  );
}

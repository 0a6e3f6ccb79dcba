import type { RegionPicture } from '../../domain/region';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { useT } from '../../i18n';
import { TableFrame } from '../../ui/TableFrame';
import { SpreadChart } from './SpreadChart';
import { useFormatValue } from './use-format-value';

type Props = {
  picture: Extract<RegionPicture, { suppressed: false }>;
  bank: Pick<Questionnaire, 'areas'>;
  areaTitle: ReadonlyMap<string, string>;
};

/** Per area the spread of the kommuner's mean levels against their targets: a box plot and its table. */
export function AreaSpread({ picture, areaTitle }: Props) {
  const t = useT();
  const f = useFormatValue();
  const rows = picture.areas.map((a) => ({
    label: areaTitle.get(a.areaId) ?? a.areaId,
    spread: a.spread,
    target: a.targets?.median ?? null,
  }));
  const lowest = [...picture.areas]
    .filter((a) => a.spread)
    .sort((a, b) => a.spread!.median - b.spread!.median)
    .slice(0, 3)
    .map((a) => `${areaTitle.get(a.areaId)} (${f.level(a.spread!.median)})`);
  return (
    <section aria-labelledby="region-spread-title">
      <h3 id="region-spread-title">{t('region.spread.title')}</h3>
      <p>{t('region.spread.intro')}</p>
      <SpreadChart
        rows={rows}
        max={5}
        title={t('region.spread.chart', { count: picture.kommuner })}
        description={t('region.spread.description', { lowest: lowest.join(', ') })}
        legend={{
          box: t('region.spread.legend.box'),
          median: t('region.spread.legend.median'),
          whisker: t('region.spread.legend.whisker'),
          target: t('region.spread.legend.target'),
        }}
        format={f.level}
      />
      <TableFrame label={t('region.spread.table')}>
        <table className="region-table stack-table">
          <caption>{t('region.spread.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('region.col.area')}</th>
              <th scope="col" className="num">
                {t('region.col.kommuner')}
              </th>
              <th scope="col" className="num">
                {t('region.col.min')}
              </th>
              <th scope="col" className="num">
                {t('region.col.q1')}
              </th>
              <th scope="col" className="num">
                {t('region.col.median')}
              </th>
              <th scope="col" className="num">
                {t('region.col.q3')}
              </th>
              <th scope="col" className="num">
                {t('region.col.max')}
              </th>
              <th scope="col" className="num">
                {t('region.col.target')}
              </th>
              <th scope="col" className="num">
                {t('region.col.atTarget')}
              </th>
            </tr>
          </thead>
          <tbody>
            {picture.areas.map((a) => (
              <tr key={a.areaId}>
                <th scope="row">{areaTitle.get(a.areaId)}</th>
                <td className="num" data-label={t('region.col.kommuner')}>
                  {a.spread?.n ?? 0}
                </td>
                <td className="num" data-label={t('region.col.min')}>
                  {f.level(a.spread?.min ?? null)}
                </td>
                <td className="num" data-label={t('region.col.q1')}>
                  {f.level(a.spread?.q1 ?? null)}
                </td>
                <td className="num" data-label={t('region.col.median')}>
                  {f.level(a.spread?.median ?? null)}
                </td>
                <td className="num" data-label={t('region.col.q3')}>
                  {f.level(a.spread?.q3 ?? null)}
                </td>
                <td className="num" data-label={t('region.col.max')}>
                  {f.level(a.spread?.max ?? null)}
                </td>
                <td className="num" data-label={t('region.col.target')}>
                  {f.level(a.targets?.median ?? null)}
                </td>
                <td className="num" data-label={t('region.col.atTarget')}>
                  {t('region.nOf', { n: a.atTarget, of: picture.kommuner })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </section>
  );
}

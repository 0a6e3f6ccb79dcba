import type { GroupPicture, RegionPicture } from '../../domain/region';
import { useT } from '../../i18n';
import { TableFrame } from '../../ui/TableFrame';
import { groupName, lanName } from './labels';
import { useFormatValue } from './use-format-value';

type Props = { picture: Extract<RegionPicture, { suppressed: false }> };

/** The picture by län and by kommungrupp; a group of fewer than five is named but not shown. */
export function GroupTables({ picture }: Props) {
  const t = useT();
  const f = useFormatValue();
  const table = (
    caption: string,
    heading: string,
    groups: readonly GroupPicture[],
    name: (k: string) => string,
  ) => (
    <TableFrame label={caption}>
      <table className="region-table stack-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col" className="num">
              {t('region.col.kommuner')}
            </th>
            <th scope="col" className="num">
              {t('region.col.groupMedian')}
            </th>
            <th scope="col" className="num">
              {t('region.col.groupRange')}
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.key}>
              <th scope="row">{name(g.key)}</th>
              {g.suppressed ? (
                <td colSpan={3} data-label={t('region.col.kommuner')}>
                  {t('region.tooFew')}
                </td>
              ) : (
                <>
                  <td className="num" data-label={t('region.col.kommuner')}>
                    {g.kommuner}
                  </td>
                  <td className="num" data-label={t('region.col.groupMedian')}>
                    {f.level(g.overall?.median ?? null)}
                  </td>
                  <td className="num" data-label={t('region.col.groupRange')}>
                    {g.overall ? `${f.level(g.overall.min)}–${f.level(g.overall.max)}` : '–'}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
  return (
    <section aria-labelledby="region-groups-title">
      <h3 id="region-groups-title">{t('region.groups.title')}</h3>
      <p>{t('region.groups.intro')}</p>
      {table(t('region.groups.byLan'), t('region.col.lan'), picture.byLan, lanName)}
      {table(t('region.groups.byGroup'), t('region.col.group'), picture.byKommungrupp, (k) =>
        groupName(t, k),
      )}
    </section>
  );
}

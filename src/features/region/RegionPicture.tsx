import { useDeferredValue, useMemo, useState } from 'react';
import {
  aggregate,
  kommungruppOf,
  lanOf,
  type GroupKey,
  type RegionFilter,
  type ResultFile,
} from '../../domain/region';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { today } from '../../domain/ids';
import { useLocalize, useT } from '../../i18n';
import { Notice } from '../../ui/Notice';
import { PrintFrame } from '../../ui/PrintFrame';
import { RegionExports } from './RegionExports';
import { SendBack } from './SendBack';
import { AreaSpread } from './AreaSpread';
import { GroupTables } from './GroupTables';
import { JointWork } from './JointWork';
import { QuestionTable } from './QuestionTable';
import { groupName, lanName } from './labels';

type Props = { files: readonly ResultFile[]; bank: Questionnaire };

/** The pooled picture, filtered by län and kommungrupp; a selection of fewer than five is not shown. */
export function RegionPicture({ files, bank }: Props) {
  const t = useT();
  const localize = useLocalize();
  const [filter, setFilter] = useState<RegionFilter>({});
  // The filter answers at once; the picture follows as soon as it is computed.
  const deferred = useDeferredValue(filter);
  const picture = useMemo(() => aggregate(files, bank, deferred), [files, bank, deferred]);
  const lans = useMemo(() => [...new Set(files.map(lanOf))].sort(), [files]);
  const groups = useMemo(() => [...new Set(files.map(kommungruppOf))].sort(), [files]);
  const areaTitle = useMemo(
    () => new Map(bank.areas.map((a) => [a.id, localize(a.title)])),
    [bank, localize],
  );
  const filtered = filter.lan !== undefined || filter.kommungrupp !== undefined;
  const selection = [
    deferred.lan ? lanName(deferred.lan) : t('region.filter.allLan'),
    deferred.kommungrupp ? groupName(t, deferred.kommungrupp) : t('region.filter.allGroups'),
  ].join(', ');
  const date = today();

  return (
    <PrintFrame
      marking={t('secrecy.marking')}
      header={
        <span>
          {t('region.printHeader', {
            date,
            selection,
            count: picture.suppressed ? 0 : picture.kommuner,
          })}
        </span>
      }
    >
      <section aria-labelledby="region-picture-title" className="region-picture">
        <h2 id="region-picture-title">{t('region.picture.title')}</h2>
        <div className="region-filter no-print" role="group" aria-label={t('region.filter.label')}>
          <div className="field">
            <label htmlFor="region-filter-lan">{t('region.filter.lan')}</label>
            <select
              id="region-filter-lan"
              value={filter.lan ?? ''}
              onChange={(e) => setFilter((f) => ({ ...f, lan: e.target.value || undefined }))}
            >
              <option value="">{t('region.filter.allLan')}</option>
              {lans.map((code) => (
                <option key={code} value={code}>
                  {lanName(code)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="region-filter-group">{t('region.filter.group')}</label>
            <select
              id="region-filter-group"
              value={filter.kommungrupp ?? ''}
              onChange={(e) =>
                setFilter((f) => ({
                  ...f,
                  kommungrupp: (e.target.value || undefined) as GroupKey | undefined,
                }))
              }
            >
              <option value="">{t('region.filter.allGroups')}</option>
              {groups.map((code) => (
                <option key={code} value={code}>
                  {groupName(t, code)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p role="status" className="region-selection">
          {picture.suppressed
            ? t('region.filter.suppressed')
            : t(filtered ? 'region.filter.showing' : 'region.filter.all', { count: picture.kommuner })}
        </p>
        {picture.suppressed ? (
          <Notice tone="info">
            <p>{t('region.suppressed')}</p>
          </Notice>
        ) : (
          <>
            <RegionExports picture={picture} bank={bank} selection={selection} date={date} />
            <SendBack picture={picture} bank={bank} filter={deferred} />
            <AreaSpread picture={picture} bank={bank} areaTitle={areaTitle} />
            <JointWork picture={picture} bank={bank} areaTitle={areaTitle} />
            <GroupTables picture={picture} />
            <QuestionTable picture={picture} bank={bank} areaTitle={areaTitle} />
          </>
        )}
      </section>
    </PrintFrame>
  );
}

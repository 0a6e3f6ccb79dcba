import { useMemo } from 'react';
import type { JointAction, RegionPicture } from '../../domain/region';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { useLocalize, useT } from '../../i18n';
import { TableFrame } from '../../ui/TableFrame';

type Props = {
  picture: Extract<RegionPicture, { suppressed: false }>;
  bank: Pick<Questionnaire, 'areas'>;
  areaTitle: ReadonlyMap<string, string>;
};

/** The most common gaps, and the bank's actions that would serve the most kommuner if done together. */
export function JointWork({ picture, bank, areaTitle }: Props) {
  const t = useT();
  const localize = useLocalize();
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const area of bank.areas) {
      for (const q of area.questions) {
        map.set(q.id, localize(q.text));
        for (const a of q.actions) map.set(a.id, localize(a.title));
      }
      for (const a of area.areaActions) map.set(a.id, localize(a.title));
    }
    return map;
  }, [bank, localize]);

  const table = (id: string, caption: string, actions: readonly JointAction[]) => (
    <TableFrame label={caption}>
      <table className="region-table region-table--long stack-table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('region.col.action')}</th>
            <th scope="col">{t('region.col.area')}</th>
            <th scope="col" className="num">
              {t('region.col.serves')}
            </th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr key={a.actionId}>
              <th scope="row">{names.get(a.actionId)}</th>
              <td data-label={t('region.col.area')}>
                {areaTitle.get(a.areaId)}
                {a.questionId && <span className="muted"> ({a.questionId})</span>}
              </td>
              <td className="num" data-label={t('region.col.serves')}>
                {t('region.nOf', { n: a.kommuner, of: picture.kommuner })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );

  return (
    <>
      <section aria-labelledby="region-gaps-title">
        <h3 id="region-gaps-title">{t('region.gaps.title')}</h3>
        {picture.commonGaps.length === 0 ? (
          <p>{t('region.gaps.none')}</p>
        ) : (
          <ol className="region-gaps">
            {picture.commonGaps.map((q) => (
              <li key={q.questionId}>
                {names.get(q.questionId)}{' '}
                <span className="muted">
                  ({areaTitle.get(q.areaId)}, {q.questionId})
                </span>
                {': '}
                <strong>{t('region.gaps.count', { n: q.gaps, of: picture.kommuner })}</strong>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="region-joint-title">
        <h3 id="region-joint-title">{t('region.joint.title')}</h3>
        <p>{t('region.joint.intro')}</p>
        {picture.jointWork.length === 0 ? (
          <p>{t('region.joint.none')}</p>
        ) : (
          table('region-joint-plans', t('region.joint.fromPlans'), picture.jointWork)
        )}
        {picture.jointWorkFromGaps.length > 0 && (
          <>
            <p>{t('region.joint.derivedIntro')}</p>
            {table('region-joint-gaps', t('region.joint.fromGaps'), picture.jointWorkFromGaps)}
          </>
        )}
      </section>
    </>
  );
}

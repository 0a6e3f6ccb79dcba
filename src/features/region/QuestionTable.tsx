import { useMemo, useState } from 'react';
import type { QuestionPicture, RegionPicture } from '../../domain/region';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { useLocalize, useT } from '../../i18n';
import { TableFrame } from '../../ui/TableFrame';
import { useFormatValue } from './use-format-value';

type Sort = 'bank' | 'below2' | 'below3';

type Props = {
  picture: Extract<RegionPicture, { suppressed: false }>;
  bank: Pick<Questionnaire, 'areas'>;
  areaTitle: ReadonlyMap<string, string>;
};

const share = (q: QuestionPicture, key: 'below2' | 'below3') => (q.answered === 0 ? -1 : q[key] / q.answered);

/**
 * Per question the share of the kommuner (that answered with a level) below level 2 and below
 * level 3, grouped by area; sorted within each area by either share, or in the bank's order.
 */
export function QuestionTable({ picture, bank, areaTitle }: Props) {
  const t = useT();
  const localize = useLocalize();
  const f = useFormatValue();
  const [sort, setSort] = useState<Sort>('bank');
  const text = useMemo(
    () => new Map(bank.areas.flatMap((a) => a.questions.map((q) => [q.id, localize(q.text)]))),
    [bank, localize],
  );
  const groups = useMemo(() => {
    const byArea = new Map<string, QuestionPicture[]>();
    for (const q of picture.questions) {
      const list = byArea.get(q.areaId);
      if (list) list.push(q);
      else byArea.set(q.areaId, [q]);
    }
    if (sort !== 'bank')
      for (const list of byArea.values()) list.sort((a, b) => share(b, sort) - share(a, sort)); // stable: ties keep bank order
    return [...byArea.entries()];
  }, [picture, sort]);

  const header = (key: Sort, label: string, num = true) => (
    <th
      scope="col"
      className={num ? 'num' : undefined}
      aria-sort={sort === key ? (key === 'bank' ? 'ascending' : 'descending') : undefined}
    >
      <button type="button" className="sort-button" onClick={() => setSort(key)}>
        {label}
      </button>
    </th>
  );

  return (
    <section aria-labelledby="region-questions-title" className="region-questions">
      <h3 id="region-questions-title">{t('region.questions.title')}</h3>
      <p>{t('region.questions.intro')}</p>
      <TableFrame label={t('region.questions.caption')}>
        <table className="region-table region-table--long stack-table">
          <caption>
            {t('region.questions.caption')}{' '}
            <span className="muted">{t(`region.questions.sorted.${sort}`)}</span>
          </caption>
          <thead>
            <tr>
              {header('bank', t('region.col.question'), false)}
              <th scope="col" className="num">
                {t('region.col.answered')}
              </th>
              {header('below2', t('region.col.below2'))}
              {header('below3', t('region.col.below3'))}
              <th scope="col" className="num">
                {t('region.col.unknown')}
              </th>
              <th scope="col" className="num">
                {t('region.col.na')}
              </th>
              <th scope="col" className="num">
                {t('region.col.gaps')}
              </th>
            </tr>
          </thead>
          {groups.map(([areaId, questions]) => (
            <tbody key={areaId}>
              <tr className="region-area-row">
                <th scope="colgroup" colSpan={7}>
                  {areaTitle.get(areaId)}
                </th>
              </tr>
              {questions.map((q) => (
                <tr key={q.questionId}>
                  <th scope="row">
                    <span className="muted">{q.questionId}</span> {text.get(q.questionId)}
                  </th>
                  <td className="num" data-label={t('region.col.answered')}>
                    {q.answered}
                  </td>
                  <td className="num" data-label={t('region.col.below2')}>
                    {f.share(q.below2, q.answered)} ({q.below2})
                  </td>
                  <td className="num" data-label={t('region.col.below3')}>
                    {f.share(q.below3, q.answered)} ({q.below3})
                  </td>
                  <td className="num" data-label={t('region.col.unknown')}>
                    {q.unknown}
                  </td>
                  <td className="num" data-label={t('region.col.na')}>
                    {q.notApplicable}
                  </td>
                  <td className="num" data-label={t('region.col.gaps')}>
                    {q.gaps}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </TableFrame>
    </section>
  );
}

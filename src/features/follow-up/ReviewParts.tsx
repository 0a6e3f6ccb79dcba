import type { ManagementReview } from '../../domain/follow-up/review';
import { overdueByOwner, quarterWindow } from '../../domain/follow-up/progress';
import { useT } from '../../i18n';
import type { ReviewTexts } from './review-text';

/** Planned against done per quarter: shared by the follow-up page and ledningens genomgång. */
export function QuarterTable({ review, words }: { review: ManagementReview; words: ReviewTexts }) {
  const t = useT();
  if (review.quarters.length === 0) return <p>{t('followUp.quartersNone')}</p>;
  const { rows, later } = quarterWindow(review.quarters, review.today);
  return (
    <table className="stack-table follow-up-table">
      <caption>{t('followUp.quartersCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('followUp.col.quarter')}</th>
          <th scope="col" className="num">
            {t('followUp.col.planned')}
          </th>
          <th scope="col" className="num">
            {t('followUp.col.plannedDone')}
          </th>
          <th scope="col" className="num">
            {t('followUp.col.done')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((q) => (
          <tr key={q.quarter}>
            <th scope="row">
              {words.quarter(q.quarter)}
              {q.quarter === currentQuarter(review.today) && (
                <span className="muted"> ({t('followUp.current')})</span>
              )}
            </th>
            <td className="num" data-label={t('followUp.col.planned')}>
              {q.planned}
            </td>
            <td className="num" data-label={t('followUp.col.plannedDone')}>
              {q.plannedDone}
            </td>
            <td className="num" data-label={t('followUp.col.done')}>
              {q.done}
            </td>
          </tr>
        ))}
        {later && (
          <tr>
            <th scope="row">{t('followUp.later')}</th>
            <td className="num" data-label={t('followUp.col.planned')}>
              {later.planned}
            </td>
            <td className="num" data-label={t('followUp.col.plannedDone')}>
              {later.plannedDone}
            </td>
            <td className="num" data-label={t('followUp.col.done')}>
              {later.done}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

/** The overdue items per owner: the review's view, short enough for ledningen. */
export function OverdueOwners({
  review,
  words,
  note = true,
}: {
  review: ManagementReview;
  words: ReviewTexts;
  note?: boolean;
}) {
  const t = useT();
  if (review.overdue.length === 0) return <p>{t('followUp.overdueNone')}</p>;
  return (
    <>
      <table className="stack-table follow-up-table">
        <caption className="visually-hidden">{t('followUp.overdueOwnersCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('followUp.col.owner')}</th>
            <th scope="col" className="num">
              {t('followUp.col.overdue')}
            </th>
            <th scope="col">{t('followUp.col.oldest')}</th>
          </tr>
        </thead>
        <tbody>
          {overdueByOwner(review.overdue).map((o) => (
            <tr key={o.ownerRole}>
              <th scope="row">{words.role(o.ownerRole)}</th>
              <td className="num" data-label={t('followUp.col.overdue')}>
                {o.count}
              </td>
              <td data-label={t('followUp.col.oldest')}>{o.oldest}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {note && <p className="muted">{t('followUp.overdueFull')}</p>}
    </>
  );
}

const currentQuarter = (today: string) =>
  Number(today.slice(0, 4)) * 4 + Math.floor((Number(today.slice(5, 7)) - 1) / 3);

export function OverdueTable({ review, words }: { review: ManagementReview; words: ReviewTexts }) {
  const t = useT();
  if (review.overdue.length === 0) return <p>{t('followUp.overdueNone')}</p>;
  return (
    <table className="stack-table follow-up-table">
      <caption className="visually-hidden">{t('followUp.overdueCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('followUp.col.item')}</th>
          <th scope="col">{t('followUp.col.owner')}</th>
          <th scope="col">{t('followUp.col.due')}</th>
          <th scope="col">{t('followUp.col.status')}</th>
        </tr>
      </thead>
      <tbody>
        {review.overdue.map((i) => (
          <tr key={i.id}>
            <th scope="row">{words.title(i)}</th>
            <td data-label={t('followUp.col.owner')}>{words.owner(i)}</td>
            <td data-label={t('followUp.col.due')}>{i.due}</td>
            <td data-label={t('followUp.col.status')}>{words.status(i.status)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AreaProgressTable({
  review,
  words,
  startDate,
}: {
  review: ManagementReview;
  words: ReviewTexts;
  startDate: string;
}) {
  const t = useT();
  const now = t('followUp.col.now', { date: review.latestDate });
  const start = t('followUp.col.start', { date: startDate });
  return (
    <table className="stack-table follow-up-table">
      <caption className="visually-hidden">{t('followUp.areasCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('followUp.col.area')}</th>
          <th scope="col" className="num">
            {start}
          </th>
          {review.hasNewer && (
            <th scope="col" className="num">
              {now}
            </th>
          )}
          <th scope="col" className="num">
            {t('followUp.col.target')}
          </th>
          <th scope="col" className="num">
            {t('followUp.col.items')}
          </th>
        </tr>
      </thead>
      <tbody>
        {review.areas.map((a) => {
          const latest = review.hasNewer ? a.now : a.start;
          const reached = latest !== null && latest >= a.target;
          return (
            <tr key={a.area.id}>
              <th scope="row">{words.loc(a.area.title)}</th>
              <td className="num" data-label={start}>
                {words.level(a.start)}
              </td>
              {review.hasNewer && (
                <td className="num" data-label={now}>
                  {words.level(a.now)}
                </td>
              )}
              <td className="num" data-label={t('followUp.col.target')}>
                {a.target}
                {reached && <span className="muted"> ✓ {t('followUp.reached')}</span>}
              </td>
              <td className="num" data-label={t('followUp.col.items')}>
                {t('followUp.itemsDone', { done: a.done, items: a.items })}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function ChangeList({
  review,
  words,
  limit,
}: {
  review: ManagementReview;
  words: ReviewTexts;
  limit?: number;
}) {
  const t = useT();
  if (review.changes.length === 0) return <p>{t('followUp.changesNone', { since: review.since })}</p>;
  const shown = limit ? review.changes.slice(0, limit) : review.changes;
  return (
    <>
      <ul className="follow-up-changes">
        {shown.map((c, n) => (
          <li key={`${c.item.id}-${n}`}>{words.change(c)}</li>
        ))}
      </ul>
      {shown.length < review.changes.length && (
        <p className="muted">{t('followUp.changesMore', { count: review.changes.length - shown.length })}</p>
      )}
    </>
  );
}

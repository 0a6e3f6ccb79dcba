import { useLocalize, useT } from '../../i18n';
import { useFormatLevel } from '../../i18n/use-format';
import type { PicturePosition, ResultAnswer } from '../../domain/region';
import type { Questionnaire } from '../../domain/questionnaire/schema';

type Shown = Extract<PicturePosition, { ok: true }>;

const percent = (part: number, whole: number) => `${Math.round((100 * part) / whole)} %`;

/** The chart's figures as tables: per area the spread and the kommun's level, per question the shares. */
export function PictureTables({
  position,
  questionnaire,
}: {
  position: Shown;
  questionnaire: Questionnaire;
}) {
  const t = useT();
  const loc = useLocalize();
  const fmt = useFormatLevel();
  const areaTitle = new Map(questionnaire.areas.map((a) => [a.id, loc(a.title)]));
  const questionText = new Map(
    questionnaire.areas.flatMap((a) => a.questions.map((q) => [q.id, loc(q.text)] as const)),
  );
  const ownAnswer = (a: ResultAnswer | null) =>
    a === null
      ? t('regionSend.picture.unanswered')
      : a === 'vet-ej'
        ? t('regionSend.picture.unknown')
        : a === 'ej-tillampligt'
          ? t('regionSend.picture.notApplicable')
          : fmt(a);
  return (
    <>
      <div className="table-scroll" role="region" aria-label={t('regionSend.picture.areaTable')} tabIndex={0}>
        <table className="own-spread-table">
          <caption>{t('regionSend.picture.areaTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('regionSend.area')}</th>
              <th scope="col">{t('regionSend.picture.own')}</th>
              <th scope="col">{t('regionSend.picture.min')}</th>
              <th scope="col">{t('regionSend.picture.q1')}</th>
              <th scope="col">{t('regionSend.picture.median')}</th>
              <th scope="col">{t('regionSend.picture.q3')}</th>
              <th scope="col">{t('regionSend.picture.max')}</th>
              <th scope="col">{t('regionSend.picture.place')}</th>
            </tr>
          </thead>
          <tbody>
            {position.areas.map((a) => (
              <tr key={a.areaId}>
                <th scope="row">{areaTitle.get(a.areaId)}</th>
                <td>{fmt(a.own)}</td>
                {a.spread ? (
                  <>
                    <td>{fmt(a.spread.min)}</td>
                    <td>{fmt(a.spread.q1)}</td>
                    <td>{fmt(a.spread.median)}</td>
                    <td>{fmt(a.spread.q3)}</td>
                    <td>{fmt(a.spread.max)}</td>
                  </>
                ) : (
                  <td colSpan={5}>{t('regionSend.picture.tooFew')}</td>
                )}
                <td>{a.place ? t(`regionSend.picture.place.${a.place}`) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details className="region-send__questions">
        <summary>{t('regionSend.picture.questionShow')}</summary>
        <div
          className="table-scroll"
          role="region"
          aria-label={t('regionSend.picture.questionTable')}
          tabIndex={0}
        >
          <table className="own-spread-table">
            <caption>{t('regionSend.picture.questionTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('regionSend.picture.question')}</th>
                <th scope="col">{t('regionSend.picture.ownAnswer')}</th>
                <th scope="col">{t('regionSend.picture.below2')}</th>
                <th scope="col">{t('regionSend.picture.below3')}</th>
              </tr>
            </thead>
            <tbody>
              {position.questions.map((q) => (
                <tr key={q.questionId}>
                  <th scope="row">{questionText.get(q.questionId)}</th>
                  <td>{ownAnswer(q.own)}</td>
                  {q.region ? (
                    <>
                      <td>{percent(q.region.below2, q.region.answered)}</td>
                      <td>{percent(q.region.below3, q.region.answered)}</td>
                    </>
                  ) : (
                    <td colSpan={2}>{t('regionSend.picture.tooFew')}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}

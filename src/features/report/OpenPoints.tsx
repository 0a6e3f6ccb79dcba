import type { OpenPoint } from '../../domain/scoring/report';
import { useLocalize, useT } from '../../i18n';

const KINDS = ['unknown', 'flagged', 'reason-missing'] as const;

/** Vet ej, flagged and reason-less answers listed in full; unanswered questions only counted. */
export function OpenPoints({ points }: { points: readonly OpenPoint[] }) {
  const t = useT();
  const loc = useLocalize();
  const unanswered = points.filter((p) => p.kind === 'unanswered').length;
  if (points.length === 0) return <p>{t('report.openNone')}</p>;
  return (
    <>
      {unanswered > 0 && <p>{t('report.openUnansweredCount', { count: unanswered })}</p>}
      {KINDS.map((kind) => {
        const list = points.filter((p) => p.kind === kind);
        if (list.length === 0) return null;
        return (
          <div key={kind} className="keep">
            <h3>
              {t(`report.open.${kind}`)} ({list.length})
            </h3>
            <ul>
              {list.map((p) => (
                <li key={p.question.id}>
                  {loc(p.area.title)}: {loc(p.question.text)}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}

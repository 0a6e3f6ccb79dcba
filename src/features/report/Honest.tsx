import type { AnswerCounts } from '../../domain/assessment/answer-counts';
import type { LegalStatus } from '../../domain/scoring/legal';
import { useT } from '../../i18n';
import { legalCountsText } from './brief-text';

/** The one count of answered questions, with vet ej and ej tillämplig beside it. */
export function AnsweredLine({ counts }: { counts: AnswerCounts }) {
  const t = useT();
  return (
    <>
      {t('counts.answered', { answered: counts.answered, total: counts.total })} (
      {t('counts.beside', { unknown: counts.unknown, na: counts.notApplicable })})
    </>
  );
}

export function LegalCounts({ legal }: { legal: LegalStatus }) {
  const t = useT();
  return (
    <p className="legal-counts">
      <strong>{t('legal.countsLabel')}:</strong> {legalCountsText(legal, t)}.
      {legal.unknown > 0 && <> {t('legal.unknownShare', { unknown: legal.unknown })}</>}
      {legal.notApplicable.length > 0 && (
        <> {t('legal.notApplicable', { count: legal.notApplicable.length })}</>
      )}
    </p>
  );
}

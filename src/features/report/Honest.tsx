import type { AnswerCounts, Completeness } from '../../domain/assessment/answer-counts';
import { COMPLETE_SHARE } from '../../domain/assessment/answer-counts';
import type { LegalStatus } from '../../domain/scoring/legal';
import { useT } from '../../i18n';
import { Notice } from '../../ui/Notice';
import { legalCountsText } from './brief-text';

/** "Ofullständig skattning" on screen; on paper the print header carries it on every page. */
export function IncompleteNotice({ coverage }: { coverage: Completeness }) {
  const t = useT();
  if (!coverage.incomplete) return null;
  return (
    <Notice tone="warn">
      <p>
        <strong>{t('incomplete.title')}.</strong>{' '}
        {t('incomplete.text', {
          basis: coverage.basis,
          applicable: coverage.applicable,
          percent: Math.floor(coverage.share * 100),
        })}{' '}
        {t('incomplete.rule', { threshold: COMPLETE_SHARE * 100 })}
      </p>
    </Notice>
  );
}

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

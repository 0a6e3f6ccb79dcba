import type { ReactNode } from 'react';
import { COMPLETE_SHARE, type Completeness } from '../domain/assessment/answer-counts';
import { useT } from '../i18n';
import { Notice } from '../ui/Notice';

/**
 * "Ofullständig skattning" on screen, for every page whose figures rest on the answers (report,
 * summary, plan); on paper the print header carries it on every page. `children` adds what it
 * means for that page.
 */
export function IncompleteNotice({ coverage, children }: { coverage: Completeness; children?: ReactNode }) {
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
        {children && <> {children}</>}
      </p>
    </Notice>
  );
}

/** The same, one line for the printed page header, on every page. */
export function IncompletePrintLine({ coverage }: { coverage: Completeness | undefined }) {
  const t = useT();
  if (!coverage?.incomplete) return null;
  return (
    <strong className="print-frame__warning">
      {t('incomplete.print', { basis: coverage.basis, applicable: coverage.applicable })}
    </strong>
  );
}

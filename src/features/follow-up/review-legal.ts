import type { ManagementReview } from '../../domain/follow-up/review';
import type { Translate } from '../../i18n';

/** "inte på plats X · inte bedömt Y · på plats Z av N", or that every assessed requirement is in place. */
export function legalCounts(review: ManagementReview, t: Translate): string {
  const l = review.legal;
  if (l.notInPlace.length === 0 && l.notAssessed.length === 0) return t('review.legalNone');
  return `${t('legal.countsLabel')}: ${t('legal.counts', {
    notInPlace: l.notInPlace.length,
    notAssessed: l.notAssessed.length,
    inPlace: l.inPlace.length,
    total: l.total,
  })}.`;
}

export type ChecklistSummary = {
  total: number;
  counts: Record<'pa-plats' | 'delvis' | 'saknas' | 'inte-bedomt', number>;
};

/** The 2 kap. checklist in one sentence, as the report and the brief say it. */
export function checklistLine(summary: ChecklistSummary, t: Translate): string {
  return t('report.legalViewChecklist', {
    inPlace: summary.counts['pa-plats'],
    total: summary.total,
    partly: summary.counts.delvis,
    missing: summary.counts.saknas,
    notAssessed: summary.counts['inte-bedomt'],
  });
}

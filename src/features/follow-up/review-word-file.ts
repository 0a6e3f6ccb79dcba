import type { DocBlock, DocModel } from '../../domain/document/model';
import { toDocx } from '../../domain/document/docx';
import type { ManagementReview } from '../../domain/follow-up/review';
import { overdueByOwner, quarterWindow } from '../../domain/follow-up/progress';
import type { Assessment } from '../../domain/assessment/types';
import { checklistLine, legalCounts, type ChecklistSummary } from './review-legal';
import type { ReviewTexts, ReviewWords } from './review-text';

/** As many changes as the page shows; the rest are counted. */
const CHANGES = 12;

export type ReviewWordInput = {
  assessment: Assessment;
  review: ManagementReview;
  words: ReviewWords;
  texts: ReviewTexts;
  checklist?: ChecklistSummary;
};

/** Ledningens genomgång as a document, with the same words and figures as the page. */
export function reviewDocument({ assessment, review, words, texts, checklist }: ReviewWordInput): DocModel {
  const { t, language } = words;
  const title = t('review.title');
  const start = t('followUp.col.start', { date: assessment.date });
  const now = t('followUp.col.now', { date: review.latestDate });
  const span = quarterWindow(review.quarters, review.today);
  const blocks: DocBlock[] = [
    { kind: 'heading', level: 1, text: `${title} – ${assessment.organisation}` },
    { kind: 'paragraph', text: t('review.period', { since: review.since, today: review.today }) },
    { kind: 'heading', level: 2, text: t('review.decisionsTitle') },
    { kind: 'list', ordered: true, items: review.decisions.map(texts.decision) },
    { kind: 'heading', level: 2, text: t('review.progressTitle') },
    { kind: 'paragraph', text: texts.statusLine(review) },
    review.quarters.length === 0
      ? { kind: 'paragraph', text: t('followUp.quartersNone') }
      : {
          kind: 'table',
          header: [
            t('followUp.col.quarter'),
            t('followUp.col.planned'),
            t('followUp.col.plannedDone'),
            t('followUp.col.done'),
          ],
          widths: [31, 23, 23, 23],
          rows: [
            ...span.rows.map((q) => [
              texts.quarter(q.quarter),
              String(q.planned),
              String(q.plannedDone),
              String(q.done),
            ]),
            ...(span.later
              ? [
                  [
                    t('followUp.later'),
                    String(span.later.planned),
                    String(span.later.plannedDone),
                    String(span.later.done),
                  ],
                ]
              : []),
          ],
        },
    { kind: 'heading', level: 2, text: `${t('followUp.overdueTitle')} (${review.overdue.length})` },
    review.overdue.length === 0
      ? { kind: 'paragraph', text: t('followUp.overdueNone') }
      : {
          kind: 'table',
          header: [t('followUp.col.owner'), t('followUp.col.overdue'), t('followUp.col.oldest')],
          widths: [50, 25, 25],
          rows: overdueByOwner(review.overdue).map((o) => [
            texts.role(o.ownerRole),
            String(o.count),
            o.oldest,
          ]),
        },
    ...(review.overdue.length > 0 ? [{ kind: 'paragraph' as const, text: t('followUp.overdueFull') }] : []),
    { kind: 'heading', level: 2, text: t('followUp.changesTitle') },
    review.changes.length === 0
      ? { kind: 'paragraph', text: t('followUp.changesNone', { since: review.since }) }
      : { kind: 'list', ordered: false, items: review.changes.slice(0, CHANGES).map(texts.change) },
    ...(review.changes.length > CHANGES
      ? [
          {
            kind: 'paragraph' as const,
            text: t('followUp.changesMore', { count: review.changes.length - CHANGES }),
          },
        ]
      : []),
    { kind: 'heading', level: 2, text: t('review.legalTitle') },
    {
      kind: 'paragraph',
      text: `${legalCounts(review, t)} ${t('review.legalFrom', { date: review.latestDate })}`,
    },
    ...(checklist ? [{ kind: 'paragraph' as const, text: checklistLine(checklist, t) }] : []),
    { kind: 'heading', level: 2, text: t('followUp.areasTitle') },
    {
      kind: 'table',
      header: [
        t('followUp.col.area'),
        start,
        ...(review.hasNewer ? [now] : []),
        t('followUp.col.target'),
        t('followUp.col.items'),
      ],
      widths: review.hasNewer ? [40, 15, 15, 12, 18] : [46, 18, 14, 22],
      rows: review.areas.map((a) => [
        texts.loc(a.area.title),
        texts.level(a.start),
        ...(review.hasNewer ? [texts.level(a.now)] : []),
        String(a.target),
        t('followUp.itemsDone', { done: a.done, items: a.items }),
      ]),
    },
  ];
  return {
    title,
    header: `${assessment.organisation} · ${title} · ${review.today}`,
    warning: '',
    marking: t('secrecy.marking'),
    footer: t('word.page', { page: '{page}', pages: '{pages}' }),
    language,
    blocks,
  };
}

export const reviewDocx = (input: ReviewWordInput) => toDocx(reviewDocument(input));

import type { DecisionBrief } from '../../domain/brief/brief';
import type { DocBlock, DocModel } from '../../domain/document/model';
import { toDocx } from '../../domain/document/docx';
import { formatLevel } from '../../i18n/format';
import type { Assessment } from '../../domain/assessment/types';
import { decisionText, legalCountsText, riskFacts, verdictSentences, type Words } from './brief-text';
import { withCompoundBreaks } from '../../domain/document/compound-breaks';

export type SummaryWordInput = {
  assessment: Assessment;
  brief: DecisionBrief;
  words: Words;
  /** The first steps as the page shows them: title, owner and date. */
  steps: string[];
};

/** The ledningssammanfattning as a document: the same words as the page, from the same functions. */
export function summaryDocument({ assessment, brief, words, steps }: SummaryWordInput): DocModel {
  const { t, loc, language } = words;
  const title = t('summary.heading');
  const level = (v: number | null) => formatLevel(v, language);
  const blocks: DocBlock[] = [
    { kind: 'heading', level: 1, text: `${title} – ${assessment.organisation}` },
    {
      kind: 'paragraph',
      text: [assessment.organisation, t('summary.scope', { scope: assessment.scope }), assessment.date].join(
        ' · ',
      ),
    },
    { kind: 'heading', level: 2, text: t('brief.verdictTitle') },
    { kind: 'paragraph', text: verdictSentences(brief.verdict, words).join(' '), bold: true },
    { kind: 'heading', level: 2, text: t('brief.areasTitle') },
    {
      kind: 'table',
      header: [t('report.col.area'), t('brief.col.status'), t('brief.col.level'), t('brief.col.target')],
      // "Grunderna saknas", "Nuläge (medel)" and "Målnivå" with no word broken (checked through LibreOffice).
      widths: [42, 27, 16, 15],
      rows: brief.areas.map(({ score, status, level: shown }) => [
        withCompoundBreaks(loc(score.area.title)),
        t(`brief.status.${status}`),
        level(shown),
        String(score.target),
      ]),
    },
    { kind: 'heading', level: 2, text: t('brief.risksTitle') },
    brief.risks.length === 0
      ? { kind: 'paragraph', text: t('brief.risksNone') }
      : {
          kind: 'list',
          ordered: false,
          items: brief.risks.map(
            (r) =>
              `${loc(r.area.title)}: ${r.area.risk ? `${loc(r.area.risk)} ` : ''}(${riskFacts(r, words)})`,
          ),
        },
    { kind: 'heading', level: 2, text: t('brief.decisionsTitle') },
    { kind: 'list', ordered: true, items: brief.decisions.map((d) => decisionText(d, words)) },
    { kind: 'heading', level: 2, text: t('brief.stepsTitle') },
    steps.length === 0
      ? { kind: 'paragraph', text: t('summary.firstStepsNone') }
      : { kind: 'list', ordered: true, items: steps },
    { kind: 'page-break' },
    { kind: 'heading', level: 2, text: t('brief.appendix') },
    { kind: 'paragraph', text: `${t('legal.countsLabel')}: ${legalCountsText(brief.legal, t)}.` },
    {
      kind: 'table',
      header: [
        t('report.col.area'),
        t('report.col.average'),
        t('report.col.cumulative'),
        t('report.col.target'),
        t('report.col.gap'),
        t('report.col.coverage'),
      ],
      // Portrait A4: each figure column holds its heading's longest word ("Skillnad", "Besvarat", "Målnivå")
      // whole, checked through LibreOffice; area names break at their joints.
      widths: [25, 15, 15, 15, 15, 15],
      rows: brief.score.areas.map((a) => [
        withCompoundBreaks(loc(a.area.title)),
        level(a.average),
        level(a.cumulative),
        String(a.target),
        level(a.gap),
        t('report.ofTotal', { value: a.coverage.answered, total: a.coverage.applicable }),
      ]),
    },
  ];
  return {
    title,
    header: `${assessment.organisation} · ${title} · ${assessment.date}`,
    marking: t('secrecy.marking'),
    warning: brief.coverage.incomplete
      ? t('incomplete.print', { basis: brief.coverage.basis, applicable: brief.coverage.applicable })
      : '',
    footer: t('word.page', { page: '{page}', pages: '{pages}' }),
    language,
    blocks,
  };
}

export const summaryDocx = (input: SummaryWordInput) => toDocx(summaryDocument(input));

import { useMemo } from 'react';
import { useT } from '../../i18n';
import { usePlanItems } from '../../storage/hooks';
import { legalOf } from '../../storage/legal';
import { CHECKLIST } from '../../domain/legal/checklist';
import { dutyRows } from '../../domain/legal/duties';
import { placeOf } from '../../domain/legal/kommuner';
import { soaRows } from '../../domain/legal/soa';
import { legalSummary, soaSummary } from '../../domain/legal/summary';
import type { Answer, Assessment } from '../../domain/assessment/types';
import type { Questionnaire } from '../../domain/questionnaire/schema';

type Props = { questionnaire: Questionnaire; assessment: Assessment; answers: ReadonlyMap<string, Answer> };

/** The legal checklist and the tillämpningsförklaring in three sentences, for the report and the brief. */
export function LegalSummary({ questionnaire, assessment, answers }: Props) {
  const t = useT();
  const items = usePlanItems(assessment.id);
  const legal = legalOf(assessment);
  const { duties, soa } = useMemo(() => {
    const l = legalOf(assessment);
    return {
      duties: legalSummary(dutyRows(CHECKLIST, questionnaire, answers, l, items ?? [])),
      soa: soaSummary(soaRows(questionnaire, answers, l, items ?? [])),
    };
  }, [questionnaire, assessment, answers, items]);
  const where = placeOf(legal.place.kommunCode);
  const base = `#/skattning/${assessment.id}`;
  return (
    <section className="report-section" aria-labelledby="legal-view-title">
      <h2 id="legal-view-title">{t('report.legalView')}</h2>
      <p>
        {legal.place.category && where
          ? t('report.legalViewPlace', {
              category: t(`legal.place.${legal.place.category}`).toLowerCase(),
              supervisor: where.supervisorName,
            })
          : t('report.legalViewPlaceMissing')}
      </p>
      <ul>
        <li>
          {t('report.legalViewChecklist', {
            inPlace: duties.counts['pa-plats'],
            total: duties.total,
            partly: duties.counts.delvis,
            missing: duties.counts.saknas,
            notAssessed: duties.counts['inte-bedomt'],
          })}
        </li>
        <li>
          {t('report.legalViewSoa', {
            applicable: soa.applicable,
            total: soa.total,
            inPlace: soa.counts['pa-plats'],
          })}
        </li>
      </ul>
      <p className="no-print">
        <a href={`${base}/lagkrav`}>{t('legal.link')}</a> ·{' '}
        <a href={`${base}/tillampning`}>{t('legal.soaLink')}</a> ·{' '}
        <a href={`${base}/incidentkort`}>{t('legal.cardLink')}</a>
      </p>
    </section>
  );
}

import { useMemo } from 'react';
import { CHECKLIST } from '../domain/legal/checklist';
import { dutyRows } from '../domain/legal/duties';
import { soaRows } from '../domain/legal/soa';
import { legalOf } from '../storage/legal';
import { usePlanItems } from '../storage/hooks';
import { useAssessmentData } from './use-assessment-data';

/**
 * An assessment with its legal record, the checklist rows and the tillämpningsförklaring, for the
 * legal pages and the short summaries in the report. Plan items count only once the plan exists.
 */
export function useLegalData(id: string) {
  const data = useAssessmentData(id);
  const items = usePlanItems(id);
  const assessment = data.status === 'ready' ? data.assessment : null;
  const answers = data.status === 'ready' ? data.answers : null;
  const questionnaire = data.status === 'ready' ? data.questionnaire : null;
  const derived = useMemo(() => {
    if (!assessment || !answers || !questionnaire || !items) return null;
    const legal = legalOf(assessment);
    return {
      legal,
      duties: dutyRows(CHECKLIST, questionnaire, answers, legal, items),
      soa: soaRows(questionnaire, answers, legal, items),
    };
  }, [assessment, answers, questionnaire, items]);
  if (data.status === 'missing') return { status: 'missing' as const };
  if (data.status === 'loading') return { status: 'loading' as const };
  if (!derived || !items) return { status: 'loading' as const };
  return { ...data, items, ...derived };
}

import type { Questionnaire } from '../questionnaire/schema';
import { levelOf, type Answer, type Assessment } from './types';

/**
 * "Ny skattning baserad på denna": next year's assessment starts from this one. Answers, notes and
 * targets are copied; every copied answer is marked "behöver granskas" until someone confirms or
 * changes it. The earlier levels are kept on the new assessment so the report can compare.
 */
export function carryForward(
  source: Assessment,
  sourceAnswers: readonly Answer[],
  questionnaire: Questionnaire,
  ids: { newId: string; now: string; date: string },
): { assessment: Assessment; answers: Answer[] } {
  const known = new Set(questionnaire.areas.flatMap((a) => a.questions.map((q) => q.id)));
  const copied = sourceAnswers.filter((a) => known.has(a.questionId) && (a.value !== null || a.note !== ''));
  const levels: Record<string, number | null> = {};
  for (const a of sourceAnswers) if (known.has(a.questionId)) levels[a.questionId] = levelOf(a);

  const assessment: Assessment = {
    ...source,
    id: ids.newId,
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    date: ids.date,
    targets: structuredClone(source.targets),
    basedOn: { id: source.id, organisation: source.organisation, date: source.date, levels },
    lastAreaId: null,
    // Capacities and the kommun's own roles carry over; the new plan is not adopted yet.
    planSettings: {
      ...structuredClone(source.planSettings),
      adoptedBy: '',
      adoptedDate: null,
      diarienummer: '',
    },
    // The kommun's place, contacts, training log and SoA decisions still hold a year later; the user reviews them.
    legal: structuredClone(source.legal),
    createdAt: ids.now,
    updatedAt: ids.now,
  };
  const answers = copied.map<Answer>((a) => ({
    ...a,
    value: a.value === null ? null : structuredClone(a.value),
    assessmentId: ids.newId,
    flagged: false,
    carriedOver: true,
    updatedAt: ids.now,
  }));
  return { assessment, answers };
}

import type { Answer } from '../assessment/types';
import type { PlanItem } from '../plan/types';
import type { Question, Questionnaire } from '../questionnaire/schema';
import { ANNEX_A, annexRef, type AnnexControl } from './annex-a';
import { deriveStatus, linkedAnswers, type LinkedAnswer } from './status';
import { defaultSoaEntry, type LegalRecord, type LegalStatus, type SoaEntry } from './types';

export type SoaRow = {
  control: AnnexControl;
  entry: SoaEntry;
  /** True when the user has not recorded anything for the control yet. */
  isDefault: boolean;
  questions: Question[];
  linked: LinkedAnswer[];
  derived: LegalStatus;
  status: LegalStatus;
  plan: PlanItem[];
};

/** Question ids by Annex A control, from the questions' own ISO 27001 references. */
export function questionsByControl(questionnaire: Pick<Questionnaire, 'areas'>): Map<string, Question[]> {
  const map = new Map<string, Question[]>();
  for (const area of questionnaire.areas)
    for (const q of area.questions)
      for (const ref of q.references.iso) {
        if (!ref.startsWith('A.')) continue;
        const id = ref.slice(2);
        map.set(id, [...(map.get(id) ?? []), q]);
      }
  return map;
}

/**
 * The tillämpningsförklaring: every Annex A control with what the user decided, its status from the
 * answers to the questions that reference it (or the user's override), and the plan items that work
 * on it: items on those questions, or items that reference the control themselves.
 */
export function soaRows(
  questionnaire: Pick<Questionnaire, 'areas'>,
  answers: ReadonlyMap<string, Answer>,
  legal: LegalRecord,
  items: readonly PlanItem[],
): SoaRow[] {
  const byControl = questionsByControl(questionnaire);
  const open = items.filter((i) => i.dismissedReason === null);
  return ANNEX_A.map((control) => {
    const questions = byControl.get(control.id) ?? [];
    const ids = new Set(questions.map((q) => q.id));
    const linked = linkedAnswers([...ids], answers);
    const derived = deriveStatus(linked);
    const stored = Object.hasOwn(legal.soa, control.id) ? legal.soa[control.id]! : null;
    const entry = stored ?? defaultSoaEntry();
    const ref = annexRef(control.id);
    return {
      control,
      entry,
      isDefault: stored === null,
      questions,
      linked,
      derived,
      status: entry.override ?? derived,
      plan: open.filter(
        (i) => (i.questionId !== null && ids.has(i.questionId)) || i.references.iso.includes(ref),
      ),
    };
  });
}

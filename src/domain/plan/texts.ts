import type { ActionTemplate, Questionnaire } from '../questionnaire/schema';
import type { PlanItem } from './types';

export type ItemTexts = { title: string; description: string; deliverable: string };
type Field = keyof ItemTexts;
const FIELDS: readonly Field[] = ['title', 'description', 'deliverable'];

/**
 * The title, description and deliverable to show for a plan item in English. A generated item
 * stores the questionnaire's Swedish text; a field the user has not changed still equals it, so
 * the questionnaire's English can be shown instead. Whatever the user wrote is shown as written,
 * and nothing here changes what is stored (the plan stays one Swedish document for everybody).
 */
export function englishTexts(
  item: Pick<PlanItem, Field>,
  template: Pick<ActionTemplate, Field> | undefined,
): ItemTexts {
  const shown = { title: item.title, description: item.description, deliverable: item.deliverable };
  if (!template) return shown;
  for (const field of FIELDS) {
    const english = template[field].en;
    if (english && item[field] === template[field].sv) shown[field] = english;
  }
  return shown;
}

/** Every action template of the questionnaire (question actions and area actions) by id. */
export function actionTemplates(questionnaire: Pick<Questionnaire, 'areas'>): Map<string, ActionTemplate> {
  return new Map(
    questionnaire.areas.flatMap((a) =>
      [...a.questions.flatMap((q) => q.actions), ...a.areaActions].map((x) => [x.id, x]),
    ),
  );
}

/**
 * The texts to show in the UI language: the stored (Swedish) texts, or in English the
 * questionnaire's English where the user has not changed them (`englishTexts`).
 */
export function shownTexts(
  item: Pick<PlanItem, Field>,
  template: Pick<ActionTemplate, Field> | undefined,
  language: 'sv' | 'en',
): ItemTexts {
  if (language === 'en') return englishTexts(item, template);
  return { title: item.title, description: item.description, deliverable: item.deliverable };
}

import type { Questionnaire, Role } from '../../domain/questionnaire/schema';
import type { PlanItem } from '../../domain/plan/types';
import { actionTemplates, shownTexts, type ItemTexts } from '../../domain/plan/texts';
import { localize } from '../../i18n';
import type { Language } from '../../i18n/language';

/** What a card or a printed row shows beside the stored item: names from the questionnaire, and the texts in the UI language. */
export type ItemNames = ItemTexts & { area: string | null; question: string | null; role: string };

export type PlanLookup = ReturnType<typeof planLookup>;

/** The questionnaire's areas, questions, roles and action templates by id; built once per questionnaire. */
export function planLookup(questionnaire: Questionnaire, planRoles: readonly Role[] = questionnaire.roles) {
  const areas = new Map(questionnaire.areas.map((a) => [a.id, a]));
  const questions = new Map(questionnaire.areas.flatMap((a) => a.questions.map((q) => [q.id, q] as const)));
  const roles = new Map(planRoles.map((r) => [r.id, r]));
  return { areas, questions, roles, templates: actionTemplates(questionnaire) };
}

export function itemNames(item: PlanItem, lookup: PlanLookup, language: Language): ItemNames {
  const area = item.areaId ? lookup.areas.get(item.areaId) : undefined;
  const question = item.questionId ? lookup.questions.get(item.questionId) : undefined;
  const role = lookup.roles.get(item.ownerRole);
  const template = item.templateId ? lookup.templates.get(item.templateId) : undefined;
  return {
    ...shownTexts(item, template, language),
    area: area ? localize(area.title, language).text : null,
    question: question ? localize(question.text, language).text : null,
    role: role ? localize(role.name, language).text : item.ownerRole,
  };
}

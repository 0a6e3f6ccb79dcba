import type { ActionTemplate, LegalBasis, Question } from './schema';

type WithQuestions = { readonly questions: readonly Pick<Question, 'legalBasis'>[] };

/**
 * The one rule for "krav i cybersäkerhetslagen": a question counts when it rests on an explicit
 * duty in 2 kap. (anmälan, säkerhetsåtgärder, ledningens utbildning, incidentrapportering,
 * information to users) or on a measure area under 2 kap. 3 § (a NIS2 art. 21.2 letter).
 * Another law (GDPR, OSL, arkivlagen, säkerhetsskyddslagen) is a legal basis of its own and never
 * makes a question a cybersäkerhetslag requirement. Priority tier 2, the report's list of legal
 * requirements, the default målnivå and the "Krav i cybersäkerhetslagen" tag all ask this.
 */
export function isCslRequirement(question: Pick<Question, 'legalBasis'>): boolean {
  return question.legalBasis.some(isCslBasis);
}

export function isCslBasis(basis: LegalBasis): boolean {
  return basis.kind === 'csl-duty' || basis.kind === 'csl-measure';
}

/** An area has a cybersäkerhetslag requirement when any of its questions is one. */
export function areaHasCslRequirement(area: WithQuestions): boolean {
  return area.questions.some(isCslRequirement);
}

/**
 * An area action (the steps to level 4 and 5) counts as a cybersäkerhetslag requirement only in
 * an area with such a requirement, and only when the action serves an art. 21.2 measure area.
 */
export function isCslAreaAction(area: WithQuestions, action: Pick<ActionTemplate, 'references'>): boolean {
  return areaHasCslRequirement(area) && action.references.nis2.length > 0;
}

/** "2 kap. 4 §", "2 kap. 5–8 §§": a duty paragraph as Swedish law cites it. */
export function cslParagraphLabel(paragraph: Extract<LegalBasis, { kind: 'csl-duty' }>['paragraph']): string {
  const [chapter, sections] = paragraph.split(':') as [string, string];
  return sections.includes('-')
    ? `${chapter} kap. ${sections.replace('-', '–')} §§`
    : `${chapter} kap. ${sections} §`;
}

/** "art. 21.2 a, b; art. 23": NIS2 reference ids as a reader cites them. */
export function formatNis2(ids: readonly string[]): string {
  const letters = ids.filter((id) => !id.startsWith('art'));
  const articles = ids.filter((id) => id.startsWith('art')).map((id) => `art. ${id.slice(3)}`);
  return [letters.length ? `art. 21.2 ${letters.join(', ')}` : '', ...articles].filter(Boolean).join('; ');
}

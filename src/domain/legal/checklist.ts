import { z } from '../zod';
import data from './data/checklist.json';
import { CSL_DUTY_PARAGRAPHS } from '../questionnaire/reference-ids';
import type { Questionnaire } from '../questionnaire/schema';

/**
 * The legal checklist is data (src/domain/legal/data/checklist.json), so a föreskrift's paragraphs
 * can be added as duties without a code change. Each source and duty carries how far it has been
 * checked against the published text: V verified, S secondary source only, NF looked for, not found.
 */
const localized = z.strictObject({ sv: z.string().min(1).max(600), en: z.string().min(1).max(600) });
export const VERIFICATIONS = ['V', 'S', 'NF'] as const;
const verification = z.enum(VERIFICATIONS);
const questionId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const DERIVATIONS = ['answers', 'registration', 'training'] as const;

export const checklistSchema = z
  .strictObject({
    id: z.string().min(1),
    version: z.string().min(1),
    title: localized,
    sources: z
      .array(
        z.strictObject({
          id: z.string().min(1),
          name: z.string().min(1),
          title: localized,
          inForce: z.iso.date(),
          verification,
        }),
      )
      .min(1),
    duties: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
          source: z.string().min(1),
          paragraph: z.string().min(1).max(40),
          verification,
          /** How the status follows from the assessment: the linked answers, plus the registration date or the training log. */
          derive: z.enum(DERIVATIONS),
          /** The paragraph as questions name it in their `legalBasis`; those questions belong to the duty too. */
          basis: z.enum(CSL_DUTY_PARAGRAPHS).optional(),
          title: localized,
          asks: localized,
          evidence: localized,
          questions: z.array(questionId).max(30),
        }),
      )
      .min(1),
  })
  .superRefine((c, ctx) => {
    const sources = new Set(c.sources.map((s) => s.id));
    const ids = new Set<string>();
    c.duties.forEach((d, i) => {
      if (!sources.has(d.source))
        ctx.addIssue({ code: 'custom', path: ['duties', i, 'source'], message: 'Unknown source' });
      if (ids.has(d.id)) ctx.addIssue({ code: 'custom', path: ['duties', i, 'id'], message: 'Duplicate id' });
      ids.add(d.id);
    });
  });

export type Checklist = z.infer<typeof checklistSchema>;
export type Duty = Checklist['duties'][number];
export type LegalSource = Checklist['sources'][number];
export type Verification = (typeof VERIFICATIONS)[number];

/** The checklist that ships with the app; a broken data file fails here, in the unit tests, and the build. */
export const CHECKLIST: Checklist = checklistSchema.parse(data);

export function sourceOf(checklist: Checklist, duty: Duty): LegalSource {
  return checklist.sources.find((s) => s.id === duty.source)!;
}

/** Sources the checklist names but has no duties from yet (a föreskrift whose paragraphs are not added). */
export function sourcesWithoutDuties(checklist: Checklist): LegalSource[] {
  const used = new Set(checklist.duties.map((d) => d.source));
  return checklist.sources.filter((s) => !used.has(s.id));
}

/**
 * The questions that bear on a duty: those the checklist names, and those whose legal basis is the
 * duty's paragraph, so a question the bank links to the law later shows up without a data change.
 */
export function dutyQuestionIds(duty: Duty, questionnaire: Pick<Questionnaire, 'areas'>): string[] {
  const ids = [...duty.questions];
  for (const area of questionnaire.areas)
    for (const q of area.questions)
      if (
        !ids.includes(q.id) &&
        q.legalBasis.some((b) => b.kind === 'csl-duty' && b.paragraph === duty.basis)
      )
        ids.push(q.id);
  return ids;
}

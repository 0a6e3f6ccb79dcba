import { z } from '../zod.ts';
import { EFFORTS, LEVELS } from './constants.ts';
import { CSL_DUTY_PARAGRAPHS, NIS2_ARTICLES, NIS2_LETTERS, OTHER_LAWS } from './reference-ids.ts';

/**
 * The questionnaire file format. One folder per questionnaire under `questionnaires/`:
 * `questionnaire.yaml` holds the metadata, scale and roles and names its area files in order;
 * each `areas/<id>.yaml` holds one area with its questions. The loader joins them into a
 * `Questionnaire`. Every string and list has a maximum so that a broken or hostile file
 * cannot blow up the app.
 */

const text = (max: number) => z.string().trim().min(1).max(max);

/** Swedish is required and is the reference; English is optional and falls back to Swedish. */
export const localizedSchema = (max = 4000) => z.strictObject({ sv: text(max), en: text(max).optional() });

export const MSB_STEPS = [
  'identifiera-och-analysera',
  'utforma',
  'anvanda',
  'folja-upp-och-forbattra',
] as const;
export const msbStepSchema = z.enum(MSB_STEPS);

/** The sub-parts (delar) of MSB's revised metodstöd, by step. */
export const MSB_PARTS: Record<(typeof MSB_STEPS)[number], readonly string[]> = {
  'identifiera-och-analysera': ['Verksamhetsanalys', 'Omvärldsanalys', 'Riskbild', 'Gapanalys'],
  utforma: [
    'Organisation',
    'Ledning och styrning',
    'Informationssäkerhetsmål',
    'Styrdokument',
    'Riskhantering',
    'Klassningsmodell',
    'Välj säkerhetsåtgärder och skapa skyddsnivåer',
    'Handlingsplan',
    'Kontinuitetshantering för informationstillgångar',
    'Incidenthantering',
  ],
  anvanda: ['Riskanalys', 'Klassning av information', 'Genomföra och efterleva', 'Utbilda och kommunicera'],
  'folja-upp-och-forbattra': ['Utvärdera och följa upp', 'Ledningens genomgång'],
};

export { EFFORTS, LEVELS } from './constants.ts';
export const effortSchema = z.enum(EFFORTS);

export const levelSchema = z.number().int().min(0).max(5);

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id: små bokstäver a–z, siffror och bindestreck')
  .max(64);

/**
 * References to the sources. Ids are checked against the reference catalogue in tests:
 * `iso` holds ISO/IEC 27001:2022 clauses ("5.1", "6.1.2") and Annex A controls ("A.5.15");
 * `csf` NIST CSF 2.0 categories ("GV.PO"); `cis` CIS Controls v8 safeguards ("5.2");
 * `nis2` letters of NIS2 article 21.2 ("a"–"j").
 */
export const referencesSchema = z.strictObject({
  iso: z
    .array(z.string().regex(/^(A\.)?\d+(\.\d+){0,2}$/))
    .max(20)
    .default([]),
  csf: z
    .array(z.string().regex(/^[A-Z]{2}\.[A-Z]{2}$/))
    .max(10)
    .default([]),
  cis: z
    .array(z.string().regex(/^\d{1,2}\.\d{1,2}$/))
    .max(20)
    .default([]),
  nis2: z.array(z.enum(NIS2_LETTERS)).max(10).default([]),
});

/**
 * A question may also cite NIS2 articles outside 21.2 ("art20" ledningens ansvar och utbildning,
 * "art23" rapportering, "art3.4" the registration duty), so that a question about those duties
 * is not forced into a 21.2 letter. Actions keep to the letters: their references travel into
 * plan items and share files, whose format knows only the letters.
 */
export const questionReferencesSchema = referencesSchema.extend({
  nis2: z
    .array(z.enum([...NIS2_LETTERS, ...NIS2_ARTICLES]))
    .max(10)
    .default([]),
});

/**
 * Why the law asks for what a question asks about (docs/content-guide.md, "Legal basis"):
 * an explicit duty in cybersäkerhetslagen (2 kap. with its paragraph), a measure area under
 * 2 kap. 3 § (the NIS2 art. 21.2 letter), or another law. Empty when no law requires it.
 */
export const legalBasisSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('csl-duty'), paragraph: z.enum(CSL_DUTY_PARAGRAPHS) }),
  z.strictObject({ kind: z.literal('csl-measure'), letter: z.enum(NIS2_LETTERS) }),
  z.strictObject({ kind: z.literal('other-law'), law: z.enum(OTHER_LAWS) }),
]);

export const actionSchema = z.strictObject({
  id: idSchema,
  /** The level this action lifts the question (or area) to: 1 means the step 0→1. */
  toLevel: z.number().int().min(1).max(5),
  title: localizedSchema(200),
  description: localizedSchema(2000),
  deliverable: localizedSchema(400),
  /** A role id from the questionnaire's `roles`. */
  owner: idSchema,
  effort: effortSchema,
  references: referencesSchema,
});

export const questionSchema = z.strictObject({
  /** Stable forever: a reworded question keeps its id; a changed meaning gets a new id. */
  id: idSchema,
  text: localizedSchema(400),
  guidance: localizedSchema(3000),
  evidence: localizedSchema(1500),
  /** What each level 0–5 looks like for this very question. */
  levels: z.array(localizedSchema(600)).length(6),
  msb: z.strictObject({ step: msbStepSchema, part: text(80) }),
  references: questionReferencesSchema,
  /** The legal bases of what the question asks about; see isCslRequirement for what counts as a krav. */
  legalBasis: z.array(legalBasisSchema).max(6).default([]),
  actions: z.array(actionSchema).min(1).max(12),
});

export const areaSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema(120),
  description: localizedSchema(1500),
  /**
   * In plain words for a kommunstyrelse: what could happen to the kommun's services if the area is
   * weak. The ledningssammanfattning names its largest risks with it.
   */
  risk: localizedSchema(600).optional(),
  msbStep: msbStepSchema,
  questions: z.array(questionSchema).min(1).max(40),
  /** Actions for the upper steps (3→4, 4→5) that apply to the whole area. */
  areaActions: z.array(actionSchema).max(12).default([]),
});

export const scaleLevelSchema = z.strictObject({
  level: levelSchema,
  name: localizedSchema(40),
  description: localizedSchema(400),
});

export const roleSchema = z.strictObject({ id: idSchema, name: localizedSchema(80) });

export const idMappingSchema = z.strictObject({
  /** The version whose question ids the mapping translates from. */
  fromVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** old id → new id; an old id mapped to null was removed and its answer is dropped with a notice. */
  questions: z.record(idSchema, idSchema.nullable()),
});

/**
 * What one version of the bank changed, told to the user after an update and when an older file is
 * opened. `changed` lists questions whose meaning or level texts changed: an answer stays, but
 * deserves a second look. Where a removed question's answer goes is said by `idMappings`.
 */
export const bankChangeSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** In plain words: what changed and why, for the person who answered the questions. */
  summary: localizedSchema(800),
  added: z.array(idSchema).max(300).default([]),
  changed: z.array(idSchema).max(300).default([]),
  removed: z.array(idSchema).max(300).default([]),
});

export const questionnaireHeadSchema = z.strictObject({
  id: idSchema,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version: semver, till exempel 1.0.0'),
  title: localizedSchema(120),
  description: localizedSchema(1500),
  scale: z.array(scaleLevelSchema).length(6),
  roles: z.array(roleSchema).min(1).max(40),
  /** Area file names (without .yaml) in the order they are shown. */
  areas: z.array(idSchema).min(1).max(40),
  idMappings: z.array(idMappingSchema).max(50).default([]),
  /** Newest last: what each version changed since the one before it. */
  changes: z.array(bankChangeSchema).max(50).default([]),
});

export const questionnaireSchema = questionnaireHeadSchema
  .omit({ areas: true })
  .extend({ areas: z.array(areaSchema).min(1).max(40) });

export type Localized = z.infer<ReturnType<typeof localizedSchema>>;
export type MsbStep = z.infer<typeof msbStepSchema>;
export type Effort = z.infer<typeof effortSchema>;
export type Level = (typeof LEVELS)[number];
export type References = z.infer<typeof referencesSchema>;
export type QuestionReferences = z.infer<typeof questionReferencesSchema>;
export type LegalBasis = z.infer<typeof legalBasisSchema>;
export type ActionTemplate = z.infer<typeof actionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Questionnaire = z.infer<typeof questionnaireSchema>;
export type BankChange = z.infer<typeof bankChangeSchema>;

import { z } from '../zod';
import type { Answer, Assessment } from '../assessment/types';
import { PLAN_STATUSES, PRIORITY_REASONS, type PlanItem } from '../plan/types';
import { effortSchema } from '../questionnaire/schema';
import { PLAN_SETTINGS_LIMITS as PS } from '../plan/settings';
import {
  CONTACT_ROLES,
  LAW_CATEGORIES,
  LEGAL_LIMITS as LL,
  LEGAL_STATUSES,
  SOA_REASONS,
} from '../legal/types';
import { FORMAT, FORMAT_VERSION, GENERATOR_NAME, type ShareBundle } from './bundle';
import { SHARE_LIMITS as L } from './limits';

/**
 * The strict schema of a plain share file. Every object is strict (an unknown key, such as
 * `__proto__` or `constructor`, is an error rather than silently dropped), every string and list has
 * a maximum, and strings are never trimmed or otherwise transformed: what is read is exactly what
 * was written. The type checks at the end stop the schema from drifting from the domain types.
 */

/** Safe in hash routes and as object keys: UUIDs and questionnaire ids both fit. */
// ":" joins the assessment and template ids of a generated plan item (src/domain/plan/generate.ts).
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const SEMVER_PATTERN = /^\d+\.\d+\.\d+$/;

const id = z.string().max(L.id).regex(ID_PATTERN, 'Invalid id');
const text = (max: number) => z.string().max(max);
const level = z.number().int().min(0).max(5);
/** Written by `Date.prototype.toISOString`; an offset is accepted too, because it is still exact. */
const dateTime = z.iso.datetime({ offset: true });
const date = z.iso.date();
const semver = z.string().max(L.version).regex(SEMVER_PATTERN, 'Expected a version like 1.0.0');

/** A map keyed by id, with a maximum number of entries (zod records have none of their own). */
const boundedRecord = <T extends z.ZodType>(value: T, max: number) =>
  z
    .record(id, value)
    .refine((r) => Object.keys(r).length <= max, `At most ${max} entries`)
    .meta({ maxProperties: max });

export const answerValueSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('level'), level }),
  z.strictObject({ kind: z.literal('unknown') }),
  z.strictObject({ kind: z.literal('not-applicable'), reason: text(L.reason) }),
]);

export const answerSchema = z.strictObject({
  assessmentId: id,
  questionId: id,
  value: answerValueSchema.nullable(),
  note: text(L.note),
  flagged: z.boolean(),
  carriedOver: z.boolean(),
  updatedAt: dateTime,
});

export const areaTargetSchema = z.strictObject({ level, reason: text(L.reason) });

export const planSettingsSchema = z.strictObject({
  capacity: boundedRecord(z.number().int().min(0).max(PS.capacity), PS.roles),
  roles: z.array(z.strictObject({ id, name: text(PS.roleName) })).max(PS.roles),
  adoptedBy: text(PS.adoptedBy),
  adoptedDate: date.nullable(),
  diarienummer: text(PS.diarienummer),
});

const contactSchema = z.strictObject({ name: text(LL.name), phone: text(LL.phone), email: text(LL.email) });
const legalStatus = z.enum(LEGAL_STATUSES);

/** The legal view's record (src/domain/legal/types.ts); added in format 2. */
export const legalRecordSchema = z.strictObject({
  place: z.strictObject({
    category: z.enum(LAW_CATEGORIES).nullable(),
    kommunCode: z
      .string()
      .regex(/^\d{4}$/)
      .nullable(),
    registeredDate: date.nullable(),
    contacts: z.strictObject(
      Object.fromEntries(CONTACT_ROLES.map((r) => [r, contactSchema])) as Record<
        (typeof CONTACT_ROLES)[number],
        typeof contactSchema
      >,
    ),
    reportChannel: text(LL.reportChannel),
  }),
  duties: boundedRecord(
    z.strictObject({
      status: legalStatus.nullable(),
      reason: text(LL.reason),
      evidence: text(LL.evidence),
      updatedAt: dateTime,
    }),
    LL.duties,
  ),
  trainings: z
    .array(
      z.strictObject({
        id,
        name: text(LL.name),
        body: text(LL.body),
        course: text(LL.course),
        date: date.nullable(),
        updatedAt: dateTime,
      }),
    )
    .max(LL.trainings),
  soa: boundedRecord(
    z.strictObject({
      applicable: z.boolean(),
      reasons: z.array(z.enum(SOA_REASONS)).max(SOA_REASONS.length),
      justification: text(LL.reason),
      override: legalStatus.nullable(),
      overrideReason: text(LL.reason),
      updatedAt: dateTime,
    }),
    LL.soa,
  ),
});

export const assessmentSchema = z.strictObject({
  id,
  questionnaireId: id,
  questionnaireVersion: semver,
  organisation: text(L.organisation),
  scope: text(L.scope),
  participants: text(L.participants),
  date,
  targets: boundedRecord(areaTargetSchema, L.targets),
  basedOn: z
    .strictObject({
      id,
      organisation: text(L.organisation),
      date,
      levels: boundedRecord(level.nullable(), L.basedOnLevels),
    })
    .nullable(),
  lastAreaId: id.nullable(),
  planSettings: planSettingsSchema,
  legal: legalRecordSchema,
  createdAt: dateTime,
  updatedAt: dateTime,
});

const referenceList = z.array(text(L.referenceId)).max(L.references);

export const shareReferencesSchema = z.strictObject({
  iso: referenceList,
  csf: referenceList,
  cis: referenceList,
  nis2: z.array(z.enum(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'])).max(L.references),
});

export const planItemSchema = z.strictObject({
  id,
  assessmentId: id,
  templateId: id.nullable(),
  areaId: id.nullable(),
  questionId: id.nullable(),
  toLevel: level.nullable(),
  title: text(L.title),
  description: text(L.description),
  deliverable: text(L.deliverable),
  references: shareReferencesSchema,
  lawRequired: z.boolean(),
  priority: z.literal([1, 2, 3]),
  priorityReason: z.enum(PRIORITY_REASONS),
  order: z.number().min(-L.order).max(L.order),
  ownerRole: text(L.ownerRole),
  ownerName: text(L.ownerName),
  start: date.nullable(),
  due: date.nullable(),
  effort: effortSchema,
  costKronor: z.number().int().min(0).max(L.costKronor).nullable(),
  costDays: z.number().min(0).max(L.costDays).nullable(),
  dependsOn: z.array(id).max(L.dependsOn),
  status: z.enum(PLAN_STATUSES),
  history: z.array(z.strictObject({ at: dateTime, status: z.enum(PLAN_STATUSES) })).max(L.history),
  followUp: text(L.followUp),
  note: text(L.note),
  decidedIn: text(L.decidedIn),
  decidedDate: date.nullable(),
  dismissedReason: text(L.reason).nullable(),
  edited: z.boolean(),
  isNew: z.boolean(),
  obsolete: z.boolean(),
  createdAt: dateTime,
  updatedAt: dateTime,
});

const bundleHead = {
  format: z.literal(FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  exportedAt: dateTime,
  generator: z.strictObject({ name: z.literal(GENERATOR_NAME), version: text(L.version) }),
  questionnaire: z.strictObject({ id, version: semver }),
  assessment: assessmentSchema,
};

/**
 * The file with its lists' items left unchecked, so that validation can check the items one by one
 * and stop after the issues it will show (validate.ts) instead of building thousands of them.
 */
export const bundleShellSchema = z.strictObject({
  ...bundleHead,
  answers: z.array(z.unknown()).max(L.answers),
  actions: z.array(z.unknown()).max(L.actions),
});

export const bundleSchema = z
  .strictObject({
    ...bundleHead,
    answers: z.array(answerSchema).max(L.answers),
    actions: z.array(planItemSchema).max(L.actions),
  })
  .superRefine((b, ctx) => {
    // These would not fail a type check but would lose data on import: a second answer to the same
    // question, or a second action with the same id, overwrites the first in the database.
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    if (b.questionnaire.id !== b.assessment.questionnaireId)
      issue(['questionnaire', 'id'], 'Does not match assessment.questionnaireId');
    if (b.questionnaire.version !== b.assessment.questionnaireVersion)
      issue(['questionnaire', 'version'], 'Does not match assessment.questionnaireVersion');
    const questions = new Set<string>();
    b.answers.forEach((a, i) => {
      if (a.assessmentId !== b.assessment.id) issue(['answers', i, 'assessmentId'], 'Not this assessment');
      if (questions.has(a.questionId)) issue(['answers', i, 'questionId'], 'Duplicate answer');
      questions.add(a.questionId);
    });
    const actions = new Set<string>();
    b.actions.forEach((a, i) => {
      if (a.assessmentId !== b.assessment.id) issue(['actions', i, 'assessmentId'], 'Not this assessment');
      if (actions.has(a.id)) issue(['actions', i, 'id'], 'Duplicate id');
      actions.add(a.id);
    });
  })
  .meta({
    title: 'LIS-stegen share file',
    description: 'One self-assessment with its answers and action plan. See docs/file-format.md.',
  });

// Compile-time guard: if a domain type gains, loses or changes a field (even an optional one), these
// lines stop compiling until the schema (and, if the shape changes, the format version) follows.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
export type SchemaMatchesDomainTypes = [
  Assert<Equals<z.output<typeof answerSchema>, Answer>>,
  Assert<Equals<z.output<typeof assessmentSchema>, Assessment>>,
  Assert<Equals<z.output<typeof planItemSchema>, PlanItem>>,
  Assert<Equals<z.output<typeof bundleSchema>, ShareBundle>>,
];

import { z } from '../zod';
import { PLAN_STATUSES } from '../plan/types';
import { KOMMUNER, LAN } from '../legal/kommuner';
import { KOMMUNGRUPPER } from './kommungrupper';
import { RESULT_FORMAT, RESULT_FORMAT_VERSION, type ResultFile } from './result-file';
import { RESULT_LIMITS as L } from './result-limits';

/**
 * The strict schema of a plain result file. Like the share file's (src/domain/exchange/schema.ts):
 * every object strict, every list and map bounded, nothing transformed. Unlike it, there is no free
 * text at all: every string is an id, a code, a date or a version, so a note, a reason or a person's
 * name has no field to travel in. The kommun's name must be the official name for its code.
 */

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const SEMVER_PATTERN = /^\d+\.\d+\.\d+$/;

const id = z.string().max(L.id).regex(ID_PATTERN, 'Invalid id');
const semver = z.string().max(L.version).regex(SEMVER_PATTERN, 'Expected a version like 1.0.0');
const level = z.number().int().min(0).max(5);
const count = z.number().int().min(0).max(L.planCount);
const kommungrupp = z.enum(KOMMUNGRUPPER);

const boundedRecord = <T extends z.ZodType>(value: T, max: number) =>
  z
    .record(id, value)
    .refine((r) => Object.keys(r).length <= max, `At most ${max} entries`)
    .meta({ maxProperties: max });

const officialName = new Map(KOMMUNER.map((k) => [k.code, k.name]));

export const resultIdentitySchema = z.discriminatedUnion('kind', [
  z
    .strictObject({
      kind: z.literal('kommun'),
      kommunCode: z.enum(KOMMUNER.map((k) => k.code) as [string, ...string[]]),
      name: z.string().max(L.id),
      kommungrupp: kommungrupp.nullable(),
    })
    .refine((i) => officialName.get(i.kommunCode) === i.name, {
      message: 'Not the official name for this kommun code',
      path: ['name'],
    }),
  z.strictObject({
    kind: z.literal('grupp'),
    lan: z.enum(LAN.map((l) => l.code) as [string, ...string[]]),
    kommungrupp,
  }),
]);

export const resultAnswerSchema = z.union([level, z.enum(['vet-ej', 'ej-tillampligt'])]);

export const statusCountsSchema = z.strictObject(
  Object.fromEntries(PLAN_STATUSES.map((s) => [s, count])) as Record<
    (typeof PLAN_STATUSES)[number],
    typeof count
  >,
);

export const resultFileSchema = z
  .strictObject({
    format: z.literal(RESULT_FORMAT),
    formatVersion: z.literal(RESULT_FORMAT_VERSION),
    exportedAt: z.iso.datetime({ offset: true }),
    generator: z.strictObject({ name: z.literal('LIS-stegen'), version: z.string().max(L.version) }),
    questionnaire: z.strictObject({ id, version: semver }),
    sender: z.string().regex(/^[0-9a-f]{32}$/, 'Expected 32 hex digits'),
    identity: resultIdentitySchema,
    assessmentDate: z.iso.date(),
    answers: boundedRecord(resultAnswerSchema, L.answers),
    targets: boundedRecord(level, L.areas),
    plan: z.strictObject({
      byStatus: statusCountsSchema,
      byArea: boundedRecord(statusCountsSchema, L.areas),
      openActions: z
        .array(id)
        .max(L.openActions)
        .refine((a) => new Set(a).size === a.length, 'Each action at most once'),
    }),
  })
  .meta({
    title: 'LIS-stegen result file',
    description:
      "One kommun's results for its region: levels, targets and plan counts only. See docs/result-file.md.",
  });

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
/** Compile-time guard: the schema and the domain type cannot drift apart. */
export type ResultSchemaMatchesType = Assert<Equals<z.output<typeof resultFileSchema>, ResultFile>>;

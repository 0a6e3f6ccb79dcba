import { z } from '../zod';
import { LAN } from '../legal/kommuner';
import { UNKNOWN_GROUP } from './aggregate';
import { KOMMUNGRUPPER } from './kommungrupper';
import { PICTURE_FORMAT, PICTURE_FORMAT_VERSION, type RegionPictureFile } from './picture-file';
import { MAX_RESULT_FILES, MIN_GROUP_SIZE, RESULT_LIMITS as L } from './result-limits';

/**
 * The strict schema of a plain region picture. Like the result file's: every object strict, every
 * map bounded, no free text (every string is an id, a code, a date or a version). On top of that it
 * holds the privacy rule itself: a picture of fewer than five kommuner, or an area or question with
 * fewer than five, does not read, so a hand-made file cannot carry one kommun's values either.
 */

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const SEMVER_PATTERN = /^\d+\.\d+\.\d+$/;

const id = z.string().max(L.id).regex(ID_PATTERN, 'Invalid id');
const semver = z.string().max(L.version).regex(SEMVER_PATTERN, 'Expected a version like 1.0.0');
const kommunCount = z.number().int().min(MIN_GROUP_SIZE).max(MAX_RESULT_FILES);
const count = z.number().int().min(0).max(MAX_RESULT_FILES);
const level = z.number().min(0).max(5);

const boundedRecord = <T extends z.ZodType>(value: T, max: number) =>
  z
    .record(id, value)
    .refine((r) => Object.keys(r).length <= max, `At most ${max} entries`)
    .meta({ maxProperties: max });

export const pictureSpreadSchema = z
  .strictObject({ n: kommunCount, min: level, q1: level, median: level, q3: level, max: level })
  .refine((s) => s.min <= s.q1 && s.q1 <= s.median && s.median <= s.q3 && s.q3 <= s.max, {
    message: 'Expected min ≤ q1 ≤ median ≤ q3 ≤ max',
  });

export const pictureAreaSchema = z
  .strictObject({
    spread: pictureSpreadSchema.nullable(),
    targets: pictureSpreadSchema.nullable(),
    atTarget: count.nullable(),
  })
  .refine((a) => (a.spread === null) === (a.atTarget === null), {
    message: 'atTarget is given exactly when the spread is',
  })
  .refine((a) => a.spread === null || a.atTarget === null || a.atTarget <= a.spread.n, {
    message: 'More kommuner at target than with a level',
  });

export const pictureQuestionSchema = z
  .strictObject({ answered: kommunCount, below2: count, below3: count })
  .refine((q) => q.below2 <= q.below3 && q.below3 <= q.answered, {
    message: 'Expected below2 ≤ below3 ≤ answered',
  });

export const pictureScopeSchema = z.strictObject({
  lan: z.enum(LAN.map((l) => l.code) as [string, ...string[]]).nullable(),
  kommungrupp: z.enum([...KOMMUNGRUPPER, UNKNOWN_GROUP]).nullable(),
});

export const regionPictureSchema = z
  .strictObject({
    format: z.literal(PICTURE_FORMAT),
    formatVersion: z.literal(PICTURE_FORMAT_VERSION),
    exportedAt: z.iso.datetime({ offset: true }),
    generator: z.strictObject({ name: z.literal('LIS-stegen'), version: z.string().max(L.version) }),
    questionnaire: z.strictObject({ id, version: semver }),
    scope: pictureScopeSchema,
    kommuner: kommunCount,
    areas: boundedRecord(pictureAreaSchema, L.areas),
    questions: boundedRecord(pictureQuestionSchema.nullable(), L.answers),
  })
  .refine(
    (p) =>
      Object.values(p.areas).every(
        (a) => (a.spread?.n ?? 0) <= p.kommuner && (a.targets?.n ?? 0) <= p.kommuner,
      ) && Object.values(p.questions).every((q) => (q?.answered ?? 0) <= p.kommuner),
    { message: 'An area or question counts more kommuner than the picture has' },
  )
  .meta({
    title: 'LIS-stegen region picture',
    description:
      "The region's aggregate sent back to a kommun: spreads and counts of at least five kommuner, never a kommun's identity or its own values. See docs/result-file.md.",
  });

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
/** Compile-time guard: the schema and the domain type cannot drift apart. */
export type PictureSchemaMatchesType = Assert<
  Equals<z.output<typeof regionPictureSchema>, RegionPictureFile>
>;

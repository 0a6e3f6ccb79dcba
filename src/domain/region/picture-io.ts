import { canonicalJson } from '../exchange/canonical-json';
import { encryptText } from '../exchange/crypto';
import { FORMAT as SHARE_FORMAT } from '../exchange/bundle';
import type { ExportProblem } from '../exchange/export-error';
import type { ImportError } from '../exchange/import-error';
import { isRecord } from '../exchange/is-record';
import { openFile } from '../exchange/open-file';
import { passwordProblem } from '../exchange/password-policy';
import { utf8ByteLength } from '../exchange/utf8';
import { findForbiddenKey, toIssues } from '../exchange/validate';
import type { RegionFilter, RegionPicture } from './aggregate';
import {
  PICTURE_FILE_EXTENSION,
  PICTURE_FORMAT,
  PICTURE_FORMAT_VERSION,
  type PictureArea,
  type PictureQuestion,
  type RegionPictureFile,
} from './picture-file';
import { regionPictureSchema } from './picture-schema';
import { RESULT_FORMAT } from './result-file';
import { MAX_RESULT_FILE_BYTES, MIN_GROUP_SIZE } from './result-limits';
import type { Spread } from './spread';

/** What the overview knows besides the picture itself. */
export type RegionPictureMeta = {
  /** The bank the picture was aggregated against (the app's own). */
  questionnaire: { id: string; version: string };
  /** The filter the picture was made with; `{}` for the whole set. */
  filter: RegionFilter;
  exportedAt: string;
  generatorVersion: string;
};

export type PictureWriteProblem =
  | ExportProblem
  /** A picture of fewer than five kommuner (or one the overview already suppressed) is never written. */
  | { kind: 'too-few'; kommuner: number; minimum: number };

export type PictureWriteResult =
  | { ok: true; text: string; encrypted: boolean; file: RegionPictureFile }
  | { ok: false; error: PictureWriteProblem };

export type PictureImportError =
  | ImportError
  /** A kommun's result file where the region's picture was expected. */
  | { kind: 'result-file' }
  /** A share file (an assessment, with notes) where the region's picture was expected. */
  | { kind: 'share-file' };

export type PictureReadResult =
  { ok: true; file: RegionPictureFile; encrypted: boolean } | { ok: false; error: PictureImportError };

const round2 = (x: number) => Math.round(x * 100) / 100;

/** A spread of at least five kommuner, rounded to two decimals; otherwise nothing. */
function shown(spread: Spread | null): Spread | null {
  if (spread === null || spread.n < MIN_GROUP_SIZE) return null;
  return {
    n: spread.n,
    min: round2(spread.min),
    q1: round2(spread.q1),
    median: round2(spread.median),
    q3: round2(spread.q3),
    max: round2(spread.max),
  };
}

/**
 * The region's picture as a file a kommun may receive. It copies from the aggregate only the spreads
 * and counts, field by field; groups (län, kommungrupp), joint work and the plan's counts stay with the
 * coordinator. An area or question where fewer than five kommuner gave a level is left as null. Null
 * for a picture of fewer than five kommuner: unlike the overview's whole set, this file leaves the
 * coordinator's hands.
 */
export function buildRegionPicture(
  picture: RegionPicture,
  meta: RegionPictureMeta,
): RegionPictureFile | null {
  if (picture.suppressed || picture.kommuner < MIN_GROUP_SIZE) return null;
  const areas: Record<string, PictureArea> = {};
  for (const a of picture.areas) {
    const spread = shown(a.spread);
    areas[a.areaId] = { spread, targets: shown(a.targets), atTarget: spread ? a.atTarget : null };
  }
  const questions: Record<string, PictureQuestion | null> = {};
  for (const q of picture.questions)
    questions[q.questionId] =
      q.answered < MIN_GROUP_SIZE ? null : { answered: q.answered, below2: q.below2, below3: q.below3 };
  return {
    format: PICTURE_FORMAT,
    formatVersion: PICTURE_FORMAT_VERSION,
    exportedAt: meta.exportedAt,
    generator: { name: 'LIS-stegen', version: meta.generatorVersion },
    questionnaire: { id: meta.questionnaire.id, version: meta.questionnaire.version },
    scope: { lan: meta.filter.lan ?? null, kommungrupp: meta.filter.kommungrupp ?? null },
    kommuner: picture.kommuner,
    areas,
    questions,
  };
}

/** The plain file's text: keys sorted, two-space indent, final newline. */
export function regionPictureText(file: RegionPictureFile): string {
  return `${JSON.stringify(JSON.parse(canonicalJson(file)), null, 2)}\n`;
}

/**
 * For the regional overview: the file to send back to the kommuner, from `aggregate(files, bank,
 * filter)` and the same filter. Validated before it is written (the app never writes a file it would
 * refuse), optionally encrypted with the share file's envelope under the share file's password policy.
 */
export async function writeRegionPicture(
  picture: RegionPicture,
  meta: RegionPictureMeta,
  options: { password?: string } = {},
): Promise<PictureWriteResult> {
  const built = buildRegionPicture(picture, meta);
  if (!built)
    return {
      ok: false,
      error: {
        kind: 'too-few',
        kommuner: picture.suppressed ? 0 : picture.kommuner,
        minimum: MIN_GROUP_SIZE,
      },
    };
  const checked = regionPictureSchema.safeParse(built);
  if (!checked.success)
    return { ok: false, error: { kind: 'invalid', issues: toIssues(checked.error.issues) } };
  let text = regionPictureText(checked.data);
  if (options.password !== undefined) {
    const problem = passwordProblem(options.password);
    if (problem === 'empty') return { ok: false, error: { kind: 'empty-password' } };
    if (problem) return { ok: false, error: { kind: 'weak-password', problem } };
    text = await encryptText(text, options.password);
  }
  const bytes = utf8ByteLength(text);
  if (bytes > MAX_RESULT_FILE_BYTES)
    return { ok: false, error: { kind: 'too-large', bytes, limit: MAX_RESULT_FILE_BYTES } };
  return { ok: true, text, encrypted: options.password !== undefined, file: checked.data };
}

/** `regionbild-<län or hela>-<kommungrupp>-<date>.lisregionbild`: the scope, never a kommun. */
export function regionPictureFileName(file: RegionPictureFile): string {
  const parts = [
    'regionbild',
    file.scope.lan ?? 'alla',
    ...(file.scope.kommungrupp ? [file.scope.kommungrupp] : []),
    file.exportedAt.slice(0, 10),
  ];
  return `${parts.join('-')}${PICTURE_FILE_EXTENSION}`;
}

const fail = (error: PictureImportError): PictureReadResult => ({ ok: false, error });

/**
 * Reads a region picture, plain or encrypted, through the same layers as the share and result files
 * (openFile: size, UTF-8, empty, shape scan, JSON, password envelope), then format, version,
 * forbidden keys and the strict schema, which also refuses any count under five. Never throws.
 */
export async function readRegionPicture(
  input: Uint8Array | string,
  options: { password?: string; maxBytes?: number } = {},
): Promise<PictureReadResult> {
  try {
    const opened = await openFile(input, {
      password: options.password,
      maxBytes: options.maxBytes ?? MAX_RESULT_FILE_BYTES,
    });
    if (!opened.ok) return opened;
    return readPlain(opened.data, opened.encrypted);
  } catch (error) {
    return fail({ kind: 'invalid', issues: [{ path: '', message: String(error).slice(0, 200) }] });
  }
}

function readPlain(data: unknown, encrypted: boolean): PictureReadResult {
  if (isRecord(data) && data.format === SHARE_FORMAT) return fail({ kind: 'share-file' });
  if (isRecord(data) && data.format === RESULT_FORMAT) return fail({ kind: 'result-file' });
  if (!isRecord(data) || data.format !== PICTURE_FORMAT) return fail({ kind: 'not-lis-file' });
  const version = data.formatVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1)
    return fail({
      kind: 'invalid',
      issues: [{ path: 'formatVersion', message: 'Expected a positive integer' }],
    });
  if (version > PICTURE_FORMAT_VERSION)
    return fail({ kind: 'too-new', fileVersion: version, supportedVersion: PICTURE_FORMAT_VERSION });
  const forbidden = findForbiddenKey(data);
  if (forbidden !== null)
    return fail({ kind: 'invalid', issues: [{ path: forbidden, message: 'Forbidden key' }] });
  const checked = regionPictureSchema.safeParse(data);
  if (!checked.success) return fail({ kind: 'invalid', issues: toIssues(checked.error.issues) });
  return { ok: true, file: checked.data, encrypted };
}

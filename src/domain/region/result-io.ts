import { canonicalJson } from '../exchange/canonical-json';
import { encryptText } from '../exchange/crypto';
import { passwordProblem } from '../exchange/password-policy';
import type { ExportProblem } from '../exchange/export-error';
import type { ImportError } from '../exchange/import-error';
import { isRecord } from '../exchange/is-record';
import { openFile } from '../exchange/open-file';
import { utf8ByteLength } from '../exchange/utf8';
import { findForbiddenKey, toIssues } from '../exchange/validate';
import { FORMAT as SHARE_FORMAT } from '../exchange/bundle';
import { RESULT_FORMAT, RESULT_FORMAT_VERSION, type ResultFile } from './result-file';
import { MAX_RESULT_FILE_BYTES } from './result-limits';
import { resultFileSchema } from './result-schema';

/** Why a result file could not be read: the share file's reasons, and one more. */
export type ResultImportError =
  | ImportError
  /** A share file (everything, with notes) where a result file was expected: not pooled. */
  | { kind: 'share-file' };

export type ResultReadResult =
  { ok: true; file: ResultFile; encrypted: boolean } | { ok: false; error: ResultImportError };

export type ResultWriteResult =
  { ok: true; text: string; encrypted: boolean } | { ok: false; error: ExportProblem };

const fail = (error: ResultImportError): ResultReadResult => ({ ok: false, error });

/**
 * Reads a result file, plain or encrypted, with the share file's layers in the same order (size,
 * UTF-8, empty, shape scan, JSON, format, version, forbidden keys, strict schema) and the same
 * password envelope. Never throws. A result file is small, so its size limit is too.
 */
export async function readResultFile(
  input: Uint8Array | string,
  options: { password?: string; maxBytes?: number } = {},
): Promise<ResultReadResult> {
  try {
    return await read(input, options.password, options.maxBytes ?? MAX_RESULT_FILE_BYTES);
  } catch (error) {
    return fail({ kind: 'invalid', issues: [{ path: '', message: String(error).slice(0, 200) }] });
  }
}

async function read(
  input: Uint8Array | string,
  password: string | undefined,
  maxBytes: number,
): Promise<ResultReadResult> {
  const opened = await openFile(input, { password, maxBytes });
  if (!opened.ok) return opened;
  return readPlain(opened.data, opened.encrypted);
}

function readPlain(data: unknown, encrypted: boolean): ResultReadResult {
  if (isRecord(data) && data.format === SHARE_FORMAT) return fail({ kind: 'share-file' });
  if (!isRecord(data) || data.format !== RESULT_FORMAT) return fail({ kind: 'not-lis-file' });
  const version = data.formatVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1)
    return fail({
      kind: 'invalid',
      issues: [{ path: 'formatVersion', message: 'Expected a positive integer' }],
    });
  if (version > RESULT_FORMAT_VERSION)
    return fail({ kind: 'too-new', fileVersion: version, supportedVersion: RESULT_FORMAT_VERSION });
  const forbidden = findForbiddenKey(data);
  if (forbidden !== null)
    return fail({ kind: 'invalid', issues: [{ path: forbidden, message: 'Forbidden key' }] });
  const checked = resultFileSchema.safeParse(data);
  if (!checked.success) return fail({ kind: 'invalid', issues: toIssues(checked.error.issues) });
  return { ok: true, file: checked.data, encrypted };
}

/**
 * The file text: validated first (the app never writes a file it would refuse), keys sorted so the
 * same results give the same bytes, optionally encrypted with the share file's envelope.
 */
export async function writeResultFile(
  file: ResultFile,
  options: { password?: string } = {},
): Promise<ResultWriteResult> {
  const checked = resultFileSchema.safeParse(file);
  if (!checked.success)
    return { ok: false, error: { kind: 'invalid', issues: toIssues(checked.error.issues) } };
  let text = resultFileText(checked.data);
  if (options.password !== undefined) {
    if (options.password === '') return { ok: false, error: { kind: 'empty-password' } };
    // The share file's password policy: a result file may travel by e-mail just the same.
    const problem = passwordProblem(options.password);
    if (problem && problem !== 'empty') return { ok: false, error: { kind: 'weak-password', problem } };
    text = await encryptText(text, options.password);
  }
  const bytes = utf8ByteLength(text);
  if (bytes > MAX_RESULT_FILE_BYTES)
    return { ok: false, error: { kind: 'too-large', bytes, limit: MAX_RESULT_FILE_BYTES } };
  return { ok: true, text, encrypted: options.password !== undefined };
}

/**
 * The plain file's text, exactly as `writeResultFile` writes it without a password: keys sorted,
 * two-space indent, final newline. The send page shows it before saving.
 */
export function resultFileText(file: ResultFile): string {
  return `${JSON.stringify(JSON.parse(canonicalJson(file)), null, 2)}\n`;
}

/** A file name without the kommun's name unless the kommun chose to be named. */
export function resultFileName(file: ResultFile): string {
  const who =
    file.identity.kind === 'kommun'
      ? file.identity.kommunCode
      : `lan-${file.identity.lan}-${file.identity.kommungrupp}`;
  return `resultat-${who}-${file.assessmentDate}.lisresultat`;
}

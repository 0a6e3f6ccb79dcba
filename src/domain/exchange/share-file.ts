import type { ShareBundle } from './bundle';
import { encryptText } from './crypto';
import { ExportError, type ExportProblem } from './export-error';
import { MAX_FILE_BYTES } from './limits';
import { passwordProblem } from './password-policy';
import { serializeBundle, type SerializeOptions } from './serialize';
import { utf8ByteLength } from './utf8';

export type ExportOptions = SerializeOptions & {
  /** When given, the file is encrypted with it. One the password policy refuses (also '') is refused, not ignored. */
  password?: string;
  /** Defaults to the import limit, so that every exported file can be imported again. */
  maxBytes?: number;
};

export type ExportResult =
  { ok: true; text: string; encrypted: boolean } | { ok: false; error: ExportProblem };

/**
 * The whole export in one call: validate, serialize, optionally encrypt, and refuse a file larger
 * than an import would accept. The text goes into `new Blob([text], { type: MIME_TYPE })`.
 */
export async function exportShareFile(
  bundle: ShareBundle,
  options: ExportOptions = {},
): Promise<ExportResult> {
  let text: string;
  try {
    text = serializeBundle(bundle, options);
  } catch (error) {
    if (error instanceof ExportError) return { ok: false, error: error.problem };
    throw error;
  }
  const encrypted = options.password !== undefined;
  if (options.password !== undefined) {
    const problem = passwordProblem(options.password);
    if (problem === 'empty') return { ok: false, error: { kind: 'empty-password' } };
    if (problem) return { ok: false, error: { kind: 'weak-password', problem } };
    text = await encryptText(text, options.password);
  }
  const bytes = utf8ByteLength(text);
  const limit = options.maxBytes ?? MAX_FILE_BYTES;
  if (bytes > limit) return { ok: false, error: { kind: 'too-large', bytes, limit } };
  return { ok: true, text, encrypted };
}

import { decryptEnvelope } from './crypto';
import { ENCRYPTED_FORMAT, ENCRYPTED_FORMAT_VERSION, encryptedEnvelopeSchema } from './envelope';
import type { ImportError } from './import-error';
import { parseJsonText, type JsonTextResult } from './json-text';
import { isRecord } from './is-record';
import { MAX_FILE_BYTES } from './limits';
import { decodeUtf8, utf8ByteLength } from './utf8';

export type OpenedFile = { ok: true; data: unknown; encrypted: boolean } | { ok: false; error: ImportError };

/** For the UI: check `File.size` before reading the file into memory at all. */
export function checkFileSize(bytes: number, limit: number = MAX_FILE_BYTES): ImportError | null {
  return bytes > limit ? { kind: 'too-large', bytes, limit } : null;
}

/**
 * The layers every file the app reads shares, each cheap check before any expensive one: size,
 * UTF-8, empty, shape, JSON, then the password envelope when there is one (its version before the
 * password: a newer encrypted file cannot be opened, so the user is not asked for one). What comes
 * out is the plain JSON value, for the file kind's own format, version and schema checks.
 */
export async function openFile(
  input: Uint8Array | string,
  options: { password?: string; maxBytes: number },
): Promise<OpenedFile> {
  const size = typeof input === 'string' ? utf8ByteLength(input) : input.byteLength;
  const tooLarge = checkFileSize(size, options.maxBytes);
  if (tooLarge) return { ok: false, error: tooLarge };

  const outer = parseText(input);
  if (!outer.ok) return outer;
  const data = outer.value;
  if (!isRecord(data) || data.format !== ENCRYPTED_FORMAT) return { ok: true, data, encrypted: false };

  const version = data.formatVersion;
  if (typeof version === 'number' && version > ENCRYPTED_FORMAT_VERSION)
    return {
      ok: false,
      error: { kind: 'too-new', fileVersion: version, supportedVersion: ENCRYPTED_FORMAT_VERSION },
    };
  if (!options.password) return { ok: false, error: { kind: 'needs-password' } };
  const envelope = encryptedEnvelopeSchema.safeParse(data);
  if (!envelope.success) return { ok: false, error: { kind: 'wrong-password-or-damaged' } };
  const plain = await decryptEnvelope(envelope.data, options.password);
  if (!plain) return { ok: false, error: { kind: 'wrong-password-or-damaged' } };

  const inner = parseText(plain);
  if (!inner.ok) return inner;
  return { ok: true, data: inner.value, encrypted: true };
}

/** A string input was decoded by the caller; a byte-order mark is dropped either way. */
function parseText(input: Uint8Array | string): JsonTextResult {
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeUtf8(input);
  if (text === null) return { ok: false, error: { kind: 'not-json' } };
  return parseJsonText(text);
}

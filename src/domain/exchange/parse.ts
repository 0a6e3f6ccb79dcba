import { FORMAT, FORMAT_VERSION, type ShareBundle } from './bundle';
import { decryptEnvelope } from './crypto';
import { ENCRYPTED_FORMAT, ENCRYPTED_FORMAT_VERSION, encryptedEnvelopeSchema } from './envelope';
import type { ImportError } from './import-error';
import { parseJsonText, type JsonTextResult } from './json-text';
import { MAX_FILE_BYTES } from './limits';
import { isRecord, migrateToCurrent } from './migrate';
import { decodeUtf8, utf8ByteLength } from './utf8';
import { validateBundle } from './validate';

export type ReadOptions = {
  /** Needed for an encrypted file; without it such a file gives `needs-password`. */
  password?: string;
  /** Defaults to 20 MB. */
  maxBytes?: number;
};

export type ReadResult =
  | { ok: true; bundle: ShareBundle; encrypted: boolean; migratedFrom?: number }
  | { ok: false; error: ImportError };

const fail = (error: ImportError): ReadResult => ({ ok: false, error });

/**
 * Reads a share file, plain or encrypted, from its bytes (preferred: invalid UTF-8 is then caught)
 * or its text. The steps run in a fixed order, each cheap check before any expensive one: size,
 * UTF-8, empty, depth, JSON, format, version, migration, strict validation. Never throws.
 */
export async function readShareFile(
  input: Uint8Array | string,
  options: ReadOptions = {},
): Promise<ReadResult> {
  try {
    return await read(input, options);
  } catch (error) {
    // Unreachable by design; kept so that no input, however odd, can crash an import dialog.
    return fail({ kind: 'invalid', issues: [{ path: '', message: String(error).slice(0, 200) }] });
  }
}

/** For the UI: check `File.size` before reading the file into memory at all. */
export function checkFileSize(bytes: number, limit: number = MAX_FILE_BYTES): ImportError | null {
  return bytes > limit ? { kind: 'too-large', bytes, limit } : null;
}

async function read(input: Uint8Array | string, options: ReadOptions): Promise<ReadResult> {
  const size = typeof input === 'string' ? utf8ByteLength(input) : input.byteLength;
  const tooLarge = checkFileSize(size, options.maxBytes);
  if (tooLarge) return fail(tooLarge);

  const outer = parseText(input);
  if (!outer.ok) return outer;
  const data = outer.value;
  if (!isRecord(data) || data.format !== ENCRYPTED_FORMAT) return readPlain(data, false);

  // Version before password: a newer encrypted file cannot be opened, so do not ask for a password.
  const version = data.formatVersion;
  if (typeof version === 'number' && version > ENCRYPTED_FORMAT_VERSION)
    return fail({ kind: 'too-new', fileVersion: version, supportedVersion: ENCRYPTED_FORMAT_VERSION });
  if (!options.password) return fail({ kind: 'needs-password' });
  const envelope = encryptedEnvelopeSchema.safeParse(data);
  if (!envelope.success) return fail({ kind: 'wrong-password-or-damaged' });
  const plain = await decryptEnvelope(envelope.data, options.password);
  if (!plain) return fail({ kind: 'wrong-password-or-damaged' });

  const inner = parseText(plain);
  if (!inner.ok) return inner;
  return readPlain(inner.value, true);
}

/** A string input was decoded by the caller; a byte-order mark is dropped either way. */
function parseText(input: Uint8Array | string): JsonTextResult {
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeUtf8(input);
  if (text === null) return { ok: false, error: { kind: 'not-json' } };
  return parseJsonText(text);
}

/** Format, version, migration, validation. An encrypted envelope inside an encrypted file is not a LIS file. */
function readPlain(data: unknown, encrypted: boolean): ReadResult {
  if (!isRecord(data) || data.format !== FORMAT) return fail({ kind: 'not-lis-file' });
  const version = data.formatVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1)
    return fail({
      kind: 'invalid',
      issues: [{ path: 'formatVersion', message: 'Expected a positive integer' }],
    });
  if (version > FORMAT_VERSION)
    return fail({ kind: 'too-new', fileVersion: version, supportedVersion: FORMAT_VERSION });

  let current: unknown = data;
  if (version < FORMAT_VERSION) {
    try {
      current = migrateToCurrent(data, version);
    } catch (error) {
      return fail({ kind: 'invalid', issues: [{ path: '', message: String(error).slice(0, 200) }] });
    }
  }
  const checked = validateBundle(current);
  if (!checked.ok) return fail({ kind: 'invalid', issues: checked.issues });
  return {
    ok: true,
    bundle: checked.bundle,
    encrypted,
    ...(version < FORMAT_VERSION ? { migratedFrom: version } : {}),
  };
}

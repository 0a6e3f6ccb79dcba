import { FORMAT, FORMAT_VERSION, type ShareBundle } from './bundle';
import type { ImportError } from './import-error';
import { MAX_FILE_BYTES } from './limits';
import { isRecord, migrateToCurrent } from './migrate';
import { openFile } from './open-file';
import { validateBundle } from './validate';

export { checkFileSize } from './open-file';

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

async function read(input: Uint8Array | string, options: ReadOptions): Promise<ReadResult> {
  const opened = await openFile(input, { ...options, maxBytes: options.maxBytes ?? MAX_FILE_BYTES });
  if (!opened.ok) return opened;
  return readPlain(opened.data, opened.encrypted);
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

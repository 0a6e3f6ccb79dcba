import { FORMAT_VERSION } from './bundle';
import { isRecord } from './is-record';
import { v1ToV2 } from './migrate-v1-v2';

export { isRecord };

/** Turns a file of version v into version v + 1. Its input is untrusted; its output is validated. */
export type Migration = (old: unknown) => unknown;

/**
 * The chain, keyed by the version a step migrates from. Each step has a frozen fixture of the
 * version it reads (docs/file-format.md, "Adding a format version").
 */
export const migrations: Readonly<Record<number, Migration>> = { 1: v1ToV2 };

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

/**
 * Runs every step from `fromVersion` up to the current version. Throws `MigrationError` when a step
 * is missing or does not produce the next version, so a broken chain fails loudly in tests.
 */
export function migrateToCurrent(
  data: unknown,
  fromVersion: number,
  chain: Readonly<Record<number, Migration>> = migrations,
  currentVersion: number = FORMAT_VERSION,
): unknown {
  let current = data;
  for (let version = fromVersion; version < currentVersion; version++) {
    const step = chain[version];
    if (!step) throw new MigrationError(`No migration from format version ${version}`);
    current = step(current);
    if (!isRecord(current) || current.formatVersion !== version + 1)
      throw new MigrationError(`Migration from ${version} did not produce format version ${version + 1}`);
  }
  return current;
}

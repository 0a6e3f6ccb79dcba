import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from './bundle';
import { fullBundle } from './fixtures/full-bundle';
import { migrateToCurrent, migrations, MigrationError, type Migration } from './migrate';
import { readShareFile } from './parse';
import { serializeBundle } from './serialize';

/**
 * Frozen files, one per format version, each written once from `fullBundle()` by that version
 * (`fixtures/v<N>-full.lisstegen`). Never edit one; add the next when the format changes.
 */
const FIXTURES = new URL('./fixtures/', import.meta.url);
const fixtures = readdirSync(FIXTURES)
  .map((name) => ({ name, version: Number(/^v(\d+)-full\.lisstegen$/.exec(name)?.[1]) }))
  .filter((f) => Number.isInteger(f.version));

describe('format migrations', () => {
  it('has one step for every older version', () => {
    for (let v = 1; v < FORMAT_VERSION; v++)
      expect(migrations[v], `migration from ${v}`).toBeTypeOf('function');
  });

  it('has a frozen fixture for every version up to the current one', () => {
    expect(fixtures.map((f) => f.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: FORMAT_VERSION }, (_, i) => i + 1),
    );
  });

  it.each(fixtures)('reads the frozen $name into the current format', async ({ name, version }) => {
    const result = await readShareFile(new Uint8Array(readFileSync(new URL(name, FIXTURES))));
    expect(result).toEqual({
      ok: true,
      bundle: fullBundle(),
      encrypted: false,
      ...(version < FORMAT_VERSION ? { migratedFrom: version } : {}),
    });
  });

  it('writes the current version byte for byte as its frozen fixture', () => {
    const current = readFileSync(new URL(`v${FORMAT_VERSION}-full.lisstegen`, FIXTURES), 'utf8');
    expect(serializeBundle(fullBundle())).toBe(current);
  });

  it('leaves current data alone', () => {
    const data = { formatVersion: FORMAT_VERSION };
    expect(migrateToCurrent(data, FORMAT_VERSION)).toBe(data);
  });

  // A pretend version 2 and 3, to prove the mechanism before it is needed.
  const toV2: Migration = (old) => ({
    ...(old as object),
    formatVersion: 2,
    renamed: (old as { a: number }).a,
  });
  const toV3: Migration = (old) => ({ ...(old as object), formatVersion: 3, added: [] });

  it('runs each step from the file version up, in order', () => {
    const chain = { 1: toV2, 2: toV3 };
    expect(migrateToCurrent({ formatVersion: 1, a: 5 }, 1, chain, 3)).toEqual({
      formatVersion: 3,
      a: 5,
      renamed: 5,
      added: [],
    });
    expect(migrateToCurrent({ formatVersion: 2, a: 5 }, 2, chain, 3)).toEqual({
      formatVersion: 3,
      a: 5,
      added: [],
    });
  });

  it('fails loudly on a missing step or a step that does not reach the next version', () => {
    expect(() => migrateToCurrent({ formatVersion: 1 }, 1, { 2: toV3 }, 3)).toThrow(MigrationError);
    expect(() => migrateToCurrent({ formatVersion: 1 }, 1, { 1: (d) => d }, 2)).toThrow(
      /did not produce format version 2/,
    );
    expect(() => migrateToCurrent({ formatVersion: 1 }, 1, { 1: () => null }, 2)).toThrow(MigrationError);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../domain/exchange/semver';
import { releaseNotes } from './release-notes';

const appVersion = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }
).version;

describe('release notes', () => {
  it("have an entry for the app's version, so an update always says what it brought", () => {
    expect(releaseNotes.map((n) => n.version)).toContain(appVersion);
  });

  it('are newest first, with Swedish and English lines alike', () => {
    const versions = releaseNotes.map((n) => n.version);
    expect(versions).toEqual(versions.toSorted((a, b) => compareVersions(b, a)));
    for (const note of releaseNotes) {
      expect(note.sv.length).toBeGreaterThan(0);
      expect(note.en).toHaveLength(note.sv.length);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { notesToShow, type ReleaseNote } from './whats-new';

const note = (version: string): ReleaseNote => ({
  version,
  date: '2026-12-01',
  sv: [version],
  en: [version],
});
const notes = [note('0.3.0'), note('0.2.0'), note('0.1.0')];
const versions = (list: ReleaseNote[]) => list.map((n) => n.version);

describe('what is new, shown once after an update', () => {
  it('shows nothing on a first visit with nothing stored', () => {
    expect(notesToShow(notes, undefined, '0.3.0', false)).toEqual([]);
  });

  it('shows nothing when this version was already shown', () => {
    expect(notesToShow(notes, '0.3.0', '0.3.0', true)).toEqual([]);
  });

  it('shows every version after the one seen, newest first', () => {
    expect(versions(notesToShow(notes, '0.1.0', '0.3.0', true))).toEqual(['0.3.0', '0.2.0']);
    expect(versions(notesToShow(notes, '0.2.0', '0.3.0', false))).toEqual(['0.3.0']);
  });

  it('shows the current version when an older app stored data but not the version it showed', () => {
    expect(versions(notesToShow(notes, undefined, '0.2.0', true))).toEqual(['0.2.0']);
  });

  it('never shows a version newer than the app (a downgrade)', () => {
    expect(notesToShow(notes, '0.3.0', '0.2.0', true)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { backupStatus } from './backup';

const created = '2026-12-01T09:00:00.000Z';

describe('backupStatus', () => {
  it('asks for nothing while a new assessment has no changes and was never saved', () => {
    expect(backupStatus({ createdAt: created, lastChange: created, savedAt: null })).toEqual({
      kind: 'nothing-yet',
    });
  });

  it('nudges after changes when no file was ever saved', () => {
    expect(
      backupStatus({ createdAt: created, lastChange: '2026-12-01T09:30:00.000Z', savedAt: null }),
    ).toEqual({ kind: 'unsaved-changes', savedAt: null, changedAt: '2026-12-01T09:30:00.000Z' });
  });

  it('is calm right after a save, and nudges again after the next change', () => {
    const savedAt = '2026-12-01T10:00:00.000Z';
    expect(backupStatus({ createdAt: created, lastChange: '2026-12-01T09:30:00.000Z', savedAt })).toEqual({
      kind: 'saved',
      savedAt,
    });
    expect(backupStatus({ createdAt: created, lastChange: savedAt, savedAt })).toEqual({
      kind: 'saved',
      savedAt,
    });
    expect(backupStatus({ createdAt: created, lastChange: '2026-12-01T10:00:00.001Z', savedAt })).toEqual({
      kind: 'unsaved-changes',
      savedAt,
      changedAt: '2026-12-01T10:00:00.001Z',
    });
  });
});

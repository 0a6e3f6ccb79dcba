import { describe, expect, it } from 'vitest';
import { realQuestionnaire } from '../../test/sample';
import { resultFor } from './fixtures/results';
import { addToIntake, emptyIntake, intakeOf } from './intake';
import type { ResultFile } from './result-file';
import type { ResultReadResult } from './result-io';

const bank = realQuestionnaire();
const ok = (file: ResultFile): ResultReadResult => ({ ok: true, file, encrypted: false });
const named = (code: string, name: string) => ({
  kind: 'kommun' as const,
  kommunCode: code,
  name,
  kommungrupp: null,
});

describe('intake', () => {
  it('keeps the newer of two files from one kommun, whichever comes first, and lists the pair', () => {
    const older = resultFor(bank, 1, { identity: named('1480', 'Göteborg'), assessmentDate: '2025-11-01' });
    const newer = resultFor(bank, 2, { identity: named('1480', 'Göteborg'), assessmentDate: '2026-11-01' });
    for (const order of [
      [
        ['gbg-2025', older],
        ['gbg-2026', newer],
      ],
      [
        ['gbg-2026', newer],
        ['gbg-2025', older],
      ],
    ] as const) {
      const intake = intakeOf(
        order.map(([fileName, file]) => ({ fileName, read: ok(file) })),
        bank,
      );
      expect(intake.accepted.map((a) => a.fileName)).toEqual(['gbg-2026']);
      expect(intake.duplicates).toEqual([{ kept: 'gbg-2026', replaced: 'gbg-2025' }]);
    }
  });

  it('finds an anonymous kommun sending the same assessment twice by its sender, the later export kept', () => {
    const first = resultFor(bank, 7, { exportedAt: '2026-11-20T10:00:00.000Z' });
    const second = resultFor(bank, 7, { exportedAt: '2026-11-21T10:00:00.000Z' });
    const other = resultFor(bank, 8);
    const intake = intakeOf(
      [
        { fileName: 'a', read: ok(first) },
        { fileName: 'b', read: ok(other) },
        { fileName: 'c', read: ok(second) },
      ],
      bank,
    );
    expect(intake.accepted.map((a) => a.fileName)).toEqual(['c', 'b']);
    expect(intake.duplicates).toEqual([{ kept: 'c', replaced: 'a' }]);
  });

  it('rejects unreadable files and files of a newer bank with their reasons, pooling nothing of them', () => {
    let intake = emptyIntake();
    intake = addToIntake(intake, 'trasig.lisresultat', { ok: false, error: { kind: 'not-json' } }, bank);
    intake = addToIntake(intake, 'ny.lisresultat', ok(resultFor(bank, 1, { version: '9.9.9' })), bank);
    expect(intake.accepted).toEqual([]);
    expect(intake.rejected).toEqual([
      { fileName: 'trasig.lisresultat', reason: { kind: 'read', error: { kind: 'not-json' } } },
      {
        fileName: 'ny.lisresultat',
        reason: {
          kind: 'questionnaire',
          error: { kind: 'newer-questionnaire', fileVersion: '9.9.9', appVersion: bank.version },
        },
      },
    ]);
  });

  it('maps an older file on the way in and counts its coverage against today’s bank', () => {
    const total = bank.areas.reduce((n, a) => n + a.questions.length, 0);
    const file = resultFor(bank, 1, {
      version: '1.0.1',
      level: (id) =>
        id === 'sky-09'
          ? undefined
          : id === 'sky-10'
            ? 'vet-ej'
            : id.startsWith('inh')
              ? 'ej-tillampligt'
              : 2,
    });
    file.answers['sky-02'] = 3;
    const intake = addToIntake(emptyIntake(), 'gammal', ok(file), bank);
    const a = intake.accepted[0]!;
    expect(a.mappedFrom).toBe('1.0.1');
    expect(a.file.answers['sky-09']).toBe(3);
    const inh = bank.areas.flatMap((x) => x.questions).filter((q) => q.id.startsWith('inh')).length;
    expect(a.coverage).toEqual({ levels: total - 1 - inh, unknown: 1, notApplicable: inh, total });
  });

  it('leaves the intake it was given unchanged', () => {
    const start = emptyIntake();
    addToIntake(start, 'x', ok(resultFor(bank, 1)), bank);
    expect(start).toEqual(emptyIntake());
  });
});

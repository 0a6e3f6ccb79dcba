import { describe, expect, it } from 'vitest';
import { realQuestionnaire } from '../../test/sample';
import { aggregate, UNKNOWN_GROUP } from './aggregate';
import { resultFor } from './fixtures/results';
import type { ResultFile, ResultIdentity } from './result-file';

const bank = realQuestionnaire();
const firstArea = bank.areas[0]!;
const q1 = firstArea.questions[0]!;
const q2 = firstArea.questions[1]!;

const picture = (files: ResultFile[], filter = {}) => {
  const p = aggregate(files, bank, filter);
  if (p.suppressed) throw new Error('suppressed');
  return p;
};
const grupp = (lan: string, kommungrupp: 'A1' | 'C8' = 'C8'): ResultIdentity => ({
  kind: 'grupp',
  lan,
  kommungrupp,
});

describe('aggregate: the spread', () => {
  const files = [0, 1, 2, 3].map((level, n) => resultFor(bank, n, { level: () => level }));

  it('gives per area min, quartiles, median and max of the kommuner’s levels, against the targets', () => {
    const area = picture(files).areas[0]!;
    expect(area.spread).toEqual({ n: 4, min: 0, q1: 0.75, median: 1.5, q3: 2.25, max: 3 });
    expect(area.targets).toEqual({ n: 4, min: 2, q1: 2, median: 2, q3: 2, max: 2 });
    expect(area.atTarget).toBe(2);
  });

  it('takes each kommun’s mean over the questions it answered with a level, not vet ej or ej tillämplig', () => {
    const mixed = resultFor(bank, 9, {
      level: (id) => (id === q1.id ? 'vet-ej' : id === q2.id ? 'ej-tillampligt' : 4),
    });
    expect(picture([mixed]).areas[0]!.spread?.median).toBe(4);
    const none = resultFor(bank, 10, { level: () => 'vet-ej' });
    expect(picture([none]).areas[0]!.spread).toBeNull();
  });

  it('gives per question the share below level 2 and below level 3, and counts vet ej apart', () => {
    const withUnknown = [...files, resultFor(bank, 5, { level: () => 'vet-ej' })];
    const q = picture(withUnknown).questions.find((x) => x.questionId === q1.id)!;
    expect(q).toMatchObject({ answered: 4, below2: 2, below3: 3, unknown: 1, notApplicable: 0, gaps: 2 });
  });
});

describe('aggregate: gaps and joint work', () => {
  it('lists the most common gaps first, against each kommun’s own target', () => {
    const files = [0, 1, 2].map((n) =>
      resultFor(bank, n, {
        level: (id) => (id === q2.id ? 0 : id === q1.id && n < 2 ? 1 : 5),
        targets: Object.fromEntries(bank.areas.map((a) => [a.id, n === 2 ? 5 : 2])),
      }),
    );
    const gaps = picture(files).commonGaps;
    expect(gaps.map((g) => [g.questionId, g.gaps])).toEqual([
      [q2.id, 3],
      [q1.id, 2],
    ]);
  });

  it('counts the open actions of the plans per kommun, and leaves out actions the bank no longer has', () => {
    const a = q1.actions[0]!.id;
    const b = q2.actions[0]!.id;
    const files = [
      resultFor(bank, 0, { openActions: [a, b] }),
      resultFor(bank, 1, { openActions: [a, 'borttagen-atgard'] }),
      resultFor(bank, 2, { openActions: [a] }),
    ];
    expect(picture(files).jointWork).toEqual([
      { actionId: a, areaId: firstArea.id, questionId: q1.id, kommuner: 3 },
      { actionId: b, areaId: firstArea.id, questionId: q2.id, kommuner: 1 },
    ]);
  });

  it('derives candidates from the gaps: the bank’s action for each kommun’s next step', () => {
    const files = [0, 1].map((n) => resultFor(bank, n, { level: (id) => (id === q1.id ? 0 : 5) }));
    const next = q1.actions.find((x) => x.toLevel === 1)!;
    expect(picture(files).jointWorkFromGaps).toEqual([
      { actionId: next.id, areaId: firstArea.id, questionId: q1.id, kommuner: 2 },
    ]);
  });
});

describe('aggregate: groups and suppression', () => {
  const files = [
    ...[0, 1, 2, 3, 4].map((n) => resultFor(bank, n, { identity: grupp('14') })),
    ...[5, 6, 7, 8].map((n) => resultFor(bank, n, { identity: grupp('01', 'A1') })),
    resultFor(bank, 9, {
      identity: { kind: 'kommun', kommunCode: '0180', name: 'Stockholm', kommungrupp: null },
    }),
  ];

  it('groups by län (a named kommun by its code) and kommungrupp, and suppresses groups under five', () => {
    const p = picture(files);
    expect(p.byLan.map((g) => [g.key, g.suppressed ? 'för få' : g.kommuner])).toEqual([
      ['01', 5],
      ['14', 5],
    ]);
    expect(p.byKommungrupp.map((g) => [g.key, g.suppressed ? 'för få' : g.kommuner])).toEqual([
      ['A1', 'för få'],
      ['C8', 5],
      [UNKNOWN_GROUP, 'för få'],
    ]);
    const suppressed = p.byKommungrupp[0]!;
    expect(Object.keys(suppressed)).toEqual(['key', 'suppressed']);
  });

  it('suppresses a filtered picture of fewer than five kommuner, and shows one of five', () => {
    expect(aggregate(files, bank, { kommungrupp: 'A1' })).toEqual({ suppressed: true });
    expect(picture(files, { lan: '01' }).kommuner).toBe(5);
    expect(picture(files, { lan: '14', kommungrupp: 'C8' }).kommuner).toBe(5);
  });

  it('does not suppress the whole set, which the coordinator holds anyway', () => {
    expect(picture(files.slice(0, 2)).kommuner).toBe(2);
  });
});

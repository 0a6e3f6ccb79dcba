import { describe, expect, it } from 'vitest';
import { answer, realQuestionnaire } from '../../test/sample';
import { aggregate } from './aggregate';
import { resultFor } from './fixtures/results';
import { buildRegionPicture } from './picture-io';
import { placeOf, positionInPicture } from './picture-position';

const bank = realQuestionnaire();
const area0 = bank.areas[0]!;
const regionFile = () => {
  // Five kommuner at 1, 2, 2, 3 and 4 everywhere: q1 2, median 2, q3 3.
  const files = [1, 2, 2, 3, 4].map((level, n) => resultFor(bank, n, { level: () => level }));
  const file = buildRegionPicture(aggregate(files, bank), {
    questionnaire: { id: bank.id, version: bank.version },
    filter: {},
    exportedAt: '2026-12-01T12:00:00.000Z',
    generatorVersion: '0.9.0',
  });
  if (!file) throw new Error('not built');
  return file;
};

describe('the kommun’s own position in the region’s picture', () => {
  it('marks the own mean level on each area’s spread, counted as the region counts it', () => {
    const [q1, q2, q3] = area0.questions;
    const own = [
      answer(q1!.id, { kind: 'level', level: 4 }),
      answer(q2!.id, { kind: 'level', level: 5 }),
      answer(q3!.id, { kind: 'unknown' }),
    ];
    const p = positionInPicture(regionFile(), own, bank);
    if (!p.ok) throw new Error('not ok');
    expect(p.kommuner).toBe(5);
    expect(p.areas[0]).toMatchObject({
      areaId: area0.id,
      own: 4.5,
      spread: { n: 5, min: 1, q1: 2, median: 2, q3: 3, max: 4 },
      place: 'highest-quarter',
    });
    // An area the kommun has not answered has no mark, but the region's spread still shows.
    expect(p.areas[1]).toMatchObject({ own: null, place: null, spread: { median: 2 } });
    expect(p.questions.find((q) => q.questionId === q1!.id)).toEqual({
      questionId: q1!.id,
      areaId: area0.id,
      own: 4,
      region: { answered: 5, below2: 1, below3: 3 },
    });
    expect(p.questions.find((q) => q.questionId === q3!.id)?.own).toBe('vet-ej');
    expect(p.otherVersion).toBeNull();
    expect(p.missingAreas).toBe(0);
  });

  it('places a level in the lowest quarter, the middle half or the highest quarter', () => {
    const spread = { n: 5, min: 1, q1: 2, median: 2, q3: 3, max: 4 };
    expect(placeOf(1.5, spread)).toBe('lowest-quarter');
    expect(placeOf(2, spread)).toBe('middle-half');
    expect(placeOf(3, spread)).toBe('middle-half');
    expect(placeOf(3.01, spread)).toBe('highest-quarter');
  });

  it('refuses a picture of another questionnaire, and says when the bank’s version differs', () => {
    const file = regionFile();
    expect(
      positionInPicture({ ...file, questionnaire: { id: 'annan', version: '1.0.0' } }, [], bank),
    ).toEqual({
      ok: false,
      reason: 'other-questionnaire',
      questionnaireId: 'annan',
    });
    const { [area0.id]: _dropped, ...fewer } = file.areas;
    const older = positionInPicture(
      { ...file, questionnaire: { id: bank.id, version: '1.0.1' }, areas: fewer },
      [],
      bank,
    );
    expect(older.ok && older.otherVersion).toBe('1.0.1');
    expect(older.ok && older.missingAreas).toBe(1);
    expect(older.ok && older.areas[0]!.spread).toBeNull();
  });
});

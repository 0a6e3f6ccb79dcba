import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realQuestionnaire } from '../../test/sample';
import { resultFor } from './fixtures/results';
import { mapResultToQuestionnaire } from './map-result';
import type { ResultAnswer } from './result-file';

const bank = realQuestionnaire();
const released = (version: string) =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, `../../../questionnaires/kommun/released/${version}.json`),
      'utf8',
    ),
  ) as { questions: string[] };

/** A file answered against 1.0.1: every question of that version at level 2, sky-02 at level 4. */
function olderFile() {
  const answers: Record<string, ResultAnswer> = {};
  for (const id of released('1.0.1').questions) answers[id] = id === 'sky-02' ? 4 : 2;
  return { ...resultFor(bank, 1, { version: '1.0.1' }), answers };
}

describe('mapResultToQuestionnaire', () => {
  it('carries an answer from an older bank to the question that replaced it', () => {
    const mapped = mapResultToQuestionnaire(olderFile(), bank);
    if (!mapped.ok) throw new Error('not mapped');
    expect(mapped.mappedFrom).toBe('1.0.1');
    expect(mapped.file.questionnaire.version).toBe(bank.version);
    expect(mapped.file.answers['sky-09']).toBe(4);
    expect(mapped.file.answers).not.toHaveProperty('sky-02');
    expect(mapped.file.answers).not.toHaveProperty('sky-10');
    expect(mapped.file.answers['sky-11']).toBe(2);
    // ver-06 (the registration) is no longer a question since bank 1.1.0 (issue 14, point 4).
    expect(mapped.dropped).toEqual(['ver-06']);
  });

  it('keeps the answer already at the new id, and lists the one that could not move', () => {
    const file = olderFile();
    file.answers['sky-09'] = 1;
    const mapped = mapResultToQuestionnaire(file, bank);
    if (!mapped.ok) throw new Error('not mapped');
    expect(mapped.file.answers['sky-09']).toBe(1);
    expect(mapped.dropped).toEqual(['sky-02', 'ver-06']);
  });

  it('drops and lists answers to questions the bank does not have, and targets of unknown areas', () => {
    const file = resultFor(bank, 1);
    file.answers['okand-01'] = 3;
    file.targets['okant-omrade'] = 4;
    const mapped = mapResultToQuestionnaire(file, bank);
    if (!mapped.ok) throw new Error('not mapped');
    expect(mapped.dropped).toEqual(['okand-01']);
    expect(mapped.file.targets).not.toHaveProperty('okant-omrade');
    expect(mapped.mappedFrom).toBeNull();
  });

  it('refuses a newer bank and another questionnaire', () => {
    expect(mapResultToQuestionnaire(resultFor(bank, 1, { version: '9.0.0' }), bank)).toEqual({
      ok: false,
      error: { kind: 'newer-questionnaire', fileVersion: '9.0.0', appVersion: bank.version },
    });
    const other = { ...resultFor(bank, 1), questionnaire: { id: 'region', version: '1.0.0' } };
    expect(mapResultToQuestionnaire(other, bank)).toEqual({
      ok: false,
      error: { kind: 'unknown-questionnaire', id: 'region' },
    });
  });
});

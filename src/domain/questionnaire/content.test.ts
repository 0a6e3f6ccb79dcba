import { describe, expect, it } from 'vitest';
import { checkQuestionnaire, countContent, uncoveredNis2Letters } from './check';
import { realQuestionnaire } from '../../test/sample';

/** The rules from the content guide, enforced over the real question bank. */
describe('the kommun questionnaire', () => {
  const q = realQuestionnaire();

  it('passes every content rule', () => {
    expect(checkQuestionnaire(q)).toEqual([]);
  });

  it('has thirteen areas with 5–8 questions each and at least 70 questions in all', () => {
    expect(q.areas).toHaveLength(13);
    for (const area of q.areas) {
      expect(area.questions.length, area.id).toBeGreaterThanOrEqual(5);
      expect(area.questions.length, area.id).toBeLessThanOrEqual(8);
    }
    expect(countContent(q).questions).toBeGreaterThanOrEqual(70);
  });

  it('covers every letter a–j of NIS2 article 21.2', () => {
    expect(uncoveredNis2Letters(q)).toEqual([]);
  });

  it('has six distinct non-empty levels and actions for every step up to 3 on every question', () => {
    for (const question of q.areas.flatMap((a) => a.questions)) {
      expect(new Set(question.levels.map((l) => l.sv)).size, question.id).toBe(6);
      for (const step of [1, 2, 3])
        expect(
          question.actions.some((a) => a.toLevel === step),
          `${question.id} → ${step}`,
        ).toBe(true);
    }
  });

  it('has area actions for the upper steps in every area', () => {
    for (const area of q.areas) {
      expect(
        area.areaActions.some((a) => a.toLevel === 4),
        area.id,
      ).toBe(true);
      expect(
        area.areaActions.some((a) => a.toLevel === 5),
        area.id,
      ).toBe(true);
    }
  });

  it('says in every area, in plain words, what could happen to the services if the area is weak', () => {
    for (const area of q.areas) {
      expect(area.risk?.sv, area.id).toBeTruthy();
      expect(area.risk?.en, area.id).toBeTruthy();
      // Plain language: no sentence longer than about 40 words.
      for (const sentence of area.risk!.sv.split(/[.!?]\s/))
        expect(sentence.split(/\s+/).length, area.id).toBeLessThanOrEqual(40);
    }
  });

  it('gives English beside every Swedish text: titles, guidance, levels and actions', () => {
    expect(textsWithoutEnglish(q)).toEqual([]);
  });
});

/** Paths of every `{ sv, en? }` text in the questionnaire that has no English. */
function textsWithoutEnglish(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => textsWithoutEnglish(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' ? `${path}#${record.id}` : path;
  const own = typeof record.sv === 'string' && !record.en ? [path] : [];
  return [...own, ...Object.entries(record).flatMap(([k, v]) => textsWithoutEnglish(v, `${id}.${k}`))];
}
